package dev.alliance.benchmarks;

import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.event.AllianceEvent;
import dev.alliance.api.event.LifecycleEvent;
import dev.alliance.api.event.RecordedEvent;
import dev.alliance.core.store.InMemoryEventStore;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The in-memory store: 10,000 single-event appends into a new store, to one alliance and spread
 * round-robin over 1,000 alliances, each append with its expected sequence; and reading the
 * 10,000 events back. Scores are per event (operations per invocation = 10,000). Target: at least
 * 1 M events/s appended.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class InMemoryStoreBenchmark {
  static final int EVENTS = 10_000;
  private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

  private List<AllianceEvent> one;
  private AllianceId[] alliances;
  private InMemoryEventStore full;
  private InMemoryEventStore spread;

  /** Prepares the event, the alliance ids and two filled stores to read from. */
  @Setup
  public void setUp() {
    one = List.of(new LifecycleEvent.ObjectiveMeasured("readiness", BigDecimal.TEN, LocalDate.of(2026, 1, 1)));
    alliances = new AllianceId[1000];
    for (int i = 0; i < alliances.length; i++) {
      alliances[i] = AllianceId.of("alliance-" + i);
    }
    full = new InMemoryEventStore();
    for (int i = 0; i < EVENTS; i++) {
      full.append(alliances[0], i, one, AT);
    }
    spread = new InMemoryEventStore();
    for (int i = 0; i < EVENTS; i++) {
      spread.append(alliances[i % 1000], i / 1000, one, AT);
    }
  }

  /** @return the store, for the JIT's sake */
  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public InMemoryEventStore appendToOneAlliance() {
    InMemoryEventStore store = new InMemoryEventStore();
    AllianceId id = alliances[0];
    for (int i = 0; i < EVENTS; i++) {
      store.append(id, i, one, AT);
    }
    return store;
  }

  /** @return the store */
  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public InMemoryEventStore appendAcrossAThousandAlliances() {
    InMemoryEventStore store = new InMemoryEventStore();
    for (int i = 0; i < EVENTS; i++) {
      store.append(alliances[i % 1000], i / 1000, one, AT);
    }
    return store;
  }

  /** @return the events read */
  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public List<RecordedEvent> readOneAlliance() {
    return full.read(alliances[0], 1);
  }

  /** @return the count read */
  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public long readAThousandAlliances() {
    long count = 0;
    for (AllianceId id : alliances) {
      count += spread.read(id, 1).size();
    }
    return count;
  }
}
