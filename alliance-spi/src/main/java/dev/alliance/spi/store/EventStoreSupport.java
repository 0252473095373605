package dev.alliance.spi.store;

import dev.alliance.api.Checks;
import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.event.AllianceEvent;
import dev.alliance.api.event.RecordedEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The argument checks and the numbering every {@link EventStore} needs, so that each store
 * rejects bad input the same way and numbers events as the contract says.
 *
 * <pre>{@code
 * List<AllianceEvent> batch = EventStoreSupport.checkAppend(alliance, expected, events, at);
 * synchronized (stream) {
 *   if (stream.size() != expected) throw new ConcurrencyConflictException(alliance, expected, stream.size());
 *   stream.addAll(EventStoreSupport.number(alliance, expected, batch, EventStoreSupport.stamp(at, stream.lastInstant())));
 * }
 * }</pre>
 */
public final class EventStoreSupport {
  private EventStoreSupport() {}

  /**
   * Checks the arguments of {@link EventStore#append}.
   *
   * @param alliance the alliance
   * @param expectedSequence the expected end of the stream
   * @param events the batch
   * @param recordedAt the recording instant
   * @return an immutable copy of the batch
   * @throws NullPointerException for a null argument or event
   * @throws dev.alliance.api.InvalidValueException for a negative expected sequence
   */
  public static List<AllianceEvent> checkAppend(
      AllianceId alliance, long expectedSequence, List<? extends AllianceEvent> events, Instant recordedAt) {
    Objects.requireNonNull(alliance, "alliance");
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(recordedAt, "recordedAt");
    Checks.nonNegative("EventStore.expectedSequence", expectedSequence);
    return List.copyOf(events); // throws NullPointerException for a null event
  }

  /**
   * Checks the arguments of {@link EventStore#read(AllianceId, long, int)}.
   *
   * @param alliance the alliance
   * @param fromSequence the first sequence number wanted
   * @param maxCount the most events wanted
   */
  public static void checkRead(AllianceId alliance, long fromSequence, int maxCount) {
    Objects.requireNonNull(alliance, "alliance");
    Checks.check(fromSequence >= 1, "EventStore.fromSequence", fromSequence, "must be at least 1");
    Checks.check(maxCount >= 1, "EventStore.maxCount", maxCount, "must be at least 1");
  }

  /**
   * @param recordedAt the instant the writer asks for
   * @param latest the stream's latest recording instant, or {@code null} for an empty stream
   * @return the instant to record at: the later of the two
   */
  public static Instant stamp(Instant recordedAt, Instant latest) {
    return latest != null && latest.isAfter(recordedAt) ? latest : recordedAt;
  }

  /**
   * @param alliance the alliance
   * @param expectedSequence where the stream ends
   * @param batch the events
   * @param at the recording instant
   * @return the events numbered from {@code expectedSequence + 1}, all stamped {@code at}
   */
  public static List<RecordedEvent> number(AllianceId alliance, long expectedSequence, List<AllianceEvent> batch, Instant at) {
    List<RecordedEvent> recorded = new ArrayList<>(batch.size());
    long sequence = expectedSequence;
    for (AllianceEvent event : batch) {
      recorded.add(new RecordedEvent(alliance, ++sequence, at, event));
    }
    return List.copyOf(recorded);
  }
}
