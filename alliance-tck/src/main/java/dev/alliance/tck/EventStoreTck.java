package dev.alliance.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

import dev.alliance.api.InvalidValueException;
import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.event.AllianceEvent;
import dev.alliance.api.event.ConcurrencyConflictException;
import dev.alliance.api.event.LifecycleEvent;
import dev.alliance.api.event.RecordedEvent;
import dev.alliance.spi.store.EventStore;
import dev.alliance.spi.store.Snapshot;
import dev.alliance.spi.store.SnapshotStore;
import dev.alliance.testkit.EventGenerators;
import dev.alliance.testkit.SealedHierarchy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.quicktheories.core.Gen;

/**
 * The conformance kit for event stores: extend this class, say how to make a fresh, empty store,
 * and every rule of the {@link EventStore} contract is tested against it, grouped by theme
 * (numbering, ordering, optimistic concurrency, atomic batches, isolation, read-your-writes,
 * concurrent appenders, long streams, round trip of every event type, instants, arguments, and
 * snapshots for stores that keep them; the snapshot tests are skipped, visibly, for a store whose
 * {@link EventStore#snapshots()} is empty).
 *
 * <pre>{@code
 * class MyStoreConformanceTest extends EventStoreTck {
 *   @Override
 *   protected EventStore newStore() {
 *     return new MyStore(freshDatabase());
 *   }
 * }
 * }</pre>
 *
 * <p>Each test asks for one store and the kit closes it afterwards. The round-trip tests take
 * their events from the test kit ({@link EventGenerators#samples()}, one instance of every
 * permitted event type, and {@link EventGenerators#events()}, random events of every type), and
 * check that the samples cover every type of the sealed hierarchy, so an event family added later
 * is covered without changing the kit. The sizes of the long-stream and concurrency tests can be
 * changed by overriding {@link #longStream()}, {@link #writers()}, {@link #appendsPerWriter()},
 * {@link #examples()} and {@link #shrinkCycles()}.
 */
public abstract class EventStoreTck {
  /** A day for the marker events. */
  protected static final LocalDate DAY = LocalDate.of(1949, 4, 4);
  /** An instant to record at. */
  protected static final Instant T0 = Instant.parse("1949-04-04T12:00:00Z");
  /** The alliance most tests write to. */
  protected static final AllianceId NATO = AllianceId.of("nato");

  private final List<EventStore> stores = new ArrayList<>();

  /**
   * @return a new, empty store; the kit closes it after the test
   */
  protected abstract EventStore newStore();

  /** @return how many events the long-stream tests write: 10,000 by default */
  protected int longStream() {
    return 10_000;
  }

  /** @return how many threads the concurrency tests run: 4 by default */
  protected int writers() {
    return 4;
  }

  /** @return how many appends each concurrent writer makes: 100 by default */
  protected int appendsPerWriter() {
    return 100;
  }

  /** @return how many random examples the property tests try: {@code QT_EXAMPLES}, else 200 */
  protected int examples() {
    return Integer.getInteger("QT_EXAMPLES", 200);
  }

  /**
   * @return how hard a failing property test tries to shrink its counterexample: {@code
   *     QT_SHRINKS}, else 100
   */
  protected int shrinkCycles() {
    return Integer.getInteger("QT_SHRINKS", 100);
  }

  /** @return the store under test, created on first use in each test */
  protected final synchronized EventStore store() {
    if (stores.isEmpty()) {
      stores.add(newStore());
    }
    return stores.get(0);
  }

  @AfterEach
  synchronized void closeStores() {
    stores.forEach(EventStore::close);
    stores.clear();
  }

  /**
   * @param text what makes the event unique
   * @return an event that carries {@code text}, so tests can tell events apart
   */
  protected static AllianceEvent marker(String text) {
    return new LifecycleEvent.FormationAbandoned(text, DAY);
  }

  /**
   * @param prefix the markers' common prefix
   * @param count how many
   * @return {@code count} distinct markers
   */
  protected static List<AllianceEvent> markers(String prefix, int count) {
    List<AllianceEvent> events = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      events.add(marker(prefix + " " + i));
    }
    return events;
  }

  /**
   * @param recorded recorded events
   * @return their events
   */
  protected static List<AllianceEvent> events(List<RecordedEvent> recorded) {
    return recorded.stream().map(RecordedEvent::event).collect(Collectors.toList());
  }

  private static void assertNumberedFromOne(List<RecordedEvent> stream) {
    for (int i = 0; i < stream.size(); i++) {
      assertEquals(i + 1, stream.get(i).sequence(), "sequence number at position " + i);
    }
  }

  private static void assertConflict(ConcurrencyConflictException conflict, AllianceId alliance, long expected, long actual) {
    assertEquals(alliance, conflict.alliance(), "the conflict names the alliance");
    assertEquals(expected, conflict.expectedSequence(), "the conflict names the expected sequence");
    assertEquals(actual, conflict.actualSequence(), "the conflict names the actual sequence");
  }

  private static void await(List<Future<?>> futures) throws Exception {
    for (Future<?> future : futures) {
      future.get(120, TimeUnit.SECONDS);
    }
  }

  private static ExecutorService pool(int threads) {
    return Executors.newFixedThreadPool(threads);
  }

  /** A writer's work, given its index. */
  private interface Writer {
    void run(int index) throws Exception;
  }

  /** Runs {@code threads} writers at once, each on its own thread, and waits for them all. */
  private static void inParallel(int threads, Writer writer) throws Exception {
    ExecutorService pool = pool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int w = 0; w < threads; w++) {
        int index = w;
        futures.add(
            pool.submit(
                () -> {
                  writer.run(index);
                  return null;
                }));
      }
      await(futures);
    } finally {
      pool.shutdownNow();
    }
  }

  /** The store is a provider with a usable name. */
  @Nested
  @DisplayName("provider")
  class ProviderRules {
    @Test
    void hasANonBlankName() {
      assertFalse(store().name() == null || store().name().isBlank(), "a store needs a name to be chosen by");
    }
  }

  /** Sequence numbers start at 1 and have no gaps. */
  @Nested
  @DisplayName("numbering")
  class Numbering {
    @Test
    void anEmptyStoreHasNoStreams() {
      assertEquals(0, store().sequence(NATO));
      assertEquals(List.of(), store().read(NATO, 1));
      assertEquals(List.of(), store().read(NATO, 1, 10));
      assertEquals(Set.of(), store().alliances());
    }

    @Test
    void numbersFromOneWithoutGapsAcrossBatches() {
      List<RecordedEvent> first = store().append(NATO, 0, markers("first", 3), T0);
      List<RecordedEvent> second = store().append(NATO, 3, markers("second", 2), T0);
      assertEquals(List.of(1L, 2L, 3L), first.stream().map(RecordedEvent::sequence).toList());
      assertEquals(List.of(4L, 5L), second.stream().map(RecordedEvent::sequence).toList());
      assertEquals(5, store().sequence(NATO));
      assertNumberedFromOne(store().read(NATO, 1));
    }

    @Test
    void returnsTheEventsExactlyAsItRecordedThem() {
      List<RecordedEvent> recorded = store().append(NATO, 0, markers("m", 4), T0);
      for (RecordedEvent event : recorded) {
        assertEquals(NATO, event.alliance());
      }
      assertEquals(recorded, store().read(NATO, 1));
    }

    @Test
    void anEmptyBatchWritesNothingButStillChecksTheExpectation() {
      assertEquals(List.of(), store().append(NATO, 0, List.of(), T0));
      assertEquals(0, store().sequence(NATO));
      assertEquals(Set.of(), store().alliances(), "an empty batch creates no stream");
      store().append(NATO, 0, markers("m", 2), T0);
      assertEquals(List.of(), store().append(NATO, 2, List.of(), T0));
      assertConflict(
          assertThrows(ConcurrencyConflictException.class, () -> store().append(NATO, 1, List.of(), T0)), NATO, 1, 2);
      assertEquals(2, store().sequence(NATO));
    }
  }

  /** Events come back in the order they were appended, from any point. */
  @Nested
  @DisplayName("ordering")
  class Ordering {
    @Test
    void readsEventsInAppendOrderAcrossBatchesAndFamilies() {
      List<AllianceEvent> all = new ArrayList<>();
      List<AllianceEvent> samples = EventGenerators.samples();
      for (int i = 0; i < samples.size(); i += 3) {
        List<AllianceEvent> batch = samples.subList(i, Math.min(samples.size(), i + 3));
        store().append(NATO, all.size(), batch, T0);
        all.addAll(batch);
      }
      assertEquals(all, events(store().read(NATO, 1)));
    }

    @Test
    void readsTheRestOfTheStreamFromAnyPoint() {
      List<AllianceEvent> all = markers("m", 12);
      store().append(NATO, 0, all.subList(0, 5), T0);
      store().append(NATO, 5, all.subList(5, 12), T0);
      for (int from = 1; from <= 13; from++) {
        List<RecordedEvent> rest = store().read(NATO, from);
        assertEquals(all.subList(from - 1, 12), events(rest), "read from " + from);
        for (int i = 0; i < rest.size(); i++) {
          assertEquals(from + i, rest.get(i).sequence());
        }
      }
      assertEquals(List.of(), store().read(NATO, 1_000_000));
    }

    @Test
    void readsPagesOfAtMostTheAskedCount() {
      List<AllianceEvent> all = markers("m", 10);
      store().append(NATO, 0, all, T0);
      assertEquals(all.subList(0, 3), events(store().read(NATO, 1, 3)));
      assertEquals(all.subList(3, 10), events(store().read(NATO, 4, 100)));
      assertEquals(all.subList(9, 10), events(store().read(NATO, 10, 1)));
      assertEquals(List.of(), store().read(NATO, 11, 5));
      List<AllianceEvent> paged = new ArrayList<>();
      for (long from = 1; from <= 10; from += 4) {
        paged.addAll(events(store().read(NATO, from, 4)));
      }
      assertEquals(all, paged, "pages cover the stream exactly once");
    }
  }

  /** A stale expectation fails with the dedicated exception and writes nothing. */
  @Nested
  @DisplayName("optimistic concurrency")
  class OptimisticConcurrency {
    @Test
    void anExpectationBehindTheStreamFailsAndWritesNothing() {
      List<RecordedEvent> before = store().append(NATO, 0, markers("m", 2), T0);
      ConcurrencyConflictException conflict =
          assertThrows(ConcurrencyConflictException.class, () -> store().append(NATO, 1, markers("late", 3), T0.plusSeconds(9)));
      assertConflict(conflict, NATO, 1, 2);
      assertEquals(before, store().read(NATO, 1));
      assertEquals(2, store().sequence(NATO));
    }

    @Test
    void anExpectationAheadOfTheStreamFailsAndWritesNothing() {
      store().append(NATO, 0, markers("m", 2), T0);
      assertConflict(assertThrows(ConcurrencyConflictException.class, () -> store().append(NATO, 5, markers("x", 1), T0)), NATO, 5, 2);
      assertEquals(2, store().sequence(NATO));
    }

    @Test
    void anExpectationOnAnAllianceWithNoEventsFailsAndCreatesNoStream() {
      AllianceId unknown = AllianceId.of("unknown");
      assertConflict(assertThrows(ConcurrencyConflictException.class, () -> store().append(unknown, 3, markers("x", 1), T0)), unknown, 3, 0);
      assertEquals(0, store().sequence(unknown));
      assertEquals(Set.of(), store().alliances(), "a failed append creates no stream");
    }

    @Test
    void ofTwoWritersWithTheSameExpectationOnlyTheFirstSucceeds() {
      store().append(NATO, 0, markers("start", 1), T0);
      store().append(NATO, 1, List.of(marker("first writer")), T0);
      assertThrows(ConcurrencyConflictException.class, () -> store().append(NATO, 1, List.of(marker("second writer")), T0));
      assertEquals(List.of(marker("start 0"), marker("first writer")), events(store().read(NATO, 1)));
    }

    @Test
    void aWriterThatReadsTheNewEndSucceeds() {
      store().append(NATO, 0, markers("a", 1), T0);
      ConcurrencyConflictException conflict =
          assertThrows(ConcurrencyConflictException.class, () -> store().append(NATO, 0, markers("b", 1), T0));
      store().append(NATO, conflict.actualSequence(), markers("b", 1), T0);
      assertEquals(2, store().sequence(NATO));
    }
  }

  /** A batch is written whole or not at all, and never seen in part. */
  @Nested
  @DisplayName("atomic batches")
  class AtomicBatches {
    @Test
    void aRejectedBatchWritesNoneOfItsEvents() {
      store().append(NATO, 0, markers("m", 3), T0);
      assertThrows(ConcurrencyConflictException.class, () -> store().append(NATO, 2, markers("batch", 50), T0));
      assertEquals(3, store().sequence(NATO));
      assertEquals(markers("m", 3), events(store().read(NATO, 1)));
    }

    @Test
    void aBatchWithANullEventWritesNothing() {
      List<AllianceEvent> withNull = new ArrayList<>(markers("m", 3));
      withNull.add(1, null);
      assertThrows(NullPointerException.class, () -> store().append(NATO, 0, withNull, T0));
      assertEquals(0, store().sequence(NATO));
      assertEquals(Set.of(), store().alliances());
      store().append(NATO, 0, markers("m", 2), T0);
      assertThrows(NullPointerException.class, () -> store().append(NATO, 2, withNull, T0));
      assertEquals(markers("m", 2), events(store().read(NATO, 1)));
    }

    @Test
    @Timeout(120)
    void concurrentReadersSeeOnlyWholeBatches() throws Exception {
      int batch = 7;
      int batchesPerWriter = Math.max(10, appendsPerWriter() / 2);
      AtomicBoolean writing = new AtomicBoolean(true);
      ConcurrentLinkedQueue<String> torn = new ConcurrentLinkedQueue<>();
      ExecutorService pool = pool(4);
      try {
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
          int writer = w;
          writers.add(
              pool.submit(
                  () -> {
                    // Writers stop at the first torn read, so a store that tears batches fails at
                    // once instead of retrying against its own half-written batches until timeout.
                    for (int b = 0; b < batchesPerWriter && torn.isEmpty(); b++) {
                      appendRetrying(store(), NATO, markers("w" + writer + " b" + b, batch), () -> !torn.isEmpty());
                    }
                    return null;
                  }));
        }
        List<Future<?>> readers = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
          readers.add(
              pool.submit(
                  () -> {
                    while (writing.get()) {
                      List<RecordedEvent> seen = store().read(NATO, 1);
                      if (seen.size() % batch != 0) {
                        torn.add("read " + seen.size() + " events, not a whole number of batches of " + batch);
                      }
                      long sequence = store().sequence(NATO);
                      if (sequence % batch != 0) {
                        torn.add("sequence " + sequence + " ends inside a batch of " + batch);
                      }
                    }
                    return null;
                  }));
        }
        await(writers);
        writing.set(false);
        await(readers);
      } finally {
        pool.shutdownNow();
      }
      assertEquals(List.of(), List.copyOf(torn));
      List<RecordedEvent> stream = store().read(NATO, 1);
      assertEquals(2L * batchesPerWriter * batch, stream.size());
      for (int start = 0; start < stream.size(); start += batch) {
        String prefix = ((LifecycleEvent.FormationAbandoned) stream.get(start).event()).reason().replaceAll(" \\d+$", "");
        assertEquals(markers(prefix, batch), events(stream.subList(start, start + batch)), "batch at " + (start + 1) + " is whole and in order");
      }
    }
  }

  /** Streams are independent of one another. */
  @Nested
  @DisplayName("isolation between alliances")
  class Isolation {
    @Test
    void eachStreamIsNumberedAndReadOnItsOwn() {
      AllianceId asean = AllianceId.of("asean");
      store().append(NATO, 0, markers("nato", 2), T0);
      store().append(asean, 0, markers("asean", 3), T0);
      store().append(NATO, 2, markers("nato again", 1), T0);
      assertEquals(3, store().sequence(NATO));
      assertEquals(3, store().sequence(asean));
      assertNumberedFromOne(store().read(asean, 1));
      assertEquals(markers("asean", 3), events(store().read(asean, 1)));
      List<AllianceEvent> nato = new ArrayList<>(markers("nato", 2));
      nato.addAll(markers("nato again", 1));
      assertEquals(nato, events(store().read(NATO, 1)));
      store().read(asean, 1).forEach(e -> assertEquals(asean, e.alliance()));
    }

    @Test
    void idsThatDifferOnlyByCaseOrBySuffixAreDifferentStreams() {
      List<AllianceId> ids = List.of(AllianceId.of("nato"), AllianceId.of("NATO"), AllianceId.of("Nato"), AllianceId.of("nato-2"), AllianceId.of("nat"), AllianceId.of("nato x"));
      for (int i = 0; i < ids.size(); i++) {
        store().append(ids.get(i), 0, markers(ids.get(i).value(), i + 1), T0);
      }
      for (int i = 0; i < ids.size(); i++) {
        assertEquals(i + 1, store().sequence(ids.get(i)), ids.get(i).value());
        assertEquals(markers(ids.get(i).value(), i + 1), events(store().read(ids.get(i), 1)));
      }
      assertEquals(new HashSet<>(ids), store().alliances());
    }

    @Test
    void aConflictOnOneStreamLeavesTheOthersAlone() {
      AllianceId asean = AllianceId.of("asean");
      store().append(NATO, 0, markers("nato", 2), T0);
      store().append(asean, 0, markers("asean", 2), T0);
      assertThrows(ConcurrencyConflictException.class, () -> store().append(NATO, 0, markers("x", 1), T0));
      store().append(asean, 2, markers("more", 1), T0);
      assertEquals(2, store().sequence(NATO));
      assertEquals(3, store().sequence(asean));
    }

    @Test
    void theListOfAlliancesHoldsExactlyThoseWithEvents() {
      store().append(NATO, 0, markers("m", 1), T0);
      store().append(AllianceId.of("empty"), 0, List.of(), T0);
      assertThrows(ConcurrencyConflictException.class, () -> store().append(AllianceId.of("failed"), 1, markers("m", 1), T0));
      store().append(AllianceId.of("asean"), 0, markers("m", 1), T0);
      assertEquals(Set.of(NATO, AllianceId.of("asean")), store().alliances());
    }
  }

  /** What an append wrote is visible at once, from any thread. */
  @Nested
  @DisplayName("read your writes")
  class ReadYourWrites {
    @Test
    void everyAppendIsVisibleToTheNextRead() {
      for (int i = 0; i < 50; i++) {
        List<RecordedEvent> appended = store().append(NATO, i, List.of(marker("m " + i)), T0);
        assertEquals(i + 1, store().sequence(NATO));
        assertEquals(appended, store().read(NATO, i + 1));
        assertEquals(appended, store().read(NATO, i + 1, 1));
        assertTrue(store().alliances().contains(NATO));
      }
    }

    @Test
    @Timeout(60)
    void anAppendInOneThreadIsVisibleInAnother() throws Exception {
      ExecutorService pool = pool(1);
      try {
        List<RecordedEvent> appended = pool.submit(() -> store().append(NATO, 0, markers("elsewhere", 3), T0)).get();
        assertEquals(appended, store().read(NATO, 1));
        store().append(NATO, 3, markers("here", 1), T0);
        assertEquals(4L, pool.submit(() -> store().sequence(NATO)).get());
        assertEquals(4, pool.submit(() -> store().read(NATO, 1)).get().size());
      } finally {
        pool.shutdownNow();
      }
    }
  }

  /** Writers that run at once lose nothing and number nothing twice. */
  @Nested
  @DisplayName("concurrent appenders")
  class ConcurrentAppenders {
    @Test
    @Timeout(300)
    void writersRetryingOnConflictLoseAndDuplicateNothing() throws Exception {
      int writers = writers();
      int appends = appendsPerWriter();
      EventStore store = store();
      inParallel(
          writers,
          writer -> {
            for (int i = 0; i < appends; i++) {
              appendRetrying(store, NATO, List.of(marker("writer " + writer + " append " + i)));
            }
          });
      List<RecordedEvent> stream = store().read(NATO, 1);
      assertEquals((long) writers * appends, stream.size(), "every append is in the stream once");
      assertEquals(stream.size(), store().sequence(NATO));
      assertNumberedFromOne(stream);
      Set<AllianceEvent> distinct = new LinkedHashSet<>(events(stream));
      assertEquals(stream.size(), distinct.size(), "no event is duplicated");
      for (int w = 0; w < writers; w++) {
        String prefix = "writer " + w + " append ";
        List<String> own =
            stream.stream()
                .map(e -> ((LifecycleEvent.FormationAbandoned) e.event()).reason())
                .filter(r -> r.startsWith(prefix))
                .toList();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < appends; i++) {
          expected.add(prefix + i);
        }
        assertEquals(expected, own, "writer " + w + "'s events, in its own order");
      }
    }

    @Test
    @Timeout(300)
    void ofWritersRacingForTheSameSequenceExactlyOneWins() throws Exception {
      int writers = writers();
      int rounds = Math.max(5, appendsPerWriter() / 5);
      CyclicBarrier start = new CyclicBarrier(writers);
      AtomicInteger wins = new AtomicInteger();
      AtomicInteger conflicts = new AtomicInteger();
      EventStore store = store();
      for (int round = 0; round < rounds; round++) {
        long expected = round;
        inParallel(
            writers,
            writer -> {
              start.await(60, TimeUnit.SECONDS);
              try {
                store.append(NATO, expected, List.of(marker("round " + expected + " writer " + writer)), T0);
                wins.incrementAndGet();
              } catch (ConcurrencyConflictException lost) {
                conflicts.incrementAndGet();
              }
            });
        assertEquals(round + 1, wins.get(), "exactly one writer wins round " + round);
      }
      assertEquals((long) rounds * (writers - 1), conflicts.get());
      assertEquals(rounds, store().sequence(NATO));
      assertNumberedFromOne(store().read(NATO, 1));
    }

    @Test
    @Timeout(300)
    void writersOnDifferentAlliancesNeverConflict() throws Exception {
      int writers = writers();
      int appends = appendsPerWriter();
      EventStore store = store();
      inParallel(
          writers,
          writer -> {
            AllianceId own = AllianceId.of("alliance-" + writer);
            for (int i = 0; i < appends; i++) {
              store.append(own, i, List.of(marker(own + " " + i)), T0);
            }
          });
      for (int w = 0; w < writers; w++) {
        AllianceId own = AllianceId.of("alliance-" + w);
        assertEquals(markers(own.value(), appends), events(store().read(own, 1)));
      }
      assertEquals(writers, store().alliances().size());
    }
  }

  /** Long streams are kept and read back whole. */
  @Nested
  @DisplayName("long streams")
  class LongStreams {
    @Test
    @Timeout(600)
    void aLongStreamIsKeptAndReadBackWhole() {
      int length = longStream();
      List<AllianceEvent> all = markers("event", length);
      int[] sizes = {1, 100, 37, 250, 2};
      int written = 0;
      for (int b = 0; written < length; b++) {
        int size = Math.min(sizes[b % sizes.length], length - written);
        store().append(NATO, written, all.subList(written, written + size), T0.plusSeconds(b));
        written += size;
      }
      assertEquals(length, store().sequence(NATO));
      List<RecordedEvent> stream = store().read(NATO, 1);
      assertEquals(all, events(stream));
      assertNumberedFromOne(stream);
      int middle = length / 2;
      assertEquals(all.subList(middle, length), events(store().read(NATO, middle + 1)));
      List<AllianceEvent> paged = new ArrayList<>();
      for (long from = 1; from <= length; from += 333) {
        List<RecordedEvent> page = store().read(NATO, from, 333);
        assertEquals(Math.min(333, length - from + 1), page.size());
        paged.addAll(events(page));
      }
      assertEquals(all, paged);
    }
  }

  /** Every event type comes back equal to what was appended. */
  @Nested
  @DisplayName("round trip")
  class RoundTrip {
    @Test
    void theSamplesCoverEveryPermittedEventType() {
      Set<Class<?>> sampled = EventGenerators.samples().stream().map(Object::getClass).collect(Collectors.toSet());
      Set<Class<?>> permitted = new HashSet<>(SealedHierarchy.leaves(AllianceEvent.class));
      Set<Class<?>> missing = new HashSet<>(permitted);
      missing.removeAll(sampled);
      assertEquals(Set.of(), missing, "event types without a sample in EventGenerators.samples()");
      assertEquals(permitted, sampled);
    }

    @Test
    void everySampleEventRoundTripsInOneBatch() {
      List<AllianceEvent> samples = EventGenerators.samples();
      List<RecordedEvent> recorded = store().append(NATO, 0, samples, T0);
      List<RecordedEvent> read = store().read(NATO, 1);
      assertEquals(recorded, read);
      for (int i = 0; i < samples.size(); i++) {
        assertEquals(samples.get(i), read.get(i).event(), samples.get(i).getClass().getName());
        assertEquals(samples.get(i).getClass(), read.get(i).event().getClass());
      }
    }

    @Test
    void everySampleEventRoundTripsOnItsOwn() {
      for (AllianceEvent sample : EventGenerators.samples()) {
        AllianceId id = AllianceId.of(sample.getClass().getSimpleName());
        store().append(id, 0, List.of(sample), T0);
        assertEquals(List.of(sample), events(store().read(id, 1)), sample.getClass().getName());
      }
    }

    @Test
    void randomEventsOfEveryTypeRoundTrip() {
      AtomicInteger example = new AtomicInteger();
      // Type by type, so that every type gets its share of examples however many types there are
      // (one generator picking among them all could miss a rare flaw in one type): ten of each
      // at the default budget of 200.
      for (Gen<? extends AllianceEvent> type : EventGenerators.generatorsByType().values()) {
        qt().withExamples(Math.max(5, examples() / 20))
            .withShrinkCycles(shrinkCycles())
            .forAll(type)
            .checkAssert(
                event -> {
                  AllianceId id = AllianceId.of("random-" + example.incrementAndGet());
                  store().append(id, 0, List.of(event), T0);
                  assertEquals(List.of(event), events(store().read(id, 1)));
                });
      }
    }

    @Test
    void randomRecordedStreamsRoundTripWithTheirEnvelopes() {
      AtomicInteger example = new AtomicInteger();
      qt().withExamples(Math.max(1, examples() / 4))
          .withShrinkCycles(shrinkCycles())
          .forAll(EventGenerators.recordedStreams(AllianceId.of("template")))
          .checkAssert(
              generated -> {
                AllianceId id = AllianceId.of("stream-" + example.incrementAndGet());
                List<RecordedEvent> expected = new ArrayList<>();
                for (RecordedEvent event : generated) {
                  expected.addAll(store().append(id, event.sequence() - 1, List.of(event.event()), event.recordedAt()));
                }
                List<RecordedEvent> read = store().read(id, 1);
                assertEquals(expected, read);
                for (int i = 0; i < generated.size(); i++) {
                  RecordedEvent g = generated.get(i);
                  assertEquals(new RecordedEvent(id, g.sequence(), g.recordedAt(), g.event()), read.get(i));
                }
              });
    }
  }

  /** Recording instants: one per batch, exact, never going backwards. */
  @Nested
  @DisplayName("instants")
  class Instants {
    @Test
    void everyEventOfABatchIsRecordedAtTheSameInstant() {
      Instant at = Instant.parse("2001-09-12T18:30:00.123456789Z");
      List<RecordedEvent> recorded = store().append(NATO, 0, markers("m", 5), at);
      recorded.forEach(e -> assertEquals(at, e.recordedAt()));
      store().read(NATO, 1).forEach(e -> assertEquals(at, e.recordedAt()));
    }

    @Test
    void instantsAreKeptToTheNanosecondFarIntoThePastAndTheFuture() {
      List<Instant> instants =
          List.of(
              Instant.parse("1815-06-18T11:00:00.000000001Z"),
              Instant.parse("1970-01-01T00:00:00Z"),
              Instant.parse("2024-02-29T23:59:59.999999999Z"),
              Instant.parse("2999-12-31T23:59:59.5Z"));
      for (int i = 0; i < instants.size(); i++) {
        AllianceId id = AllianceId.of("instant-" + i);
        store().append(id, 0, markers("m", 1), instants.get(i));
        assertEquals(instants.get(i), store().read(id, 1).get(0).recordedAt());
      }
    }

    @Test
    void anEarlierInstantThanTheStreamsLatestIsRecordedAtTheLatest() {
      store().append(NATO, 0, markers("m", 1), T0);
      List<RecordedEvent> second = store().append(NATO, 1, markers("n", 2), T0.minusSeconds(3600));
      second.forEach(e -> assertEquals(T0, e.recordedAt()));
      store().read(NATO, 2).forEach(e -> assertEquals(T0, e.recordedAt()));
      Instant later = T0.plusNanos(1);
      assertEquals(later, store().append(NATO, 3, markers("o", 1), later).get(0).recordedAt());
    }

    @Test
    void aNewStreamTakesTheInstantItIsGivenWhateverOtherStreamsHold() {
      store().append(NATO, 0, markers("m", 1), T0);
      Instant earlier = T0.minusSeconds(86_400);
      assertEquals(earlier, store().append(AllianceId.of("asean"), 0, markers("m", 1), earlier).get(0).recordedAt());
    }
  }

  /** Bad arguments are rejected before anything is written. */
  @Nested
  @DisplayName("arguments")
  class Arguments {
    @Test
    void nullArgumentsAreRejected() {
      assertThrows(NullPointerException.class, () -> store().append(null, 0, markers("m", 1), T0));
      assertThrows(NullPointerException.class, () -> store().append(NATO, 0, null, T0));
      assertThrows(NullPointerException.class, () -> store().append(NATO, 0, markers("m", 1), null));
      assertThrows(NullPointerException.class, () -> store().read(null, 1));
      assertThrows(NullPointerException.class, () -> store().read(null, 1, 1));
      assertThrows(NullPointerException.class, () -> store().sequence(null));
      assertEquals(Set.of(), store().alliances());
    }

    @Test
    void aNegativeExpectedSequenceIsInvalid() {
      assertThrows(InvalidValueException.class, () -> store().append(NATO, -1, markers("m", 1), T0));
      assertEquals(0, store().sequence(NATO));
    }

    @Test
    void readsFromBeforeOneOrOfNothingAreInvalid() {
      store().append(NATO, 0, markers("m", 1), T0);
      for (long from : Arrays.asList(0L, -1L, Long.MIN_VALUE)) {
        assertThrows(InvalidValueException.class, () -> store().read(NATO, from), "from " + from);
        assertThrows(InvalidValueException.class, () -> store().read(NATO, from, 10), "from " + from);
      }
      assertThrows(InvalidValueException.class, () -> store().read(NATO, 1, 0));
      assertThrows(InvalidValueException.class, () -> store().read(NATO, 1, -5));
    }
  }

  /** Snapshots, for stores that keep them: the furthest per alliance and kind, byte for byte. */
  @Nested
  @DisplayName("snapshots")
  class Snapshots {
    private SnapshotStore snapshots() {
      Assumptions.assumeTrue(store().snapshots().isPresent(), store().name() + " keeps no snapshots");
      return store().snapshots().get();
    }

    private Snapshot snapshot(AllianceId alliance, String kind, long sequence, String state) {
      return new Snapshot(alliance, kind, sequence, state.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aSavedSnapshotIsReadBackByteForByte() {
      SnapshotStore snapshots = snapshots();
      store().append(NATO, 0, markers("m", 3), T0);
      byte[] state = new byte[256];
      for (int i = 0; i < state.length; i++) {
        state[i] = (byte) i;
      }
      Snapshot saved = new Snapshot(NATO, "bytes/1", 3, state);
      assertTrue(snapshots.save(saved));
      assertEquals(saved, snapshots.latest(NATO, "bytes/1").orElseThrow());
      assertTrue(Arrays.equals(state, snapshots.latest(NATO, "bytes/1").orElseThrow().state()));
      assertTrue(snapshots.latest(NATO, "other/1").isEmpty());
      assertTrue(snapshots.latest(AllianceId.of("asean"), "bytes/1").isEmpty());
    }

    @Test
    void theSnapshotThatReachesFurthestIsKept() {
      SnapshotStore snapshots = snapshots();
      store().append(NATO, 0, markers("m", 10), T0);
      assertTrue(snapshots.save(snapshot(NATO, "count/1", 5, "5")));
      assertFalse(snapshots.save(snapshot(NATO, "count/1", 4, "4")), "an older snapshot is not kept");
      assertFalse(snapshots.save(snapshot(NATO, "count/1", 5, "five")), "nor one that reaches no further");
      assertEquals(snapshot(NATO, "count/1", 5, "5"), snapshots.latest(NATO, "count/1").orElseThrow());
      assertTrue(snapshots.save(snapshot(NATO, "count/1", 10, "10")));
      assertEquals(snapshot(NATO, "count/1", 10, "10"), snapshots.latest(NATO, "count/1").orElseThrow());
    }

    @Test
    void aSnapshotBeyondTheEndOfItsStreamIsInvalid() {
      SnapshotStore snapshots = snapshots();
      store().append(NATO, 0, markers("m", 2), T0);
      assertThrows(InvalidValueException.class, () -> snapshots.save(snapshot(NATO, "count/1", 3, "3")));
      assertThrows(InvalidValueException.class, () -> snapshots.save(snapshot(AllianceId.of("asean"), "count/1", 1, "1")));
      assertTrue(snapshots.latest(NATO, "count/1").isEmpty());
    }

    @Test
    void snapshotsOfDifferentAlliancesAndKindsAreIndependent() {
      SnapshotStore snapshots = snapshots();
      AllianceId asean = AllianceId.of("asean");
      store().append(NATO, 0, markers("m", 4), T0);
      store().append(asean, 0, markers("m", 4), T0);
      snapshots.save(snapshot(NATO, "a/1", 2, "nato a"));
      snapshots.save(snapshot(NATO, "b/1", 3, "nato b"));
      snapshots.save(snapshot(asean, "a/1", 4, "asean a"));
      assertEquals(snapshot(NATO, "a/1", 2, "nato a"), snapshots.latest(NATO, "a/1").orElseThrow());
      assertEquals(snapshot(NATO, "b/1", 3, "nato b"), snapshots.latest(NATO, "b/1").orElseThrow());
      assertEquals(snapshot(asean, "a/1", 4, "asean a"), snapshots.latest(asean, "a/1").orElseThrow());
    }
  }

  /**
   * Appends a batch at the stream's current end, reading the end again after each conflict, as a
   * well-behaved writer does.
   *
   * @param store the store
   * @param alliance the alliance
   * @param batch the events
   * @return the recorded events
   */
  protected static List<RecordedEvent> appendRetrying(EventStore store, AllianceId alliance, List<AllianceEvent> batch) {
    return appendRetrying(store, alliance, batch, () -> false);
  }

  /**
   * As {@link #appendRetrying(EventStore, AllianceId, List)}, but stops retrying, with nothing
   * appended, as soon as {@code stop} says so.
   *
   * @param store the store
   * @param alliance the alliance
   * @param batch the events
   * @param stop asked after each conflict
   * @return the recorded events, or none when stopped
   */
  protected static List<RecordedEvent> appendRetrying(
      EventStore store, AllianceId alliance, List<AllianceEvent> batch, java.util.function.BooleanSupplier stop) {
    for (int attempt = 0; attempt < 100_000; attempt++) {
      try {
        return store.append(alliance, store.sequence(alliance), batch, T0);
      } catch (ConcurrencyConflictException conflict) {
        if (stop.getAsBoolean()) {
          return List.of();
        }
        Thread.yield();
      }
    }
    return fail("gave up after 100,000 conflicts");
  }

}
