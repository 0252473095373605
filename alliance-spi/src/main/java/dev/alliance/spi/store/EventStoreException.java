package dev.alliance.spi.store;

/**
 * An infrastructure failure in an event store: the database could not be reached, a statement
 * failed, a stored event could not be read back. Not a concurrency conflict: those are {@link
 * dev.alliance.api.event.ConcurrencyConflictException}.
 */
public class EventStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what failed, with the alliance and figures where they help
   * @param cause the underlying failure
   */
  public EventStoreException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * @param message what failed
   */
  public EventStoreException(String message) {
    super(message);
  }
}
