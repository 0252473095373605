package dev.alliance.core.stream;

import dev.alliance.api.Checks;
import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.event.AllianceEvent;
import dev.alliance.api.event.ConcurrencyConflictException;
import dev.alliance.api.event.RecordedEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the event streams of alliances: numbers each appended event (from 1, without gaps), stamps
 * it with the clock's instant, and stores it. Any {@link AllianceEvent} family may be appended, so
 * several engines can share one log. Thread-safe.
 *
 * <p>Appends are optimistic: the writer states the sequence number it believes the stream ends at,
 * and the append fails with a {@link ConcurrencyConflictException} when another writer got there
 * first. All events of one append get the same instant, and instants never go backwards within a
 * stream: if the clock does, the previous instant is reused, so "the state as of an instant" is
 * always a prefix of the stream.
 *
 * <pre>{@code
 * EventLog log = EventLog.inMemory(Clock.systemUTC());
 * List<RecordedEvent> first = log.append(nato, 0, List.of(proposed));      // sequence 1
 * log.append(nato, 0, List.of(opened));  // ConcurrencyConflictException: the stream ends at 1
 * }</pre>
 *
 * <p>This implementation keeps the streams in memory; the storage provider interface will put a
 * persistent store behind the same operations.
 */
public final class EventLog {
  private final Clock clock;
  private final ConcurrentHashMap<AllianceId, Stream> streams = new ConcurrentHashMap<>();

  private EventLog(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * @param clock the clock that stamps appended events
   * @return an empty log kept in memory
   */
  public static EventLog inMemory(Clock clock) {
    return new EventLog(clock);
  }

  /** @return the clock that stamps appended events */
  public Clock clock() {
    return clock;
  }

  /**
   * Appends events to an alliance's stream.
   *
   * @param alliance the alliance
   * @param expectedSequence the sequence number the writer believes the stream ends at: 0 for a
   *     new stream
   * @param events the events, in order
   * @return the events as recorded, numbered and stamped
   * @throws ConcurrencyConflictException when the stream does not end at {@code expectedSequence}
   */
  public List<RecordedEvent> append(AllianceId alliance, long expectedSequence, List<? extends AllianceEvent> events) {
    Objects.requireNonNull(alliance, "alliance");
    Checks.nonNegative("EventLog.expectedSequence", expectedSequence);
    List<AllianceEvent> batch = List.copyOf(events);
    Stream stream = expectedSequence == 0 ? streams.computeIfAbsent(alliance, a -> new Stream()) : streams.get(alliance);
    if (stream == null) {
      throw new ConcurrencyConflictException(alliance, expectedSequence, 0);
    }
    synchronized (stream) {
      long actual = stream.events.size();
      if (actual != expectedSequence) {
        throw new ConcurrencyConflictException(alliance, expectedSequence, actual);
      }
      Instant now = clock.instant();
      if (stream.last != null && now.isBefore(stream.last)) {
        now = stream.last;
      }
      List<RecordedEvent> recorded = new ArrayList<>(batch.size());
      long sequence = actual;
      for (AllianceEvent event : batch) {
        recorded.add(new RecordedEvent(alliance, ++sequence, now, event));
      }
      stream.events.addAll(recorded);
      if (!recorded.isEmpty()) {
        stream.last = now;
      }
      return List.copyOf(recorded);
    }
  }

  /**
   * Reads an alliance's stream from a sequence number on.
   *
   * @param alliance the alliance
   * @param fromSequence the first sequence number wanted, from 1
   * @return the events from {@code fromSequence} to the end, in order; empty for an unknown
   *     alliance or a number past the end
   */
  public List<RecordedEvent> read(AllianceId alliance, long fromSequence) {
    Objects.requireNonNull(alliance, "alliance");
    Checks.check(fromSequence >= 1, "EventLog.fromSequence", fromSequence, "must be at least 1");
    Stream stream = streams.get(alliance);
    if (stream == null) {
      return List.of();
    }
    synchronized (stream) {
      int size = stream.events.size();
      if (fromSequence > size) {
        return List.of();
      }
      return List.copyOf(stream.events.subList((int) fromSequence - 1, size));
    }
  }

  /**
   * @param alliance the alliance
   * @return the sequence number its stream ends at: 0 when it has none
   */
  public long sequence(AllianceId alliance) {
    Stream stream = streams.get(Objects.requireNonNull(alliance, "alliance"));
    if (stream == null) {
      return 0;
    }
    synchronized (stream) {
      return stream.events.size();
    }
  }

  /** @return the alliances that have a non-empty stream, in identity order */
  public Set<AllianceId> alliances() {
    Set<AllianceId> ids = new TreeSet<>();
    streams.forEach((id, stream) -> {
      if (sequence(id) > 0) {
        ids.add(id);
      }
    });
    return ids;
  }

  private static final class Stream {
    private final List<RecordedEvent> events = new ArrayList<>();
    private Instant last;
  }
}
