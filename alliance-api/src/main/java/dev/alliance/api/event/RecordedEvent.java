package dev.alliance.api.event;

import dev.alliance.api.Checks;
import dev.alliance.api.alliance.AllianceId;
import java.time.Instant;
import java.util.Objects;

/**
 * An event as it stands in its alliance's stream: the envelope that numbers it and says when it was
 * recorded. Sequence numbers start at 1 and have no gaps; within a stream, recording instants never
 * go backwards.
 *
 * <pre>{@code
 * RecordedEvent first = new RecordedEvent(AllianceId.of("eu"), 1, Instant.parse("2007-12-13T10:00:00Z"),
 *     new LifecycleEvent.NegotiationsOpened(LocalDate.of(2007, 12, 13)));
 * }</pre>
 *
 * @param alliance the alliance whose stream holds the event
 * @param sequence the event's position in the stream, from 1
 * @param recordedAt when the event was recorded, from the recording clock
 * @param event the event
 */
public record RecordedEvent(AllianceId alliance, long sequence, Instant recordedAt, AllianceEvent event) {

  /** Validates the envelope. */
  public RecordedEvent {
    Objects.requireNonNull(alliance, "alliance");
    Objects.requireNonNull(recordedAt, "recordedAt");
    Objects.requireNonNull(event, "event");
    Checks.check(sequence >= 1, "RecordedEvent.sequence", sequence, "must be at least 1");
  }
}
