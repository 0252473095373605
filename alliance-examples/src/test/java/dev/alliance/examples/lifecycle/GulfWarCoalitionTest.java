package dev.alliance.examples.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alliance.api.event.AllianceEvent;
import dev.alliance.api.event.LifecycleEvent;
import dev.alliance.api.event.RecordedEvent;
import dev.alliance.api.lifecycle.AllianceState;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The coalition completed when its core objective was met, on the day of the ceasefire, and stayed ended. */
class GulfWarCoalitionTest {
  private final Chronicle coalition = new GulfWarCoalition().chronicle();

  @Test
  void itOperatedUntilTheCeasefire() {
    assertEquals(Optional.of(AllianceState.OPERATING), coalition.on(GulfWarCoalition.CEASEFIRE.minusDays(1)).state());
    assertEquals(Optional.of(new BigDecimal("100")), coalition.on(GulfWarCoalition.GROUND_OFFENSIVE).measurement(GulfWarCoalition.LIBERATE_KUWAIT));
  }

  @Test
  void meetingItsOnlyCoreObjectiveCompletedItInTheSameCommand() {
    List<RecordedEvent> history = coalition.history();
    List<AllianceEvent> last = history.subList(history.size() - 2, history.size()).stream().map(RecordedEvent::event).toList();
    assertEquals(
        List.of(
            new LifecycleEvent.ObjectiveMeasured(GulfWarCoalition.LIBERATE_KUWAIT, BigDecimal.ZERO, GulfWarCoalition.CEASEFIRE),
            new LifecycleEvent.MissionCompleted(GulfWarCoalition.CEASEFIRE)),
        last);
    assertEquals(Optional.of(AllianceState.COMPLETED), coalition.now().state());
    assertEquals(Optional.of(GulfWarCoalition.CEASEFIRE), coalition.now().endedOn());
  }

  @Test
  void afterwardsItAcceptedNoCommand() {
    List<Chronicle.Refusal> refusals = coalition.refusals();
    assertEquals(1, refusals.size());
    assertEquals("alliance.terminal-state", refusals.get(0).rejection().rule());
    assertEquals(6, coalition.now().parties(), "its members were not expelled: the coalition simply ended");
  }
}
