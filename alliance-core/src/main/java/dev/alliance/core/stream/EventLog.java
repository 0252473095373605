package dev.alliance.core.stream;

import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.event.AllianceEvent;
import dev.alliance.api.event.ConcurrencyConflictException;
import dev.alliance.api.event.RecordedEvent;
import dev.alliance.core.provider.Discovery;
import dev.alliance.core.store.InMemoryEventStore;
import dev.alliance.spi.store.EventStore;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keeps the event streams of alliances: numbers each appended event (from 1, without gaps), stamps
 * it with the clock's instant, and stores it in an {@link EventStore}. Any {@link AllianceEvent}
 * family may be appended, so several engines can share one log. Thread-safe.
 *
 * <p>Appends are optimistic: the writer states the sequence number it believes the stream ends at,
 * and the append fails with a {@link ConcurrencyConflictException} when another writer got there
 * first. All events of one append get the same instant, and instants never go backwards within a
 * stream: if the clock does, the previous instant is reused, so "the state as of an instant" is
 * always a prefix of the stream.
 *
 * <pre>{@code
 * EventLog log = EventLog.inMemory(Clock.systemUTC());                 // the default store
 * EventLog discovered = EventLog.discover(Clock.systemUTC());          // whatever store is found
 * EventLog mine = EventLog.of(new MyStore(), Clock.systemUTC());       // a store of your own
 * List<RecordedEvent> first = log.append(nato, 0, List.of(proposed));  // sequence 1
 * log.append(nato, 0, List.of(opened));  // ConcurrencyConflictException: the stream ends at 1
 * }</pre>
 */
public final class EventLog {
  private final EventStore store;
  private final Clock clock;

  private EventLog(EventStore store, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * @param clock the clock that stamps appended events
   * @return an empty log kept in memory
   */
  public static EventLog inMemory(Clock clock) {
    return new EventLog(new InMemoryEventStore(), clock);
  }

  /**
   * @param store the store to keep the streams in
   * @param clock the clock that stamps appended events
   * @return a log on that store
   */
  public static EventLog of(EventStore store, Clock clock) {
    return new EventLog(store, clock);
  }

  /**
   * A log on the store that discovery chooses: the one named by the system property {@value
   * Discovery#STORE_PROPERTY}, else the highest-priority store found by {@link
   * java.util.ServiceLoader}, else the in-memory default (see {@link Discovery}).
   *
   * @param clock the clock that stamps appended events
   * @return a log on the chosen store
   */
  public static EventLog discover(Clock clock) {
    return new EventLog(Discovery.eventStore().get(), clock);
  }

  /** @return the clock that stamps appended events */
  public Clock clock() {
    return clock;
  }

  /** @return the store that keeps the streams */
  public EventStore store() {
    return store;
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
    return store.append(alliance, expectedSequence, events, clock.instant());
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
    return store.read(alliance, fromSequence);
  }

  /**
   * @param alliance the alliance
   * @return the sequence number its stream ends at: 0 when it has none
   */
  public long sequence(AllianceId alliance) {
    return store.sequence(alliance);
  }

  /** @return the alliances that have a non-empty stream, in identity order */
  public Set<AllianceId> alliances() {
    return new TreeSet<>(store.alliances());
  }
}
