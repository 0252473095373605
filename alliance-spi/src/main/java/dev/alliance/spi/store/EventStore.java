package dev.alliance.spi.store;

import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.event.AllianceEvent;
import dev.alliance.api.event.ConcurrencyConflictException;
import dev.alliance.api.event.RecordedEvent;
import dev.alliance.spi.Provider;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where alliances' event streams are kept. Each alliance has one stream; the core's {@code
 * EventLog} and every engine on it (lifecycle, governance, ...) record and replay through this
 * interface, so a store decides only <em>where</em> events live, never what they mean.
 *
 * <h2>The contract</h2>
 *
 * A store must keep every rule below; the conformance kit ({@code alliance-tck}, class {@code
 * dev.alliance.tck.EventStoreTck}) checks each of them, and a store that passes it works with the
 * library.
 *
 * <ol>
 *   <li><b>Numbering.</b> Events of a stream are numbered 1, 2, 3, ... in the order they were
 *       appended, without gaps or duplicates. {@link #sequence} is the number of the last event
 *       (0 for an alliance with no events).
 *   <li><b>Optimistic concurrency.</b> {@link #append} names the sequence number the writer
 *       believes the stream ends at. When the stream ends elsewhere (before or after), the append
 *       throws {@link ConcurrencyConflictException} with the expected and the actual number, and
 *       writes nothing. Two writers can therefore never both append event number n: stores backed
 *       by a database make (alliance, sequence) unique there and turn a clash into the same
 *       exception.
 *   <li><b>Atomic batches.</b> One append writes all of its events or none, and no reader ever
 *       sees part of a batch.
 *   <li><b>Read your writes.</b> Once {@code append} has returned, every read, {@link #sequence}
 *       and {@link #alliances} call on the same store, from any thread, sees the events.
 *   <li><b>Isolation.</b> Streams are independent: what happens to one alliance's stream (appends,
 *       conflicts) never changes another's. Alliance ids are compared exactly (case matters).
 *   <li><b>Faithful round trip.</b> A read returns events {@code equals} to those appended, for
 *       every type in the sealed {@link AllianceEvent} hierarchy, including families added later,
 *       with their alliance, sequence number and recording instant (to the nanosecond).
 *   <li><b>Instants.</b> Every event of one append is recorded at the same instant: {@code
 *       recordedAt}, or the stream's latest recording instant if that is later, so that instants
 *       never go backwards within a stream.
 *   <li><b>Bad arguments.</b> {@code null} arguments or events throw {@link NullPointerException};
 *       a negative expected sequence, a {@code fromSequence} below 1 or a {@code maxCount} below 1
 *       throw {@link dev.alliance.api.InvalidValueException}. Either way nothing is written. {@link
 *       EventStoreSupport} has these checks ready to call.
 *   <li><b>Threads.</b> A store is safe for use by any number of threads at once.
 * </ol>
 *
 * <p>Infrastructure failures (a lost connection, a full disk) are thrown as unchecked exceptions,
 * such as {@link EventStoreException}; the append then may or may not have happened, and the
 * writer finds out by reading {@link #sequence}.
 *
 * <h2>Plugging a store in</h2>
 *
 * A store is a {@link Provider}: it has a name and a priority, and is found by {@link
 * java.util.ServiceLoader} when declared in {@code META-INF/services/dev.alliance.spi.store.EventStore}
 * (class path) and with {@code provides dev.alliance.spi.store.EventStore with ...} (module path).
 * It then needs a public no-argument constructor, which may read its configuration from system
 * properties; a constructor that throws is reported and the store skipped. A store can also be
 * handed to the core directly, with no discovery: {@code EventLog.of(store, clock)}.
 *
 * <pre>{@code
 * public final class MyStore implements EventStore {
 *   public String name() { return "my-store"; }
 *   public int priority() { return 50; }
 *   public List<RecordedEvent> append(AllianceId alliance, long expectedSequence,
 *       List<? extends AllianceEvent> events, Instant recordedAt) {
 *     List<AllianceEvent> batch = EventStoreSupport.checkAppend(alliance, expectedSequence, events, recordedAt);
 *     ... // atomically: compare the stream's end with expectedSequence, then write the batch
 *   }
 *   ...
 * }
 *
 * class MyStoreConformanceTest extends EventStoreTck {
 *   protected EventStore newStore() { return new MyStore(); }
 * }
 * }</pre>
 */
public interface EventStore extends Provider, AutoCloseable {

  /** How many events {@link #read(AllianceId, long)} asks for at a time, by default. */
  int PAGE = 1000;

  /**
   * Appends a batch of events to an alliance's stream, atomically, if the stream still ends at
   * {@code expectedSequence}.
   *
   * @param alliance the alliance
   * @param expectedSequence the sequence number the writer believes the stream ends at: 0 for an
   *     alliance with no events yet
   * @param events the events, in order; an empty batch writes nothing but still checks {@code
   *     expectedSequence}
   * @param recordedAt when the events are recorded; the stream's latest instant if that is later
   * @return the events as recorded: numbered from {@code expectedSequence + 1}, all stamped with
   *     the same instant
   * @throws ConcurrencyConflictException when the stream does not end at {@code expectedSequence};
   *     nothing was written
   */
  List<RecordedEvent> append(
      AllianceId alliance, long expectedSequence, List<? extends AllianceEvent> events, Instant recordedAt);

  /**
   * Reads part of an alliance's stream.
   *
   * @param alliance the alliance
   * @param fromSequence the first sequence number wanted, from 1
   * @param maxCount the most events to return, at least 1
   * @return the events numbered {@code fromSequence} onwards, in order, at most {@code maxCount}
   *     of them; empty for an alliance with no events or a number past the end
   */
  List<RecordedEvent> read(AllianceId alliance, long fromSequence, int maxCount);

  /**
   * Reads an alliance's stream from a sequence number to its end. The default reads {@link #PAGE}
   * events at a time; the result is what the stream held when the last page was read.
   *
   * @param alliance the alliance
   * @param fromSequence the first sequence number wanted, from 1
   * @return the events from {@code fromSequence} to the end, in order
   */
  default List<RecordedEvent> read(AllianceId alliance, long fromSequence) {
    List<RecordedEvent> all = new ArrayList<>();
    long next = fromSequence;
    while (true) {
      List<RecordedEvent> page = read(alliance, next, PAGE);
      all.addAll(page);
      if (page.size() < PAGE) {
        return all;
      }
      next = page.get(page.size() - 1).sequence() + 1;
    }
  }

  /**
   * @param alliance the alliance
   * @return the sequence number its stream ends at: 0 when it has no events
   */
  long sequence(AllianceId alliance);

  /** @return every alliance whose stream holds at least one event, in no particular order */
  Set<AllianceId> alliances();

  /**
   * Snapshots are optional: a store that keeps them returns its {@link SnapshotStore}.
   *
   * @return the store's snapshots, or empty when it keeps none
   */
  default Optional<SnapshotStore> snapshots() {
    return Optional.empty();
  }

  /** Releases the store's resources (connections, files). The default does nothing. */
  @Override
  default void close() {}
}
