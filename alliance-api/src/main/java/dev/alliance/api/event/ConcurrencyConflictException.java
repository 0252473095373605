package dev.alliance.api.event;

import dev.alliance.api.alliance.AllianceId;
import java.util.Objects;

/**
 * Thrown when events are appended to a stream that has moved on since the writer read it: the
 * writer expected the stream to end at one sequence number and it ends at another. The writer
 * should read what it missed, decide again, and retry. Storage enforces this, so two writers can
 * never both append event number n.
 */
public final class ConcurrencyConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final AllianceId alliance;
  private final long expectedSequence;
  private final long actualSequence;

  /**
   * @param alliance the stream's alliance
   * @param expectedSequence the last sequence number the writer had seen
   * @param actualSequence the stream's actual last sequence number
   */
  public ConcurrencyConflictException(AllianceId alliance, long expectedSequence, long actualSequence) {
    super(
        "alliance "
            + Objects.requireNonNull(alliance, "alliance")
            + ": expected the stream to end at sequence "
            + expectedSequence
            + ", it ends at "
            + actualSequence);
    this.alliance = alliance;
    this.expectedSequence = expectedSequence;
    this.actualSequence = actualSequence;
  }

  /** @return the stream's alliance */
  public AllianceId alliance() {
    return alliance;
  }

  /** @return the last sequence number the writer had seen */
  public long expectedSequence() {
    return expectedSequence;
  }

  /** @return the stream's actual last sequence number */
  public long actualSequence() {
    return actualSequence;
  }
}
