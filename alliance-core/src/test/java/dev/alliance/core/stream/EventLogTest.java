package dev.alliance.core.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.alliance.api.InvalidValueException;
import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.event.AllianceEvent;
import dev.alliance.api.event.ConcurrencyConflictException;
import dev.alliance.api.event.LifecycleEvent;
import dev.alliance.api.event.RecordedEvent;
import dev.alliance.testkit.EventGenerators;
import dev.alliance.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Numbering, stamping, optimistic concurrency and reading of the in-memory event log. */
class EventLogTest {
  private static final AllianceId NATO = AllianceId.of("nato");
  private static final Instant T0 = Instant.parse("1949-04-04T12:00:00Z");
  private static final AllianceEvent OPENED = new LifecycleEvent.NegotiationsOpened(LocalDate.of(1948, 7, 6));

  @Test
  void numbersEventsFromOneWithoutGapsAndStampsEachAppendWithTheClock() {
    MutableClock clock = MutableClock.at(T0);
    EventLog log = EventLog.inMemory(clock);
    List<RecordedEvent> first = log.append(NATO, 0, List.of(OPENED, OPENED));
    clock.advance(Duration.ofHours(1));
    List<RecordedEvent> second = log.append(NATO, 2, List.of(OPENED));
    assertEquals(List.of(new RecordedEvent(NATO, 1, T0, OPENED), new RecordedEvent(NATO, 2, T0, OPENED)), first);
    assertEquals(List.of(new RecordedEvent(NATO, 3, T0.plusSeconds(3600), OPENED)), second);
    assertEquals(3, log.sequence(NATO));
    assertEquals(second, log.read(NATO, 3));
    assertEquals(List.of(), log.read(NATO, 4));
    assertEquals(List.of(), log.read(AllianceId.of("unknown"), 1));
    assertEquals(Set.of(NATO), log.alliances());
  }

  @Test
  void acceptsEveryEventFamily() {
    EventLog log = EventLog.inMemory(MutableClock.at(T0));
    List<AllianceEvent> samples = EventGenerators.samples();
    assertEquals(samples, log.append(NATO, 0, samples).stream().map(RecordedEvent::event).toList());
  }

  @Test
  void instantsNeverGoBackwardsWithinAStream() {
    MutableClock clock = MutableClock.at(T0);
    EventLog log = EventLog.inMemory(clock);
    log.append(NATO, 0, List.of(OPENED));
    clock.setTo(T0.minusSeconds(60));
    assertEquals(T0, log.append(NATO, 1, List.of(OPENED)).get(0).recordedAt());
  }

  @Test
  void aWriterThatMissedAnAppendIsStopped() {
    EventLog log = EventLog.inMemory(MutableClock.at(T0));
    log.append(NATO, 0, List.of(OPENED));
    ConcurrencyConflictException conflict = assertThrows(ConcurrencyConflictException.class, () -> log.append(NATO, 0, List.of(OPENED)));
    assertEquals(0, conflict.expectedSequence());
    assertEquals(1, conflict.actualSequence());
    assertEquals(NATO, conflict.alliance());
    assertEquals("alliance nato: expected the stream to end at sequence 0, it ends at 1", conflict.getMessage());
    assertThrows(ConcurrencyConflictException.class, () -> log.append(AllianceId.of("new"), 3, List.of(OPENED)));
    assertEquals(Set.of(NATO), log.alliances(), "a failed append creates no stream");
    assertThrows(InvalidValueException.class, () -> log.append(NATO, -1, List.of(OPENED)));
    assertThrows(InvalidValueException.class, () -> log.read(NATO, 0));
  }

  /** Writers that retry on conflict never lose an event nor number two alike. */
  @Test
  void concurrentWritersKeepTheStreamGapFree() throws Exception {
    EventLog log = EventLog.inMemory(MutableClock.ticking(T0, Duration.ofMillis(1)));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> writers = new ArrayList<>();
      for (int w = 0; w < 4; w++) {
        writers.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 250; i++) {
                    while (true) {
                      try {
                        log.append(NATO, log.sequence(NATO), List.of(OPENED));
                        break;
                      } catch (ConcurrencyConflictException retry) {
                        // another writer got there first: read the new end and try again
                      }
                    }
                  }
                }));
      }
      for (Future<?> writer : writers) {
        writer.get();
      }
    } finally {
      pool.shutdown();
    }
    List<RecordedEvent> stream = log.read(NATO, 1);
    assertEquals(1000, stream.size());
    for (int i = 0; i < stream.size(); i++) {
      assertEquals(i + 1, stream.get(i).sequence());
      if (i > 0) {
        assertEquals(false, stream.get(i).recordedAt().isBefore(stream.get(i - 1).recordedAt()));
      }
    }
  }
}
