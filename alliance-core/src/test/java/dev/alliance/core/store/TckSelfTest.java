package dev.alliance.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.event.AllianceEvent;
import dev.alliance.api.event.ConcurrencyConflictException;
import dev.alliance.api.event.LifecycleEvent;
import dev.alliance.api.event.RecordedEvent;
import dev.alliance.spi.store.EventStore;
import dev.alliance.spi.store.EventStoreSupport;
import dev.alliance.spi.store.ForwardingEventStore;
import dev.alliance.tck.EventStoreTck;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * The conformance kit can fail: each store below breaks one rule of the contract on purpose, and
 * the kit, run against it, must report the failures of the tests that guard that rule (and the
 * correct in-memory store must pass everything).
 *
 * <p>The broken stores wrap the correct one. Their kit subclasses are nested here, so Surefire does
 * not run them on its own; the JUnit Platform test kit runs them and the assertions read the
 * results.
 */
class TckSelfTest {

  @Test
  void theCorrectStorePassesEveryTest() {
    EngineExecutionResults results = run(Correct.class);
    assertEquals(0, results.testEvents().failed().count(), () -> failures(results).toString());
    assertTrue(results.testEvents().succeeded().count() >= 40);
  }

  @Test
  void aStoreThatIgnoresTheExpectedSequenceFailsOptimisticConcurrency() {
    assertFailures(IgnoresExpectation.class, "anExpectationBehindTheStreamFailsAndWritesNothing", "ofWritersRacingForTheSameSequenceExactlyOneWins");
  }

  @Test
  void aStoreThatChecksAndWritesInTwoStepsLetsTwoWritersWinTheSameRace() {
    assertFailures(CheckThenAct.class, "ofWritersRacingForTheSameSequenceExactlyOneWins");
  }

  @Test
  void aStoreThatNumbersWithAGapFailsNumbering() {
    assertFailures(Gaps.class, "numbersFromOneWithoutGapsAcrossBatches");
  }

  @Test
  void aStoreThatWritesEventsOneByOneFailsAtomicity() {
    assertFailures(OneByOne.class, "aBatchWithANullEventWritesNothing", "concurrentReadersSeeOnlyWholeBatches");
  }

  @Test
  void aStoreThatReordersFailsOrdering() {
    assertFailures(Reorders.class, "readsEventsInAppendOrderAcrossBatchesAndFamilies", "aLongStreamIsKeptAndReadBackWhole");
  }

  @Test
  void aStoreThatFoldsCaseFailsIsolation() {
    assertFailures(FoldsCase.class, "idsThatDifferOnlyByCaseOrBySuffixAreDifferentStreams");
  }

  @Test
  void aStoreThatKeepsMillisecondsFailsTheInstantRules() {
    assertFailures(Milliseconds.class, "instantsAreKeptToTheNanosecondFarIntoThePastAndTheFuture", "everyEventOfABatchIsRecordedAtTheSameInstant");
  }

  @Test
  void aStoreThatLetsInstantsGoBackwardsFailsTheInstantRules() {
    assertFailures(Backwards.class, "anEarlierInstantThanTheStreamsLatestIsRecordedAtTheLatest");
  }

  @Test
  void aStoreThatLosesPartOfOneEventTypeFailsTheRoundTrip() {
    assertFailures(LossyAgreements.class, "everySampleEventRoundTripsInOneBatch", "everySampleEventRoundTripsOnItsOwn", "randomEventsOfEveryTypeRoundTrip");
  }

  @Test
  void aStoreThatForgetsEventsUnderConcurrentWritersFailsThem() {
    assertFailures(ForgetsEveryHundredth.class, "writersRetryingOnConflictLoseAndDuplicateNothing", "aLongStreamIsKeptAndReadBackWhole");
  }

  private static EngineExecutionResults run(Class<?> tck) {
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(tck)).configurationParameter("junit.jupiter.execution.timeout.default", "120 s").execute();
  }

  private static List<String> failures(EngineExecutionResults results) {
    return results.testEvents().failed().stream().map(TckSelfTest::methodName).toList();
  }

  private static String methodName(Event event) {
    return event.getTestDescriptor().getLegacyReportingName().replaceAll("\\(.*", "");
  }

  private static void assertFailures(Class<?> tck, String... expected) {
    List<String> failed = failures(run(tck));
    for (String test : expected) {
      assertTrue(failed.contains(test), tck.getSimpleName() + " should fail " + test + "; it failed " + failed);
    }
  }

  /** The correct store. */
  static class Correct extends EventStoreTck {
    @Override
    protected EventStore newStore() {
      return new InMemoryEventStore();
    }
  }

  /** The kit for broken stores: a failing property need not shrink its counterexample. */
  abstract static class MutantTck extends EventStoreTck {
    @Override
    protected int shrinkCycles() {
      return 0;
    }
  }

  /** Delegates to the correct store; each mutant overrides one thing. */
  abstract static class Mutant extends ForwardingEventStore {
    final InMemoryEventStore inner;

    Mutant() {
      this(new InMemoryEventStore());
    }

    private Mutant(InMemoryEventStore inner) {
      super(inner);
      this.inner = inner;
    }

    @Override
    public String name() {
      return "mutant";
    }

    // The mutants break the one-call read by way of the paged one, as a store's default would.
    @Override
    public List<RecordedEvent> read(AllianceId alliance, long fromSequence) {
      return read(alliance, fromSequence, Integer.MAX_VALUE);
    }
  }

  static class IgnoresExpectation extends MutantTck {
    @Override
    protected EventStore newStore() {
      return new Mutant() {
        @Override
        public synchronized List<RecordedEvent> append(AllianceId a, long expected, List<? extends AllianceEvent> events, Instant at) {
          return inner.append(a, inner.sequence(a), events, at);
        }
      };
    }
  }

  static class CheckThenAct extends MutantTck {
    @Override
    protected EventStore newStore() {
      return new Mutant() {
        @Override
        public List<RecordedEvent> append(AllianceId a, long expected, List<? extends AllianceEvent> events, Instant at) {
          long actual = inner.sequence(a);
          if (actual != expected) {
            throw new ConcurrencyConflictException(a, expected, actual);
          }
          pause(); // a round trip to a remote store: the window in which another writer slips in
          return inner.append(a, inner.sequence(a), events, at);
        }
      };
    }
  }

  static class Gaps extends MutantTck {
    @Override
    protected EventStore newStore() {
      return new Mutant() {
        @Override
        public List<RecordedEvent> append(AllianceId a, long expected, List<? extends AllianceEvent> events, Instant at) {
          List<RecordedEvent> recorded = inner.append(a, expected, events, at);
          return expected == 0 ? recorded : renumber(recorded, 1);
        }

        @Override
        public List<RecordedEvent> read(AllianceId a, long from, int max) {
          List<RecordedEvent> events = inner.read(a, from, max);
          List<RecordedEvent> shifted = new ArrayList<>();
          for (RecordedEvent e : events) {
            shifted.add(e.sequence() > 3 ? new RecordedEvent(a, e.sequence() + 1, e.recordedAt(), e.event()) : e);
          }
          return shifted;
        }
      };
    }
  }

  static class OneByOne extends MutantTck {
    @Override
    protected EventStore newStore() {
      return new Mutant() {
        @Override
        public List<RecordedEvent> append(AllianceId a, long expected, List<? extends AllianceEvent> events, Instant at) {
          List<RecordedEvent> recorded = new ArrayList<>();
          long next = expected;
          for (AllianceEvent event : new ArrayList<>(events)) {
            recorded.addAll(inner.append(a, next++, Collections.singletonList(event), at));
            // A millisecond between the events of a small batch: a window wide enough that the
            // kit's concurrent readers see a torn batch however busy the machine is (a bare yield
            // was not); large batches, which no reader watches, are not slowed down.
            if (events.size() <= 16 && next < expected + events.size()) {
              java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
            }
          }
          if (events.isEmpty()) {
            inner.append(a, expected, List.of(), at);
          }
          return recorded;
        }
      };
    }
  }

  static class Reorders extends MutantTck {
    @Override
    protected EventStore newStore() {
      return new Mutant() {
        @Override
        public List<RecordedEvent> read(AllianceId a, long from, int max) {
          List<RecordedEvent> events = new ArrayList<>(inner.read(a, from, max));
          if (events.size() > 20) {
            RecordedEvent first = events.get(0);
            events.set(0, new RecordedEvent(a, first.sequence(), first.recordedAt(), events.get(1).event()));
            events.set(1, new RecordedEvent(a, first.sequence() + 1, first.recordedAt(), first.event()));
          }
          return events;
        }

      };
    }
  }

  static class FoldsCase extends MutantTck {
    @Override
    protected EventStore newStore() {
      UnaryOperator<AllianceId> fold = id -> AllianceId.of(id.value().toLowerCase(Locale.ROOT));
      return new Mutant() {
        @Override
        public List<RecordedEvent> append(AllianceId a, long expected, List<? extends AllianceEvent> events, Instant at) {
          return relabel(inner.append(fold.apply(a), expected, events, at), a);
        }

        @Override
        public List<RecordedEvent> read(AllianceId a, long from, int max) {
          return relabel(inner.read(fold.apply(a), from, max), a);
        }

        @Override
        public long sequence(AllianceId a) {
          return inner.sequence(fold.apply(a));
        }
      };
    }
  }

  static class Milliseconds extends MutantTck {
    @Override
    protected EventStore newStore() {
      return new Mutant() {
        @Override
        public List<RecordedEvent> append(AllianceId a, long expected, List<? extends AllianceEvent> events, Instant at) {
          return inner.append(a, expected, events, at.truncatedTo(ChronoUnit.MILLIS));
        }
      };
    }
  }

  static class Backwards extends MutantTck {
    @Override
    protected EventStore newStore() {
      return new Mutant() {
        @Override
        public List<RecordedEvent> append(AllianceId a, long expected, List<? extends AllianceEvent> events, Instant at) {
          List<AllianceEvent> batch = EventStoreSupport.checkAppend(a, expected, events, at);
          inner.append(a, expected, batch, at);
          return EventStoreSupport.number(a, expected, batch, at);
        }

        @Override
        public List<RecordedEvent> read(AllianceId a, long from, int max) {
          return inner.read(a, from, max);
        }
      };
    }
  }

  static class LossyAgreements extends MutantTck {
    @Override
    protected EventStore newStore() {
      return new Mutant() {
        @Override
        public List<RecordedEvent> read(AllianceId a, long from, int max) {
          return inner.read(a, from, max).stream()
              .map(
                  e ->
                      e.event() instanceof LifecycleEvent.AgreementSigned signed && !signed.signatories().isEmpty()
                          ? new RecordedEvent(a, e.sequence(), e.recordedAt(), new LifecycleEvent.AgreementSigned(signed.agreement(), Set.of(), signed.on()))
                          : e)
              .toList();
        }

      };
    }
  }

  static class ForgetsEveryHundredth extends MutantTck {
    @Override
    protected EventStore newStore() {
      return new Mutant() {
        @Override
        public List<RecordedEvent> read(AllianceId a, long from, int max) {
          List<RecordedEvent> events = new ArrayList<>(inner.read(a, from, max));
          events.removeIf(e -> e.sequence() % 100 == 99);
          return events;
        }

        @Override
        public long sequence(AllianceId a) {
          return inner.sequence(a);
        }

      };
    }
  }

  private static void pause() {
    try {
      Thread.sleep(1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static List<RecordedEvent> renumber(List<RecordedEvent> events, long by) {
    return events.stream().map(e -> new RecordedEvent(e.alliance(), e.sequence() + by, e.recordedAt(), e.event())).toList();
  }

  private static List<RecordedEvent> relabel(List<RecordedEvent> events, AllianceId alliance) {
    return events.stream().map(e -> new RecordedEvent(alliance, e.sequence(), e.recordedAt(), e.event())).toList();
  }
}
