package dev.alliance.core.statemachine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.api.command.LifecycleCommand;
import dev.alliance.api.command.Rejection;
import dev.alliance.api.event.LifecycleEvent.AllianceProposed;
import dev.alliance.api.event.LifecycleEvent.MissionCompleted;
import dev.alliance.api.event.LifecycleEvent.NegotiationsOpened;
import dev.alliance.api.event.LifecycleEvent.OperationsStarted;
import dev.alliance.api.event.LifecycleEvent.ReviewOpened;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The table type on a small lifecycle of its own: a light that is off, on, or broken for good. */
class TransitionTableTest {
  enum Light {
    OFF,
    ON,
    BROKEN,
    UNREACHABLE
  }

  private static final LocalDate DAY = LocalDate.of(2020, 1, 1);
  private static final Guard<Integer, Object> POWERED =
      Guard.of(new Rule("light.needs-power", "the power is above zero"), (power, event) -> power > 0 ? Optional.empty() : Optional.of("power is " + power));
  private static final Guard<Integer, Object> NOT_OVERLOADED =
      Guard.of(new Rule("light.not-overloaded", "the power is at most 10"), (power, event) -> power <= 10 ? Optional.empty() : Optional.of("power is " + power));

  private static TransitionTable.Builder<Light, Integer> described() {
    return TransitionTable.<Light, Integer>builder(Light.class, "light", "Light lifecycle")
        .describe(Light.OFF, "off")
        .describe(Light.ON, "on")
        .describe(Light.BROKEN, "broken")
        .describe(Light.UNREACHABLE, "never reached")
        .terminal(Light.BROKEN);
  }

  private static final TransitionTable<Light, Integer> LIGHT =
      described()
          .initial(AllianceProposed.class, Light.OFF)
          .by(LifecycleCommand.ProposeAlliance.class)
          .means("installed")
          .on(OperationsStarted.class)
          .from(Light.OFF)
          .to(Light.ON)
          .by(LifecycleCommand.StartOperations.class)
          .guard(POWERED)
          .guard(NOT_OVERLOADED)
          .means("switched on")
          .on(ReviewOpened.class)
          .from(Light.OFF, Light.ON)
          .stay()
          .by(LifecycleCommand.OpenReview.class)
          .means("inspected")
          .on(MissionCompleted.class)
          .from(Light.ON)
          .to(Light.BROKEN)
          .automatic(power -> new MissionCompleted(DAY))
          .guard(Guard.of(new Rule("light.burns-out", "the power exceeds 100"), (power, event) -> power > 100 ? Optional.empty() : Optional.of("fine")))
          .means("burns out")
          .build();

  @Test
  void findsRowsAndTargets() {
    assertEquals(Optional.of(Light.OFF), LIGHT.target(Optional.empty(), AllianceProposed.class));
    assertEquals(Optional.of(Light.ON), LIGHT.target(Optional.of(Light.OFF), OperationsStarted.class));
    assertEquals(Optional.of(Light.ON), LIGHT.target(Optional.of(Light.ON), ReviewOpened.class), "stay() keeps the state");
    assertEquals(Optional.empty(), LIGHT.target(Optional.of(Light.ON), OperationsStarted.class));
    assertTrue(LIGHT.knows(ReviewOpened.class));
    assertEquals(false, LIGHT.knows(NegotiationsOpened.class));
    assertEquals(5, LIGHT.transitions().size());
  }

  @Test
  void appliesTheGeneralRulesThenTheRowThenItsGuardsInOrder() {
    assertEquals(Optional.empty(), LIGHT.check(Optional.empty(), new AllianceProposed("L", typology(), List.of(), dev.alliance.api.objective.Scope.empty(), DAY), 1, "the light"));
    assertRule("light.unknown", LIGHT.check(Optional.empty(), new OperationsStarted(DAY), 1, "the light"));
    assertRule("light.already-exists", LIGHT.checkSubject(Optional.of(Light.ON), AllianceProposed.class, "the light"));
    assertRule("light.terminal-state", LIGHT.check(Optional.of(Light.BROKEN), new ReviewOpened("look", DAY), 1, "the light"));
    Optional<Rejection> notAllowed = LIGHT.check(Optional.of(Light.ON), new OperationsStarted(DAY), 1, "the light");
    assertRule("light.transition-not-allowed", notAllowed);
    assertEquals("the light is ON; OperationsStarted is allowed from OFF", notAllowed.get().reason());
    assertRule("light.needs-power", LIGHT.check(Optional.of(Light.OFF), new OperationsStarted(DAY), 0, "the light"));
    assertRule("light.not-overloaded", LIGHT.check(Optional.of(Light.OFF), new OperationsStarted(DAY), 11, "the light"));
    assertEquals(Optional.empty(), LIGHT.check(Optional.of(Light.OFF), new OperationsStarted(DAY), 5, "the light"));
    assertThrows(IllegalArgumentException.class, () -> LIGHT.check(Optional.of(Light.OFF), new NegotiationsOpened(DAY), 5, "the light"));
  }

  @Test
  void automaticRowsFireOnlyWhenTheirGuardsHold() {
    List<Transition<Light, Integer>> automatic = LIGHT.automaticFrom(Light.ON);
    assertEquals(1, automatic.size());
    assertEquals(Optional.empty(), automatic.get(0).fire(100));
    assertEquals(Optional.of(new MissionCompleted(DAY)), automatic.get(0).fire(101));
    assertEquals(List.of(), LIGHT.automaticFrom(Light.OFF));
  }

  @Test
  void reachableStatesFollowTheRowsFromTheFirstEvent() {
    assertEquals(EnumSet.of(Light.OFF, Light.ON, Light.BROKEN), LIGHT.reachableStates());
  }

  @Test
  void aTableThatContradictsItselfIsNotBuilt() {
    assertThrows(
        IllegalStateException.class,
        () -> TransitionTable.<Light, Integer>builder(Light.class, "light", "Light").initial(AllianceProposed.class, Light.OFF).by(Object.class).means("x").build(),
        "states without descriptions");
    IllegalStateException twice =
        assertThrows(
            IllegalStateException.class,
            () -> described().initial(AllianceProposed.class, Light.OFF).by(Object.class).means("x")
                .on(OperationsStarted.class).from(Light.OFF).to(Light.ON).by(Object.class).means("a")
                .on(OperationsStarted.class).from(Light.OFF).to(Light.BROKEN).by(Object.class).means("b")
                .build());
    assertTrue(twice.getMessage().contains("two rows for OFF --OperationsStarted--> "), twice.getMessage());
    IllegalStateException terminal =
        assertThrows(
            IllegalStateException.class,
            () -> described().initial(AllianceProposed.class, Light.OFF).by(Object.class).means("x")
                .on(OperationsStarted.class).from(Light.BROKEN).to(Light.ON).by(Object.class).means("repaired")
                .build());
    assertTrue(terminal.getMessage().contains("leaves the terminal state BROKEN"), terminal.getMessage());
    assertThrows(
        IllegalStateException.class,
        () -> described().on(OperationsStarted.class).from(Light.OFF).to(Light.ON).by(Object.class).means("a").build(),
        "no first event");
    assertThrows(
        IllegalStateException.class,
        () -> described().on(OperationsStarted.class).from(Light.OFF).to(Light.ON).means("neither a command nor automatic"));
    assertThrows(
        IllegalStateException.class,
        () -> described().on(OperationsStarted.class).to(Light.ON).by(Object.class).means("no source state"));
    assertThrows(IllegalStateException.class, () -> described().initial(AllianceProposed.class, Light.OFF).from(Light.ON));
    assertThrows(dev.alliance.api.InvalidValueException.class, () -> TransitionTable.builder(Light.class, "Not A Name", "t"));
  }

  @Test
  void rendersEveryRowAndRule() {
    String mermaid = TableDiagrams.mermaid(LIGHT);
    assertEquals(
        "stateDiagram-v2\n"
            + "    [*] --> OFF: AllianceProposed\n"
            + "    OFF --> ON: OperationsStarted\n"
            + "    OFF --> OFF: ReviewOpened\n"
            + "    ON --> ON: ReviewOpened\n"
            + "    ON --> BROKEN: MissionCompleted (automatic)\n"
            + "    BROKEN --> [*]\n",
        mermaid);
    String dot = TableDiagrams.dot(LIGHT);
    assertTrue(dot.contains("  ON -> BROKEN [label=\"MissionCompleted (automatic)\", style=dashed];\n"), dot);
    assertTrue(dot.contains("  BROKEN [peripheries=2];\n"), dot);
    String markdown = TableDiagrams.markdown(LIGHT);
    assertTrue(markdown.contains("| `OFF`, `ON` | `ReviewOpened` | (unchanged) | `OpenReview` |  | inspected |"), markdown);
    assertTrue(markdown.contains("| `OFF` | `OperationsStarted` | `ON` | `StartOperations` | `light.needs-power`, `light.not-overloaded` | switched on |"), markdown);
    assertEquals(
        List.of("light.unknown", "light.already-exists", "light.terminal-state", "light.transition-not-allowed", "light.needs-power", "light.not-overloaded", "light.burns-out"),
        TableDiagrams.rules(LIGHT).stream().map(Rule::id).toList());
    assertEquals("light-lifecycle", TableDiagrams.slug(LIGHT.title()));
  }

  private static void assertRule(String rule, Optional<Rejection> rejection) {
    assertTrue(rejection.isPresent(), "expected a rejection by " + rule);
    assertEquals(rule, rejection.get().rule(), rejection.get().toString());
  }

  private static dev.alliance.api.typology.Typology typology() {
    return dev.alliance.testkit.LifecycleFixtures.typology(dev.alliance.api.typology.Lifespan.permanent());
  }
}
