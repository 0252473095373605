package dev.alliance.core.lifecycle;

import static dev.alliance.core.lifecycle.ScriptRun.ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

import dev.alliance.api.agreement.Agreement;
import dev.alliance.api.agreement.ExitClause;
import dev.alliance.api.alliance.Alliance;
import dev.alliance.api.alliance.Member;
import dev.alliance.api.command.MembershipCommand;
import dev.alliance.api.event.AllianceEvent;
import dev.alliance.api.event.LifecycleEvent;
import dev.alliance.api.event.MembershipEvent;
import dev.alliance.api.event.RecordedEvent;
import dev.alliance.api.lifecycle.AllianceState;
import dev.alliance.api.lifecycle.MembershipState;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.statemachine.Transition;
import dev.alliance.testkit.CommandGenerators;
import dev.alliance.testkit.SealedHierarchy;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Properties of the lifecycle engine over random command scripts that mix valid and invalid
 * commands ({@link CommandGenerators#scripts}). The transition tables serve as the oracle: every
 * accepted event must be a row of a table, from the state the entity was in, to the state the row
 * names.
 */
class LifecycleProperties {

  @Test
  void acceptedCommandsOnlyTakeTransitionsTheTablesAllow() {
    qt().forAll(CommandGenerators.scripts(ID))
        .checkAssert(
            script -> {
              for (ScriptRun.Step step : ScriptRun.of(script).steps) {
                if (!step.result().isAccepted()) {
                  continue;
                }
                AllianceLifecycle state = step.before();
                List<RecordedEvent> events = step.result().recorded();
                for (int i = 0; i < events.size(); i++) {
                  AllianceEvent event = events.get(i).event();
                  AllianceLifecycle next = state.apply(events.get(i));
                  boolean primary = i == 0;
                  assertAllowedByAllianceTable(state, next, event, primary ? step.command().getClass() : null);
                  assertAllowedByMembershipTable(state, next, event);
                  state = next;
                }
                assertEquals(step.after(), state);
              }
            });
  }

  /**
   * Applying events one at a time, command by command, keeping every intermediate state, ends where
   * folding the whole stream at once ends; and applying an event never alters the state it was
   * applied to (each intermediate state still equals the fold of its prefix afterwards).
   */
  @Test
  void foldingTheWholeStreamEqualsApplyingItsEventsOneByOne() {
    qt().forAll(CommandGenerators.scripts(ID))
        .checkAssert(
            script -> {
              ScriptRun run = ScriptRun.of(script);
              List<AllianceLifecycle> states = new java.util.ArrayList<>(List.of(AllianceLifecycle.empty(ID)));
              for (ScriptRun.Step step : run.steps) {
                AllianceLifecycle state = states.get(states.size() - 1);
                for (RecordedEvent event : step.result().recorded()) {
                  state = state.apply(event);
                  states.add(state);
                }
                assertEquals(step.after(), state, () -> "after " + step.command());
              }
              List<RecordedEvent> history = run.history();
              assertEquals(states.get(states.size() - 1), AllianceLifecycle.replay(ID, history));
              for (int i = 0; i < states.size(); i++) {
                assertEquals(AllianceLifecycle.replay(ID, history.subList(0, i)), states.get(i), "state #" + i + " changed");
              }
              assertEquals(states.get(states.size() - 1).toAlliance(), run.engine.alliance(ID));
            });
  }

  @Test
  void replayingAPrefixGivesTheStateAsOfThatPoint() {
    qt().forAll(CommandGenerators.scripts(ID))
        .checkAssert(
            script -> {
              ScriptRun run = ScriptRun.of(script);
              List<RecordedEvent> history = run.history();
              for (ScriptRun.Step step : run.steps) {
                AllianceLifecycle after = step.after();
                int n = (int) after.sequence();
                assertEquals(after, AllianceLifecycle.replay(ID, history.subList(0, n)));
                assertEquals(after, run.engine.lifecycleAtSequence(ID, n));
                if (n > 0) {
                  assertEquals(after, run.engine.lifecycleAt(ID, history.get(n - 1).recordedAt()));
                }
              }
              for (int i = 1; i < history.size(); i++) {
                assertFalse(
                    history.get(i).event().on().isBefore(history.get(i - 1).event().on()), "the stream reads in date order");
              }
              for (RecordedEvent event : history) {
                LocalDate day = event.event().on();
                long upTo = history.stream().filter(e -> !e.event().on().isAfter(day)).count();
                assertEquals(AllianceLifecycle.replay(ID, history.subList(0, (int) upTo)), run.engine.lifecycleOn(ID, day));
              }
            });
  }

  @Test
  void aRejectedCommandEmitsNothingAndChangesNothing() {
    qt().forAll(CommandGenerators.scripts(ID))
        .checkAssert(
            script -> {
              for (ScriptRun.Step step : ScriptRun.of(script).steps) {
                if (!step.result().isAccepted()) {
                  assertTrue(step.result().recorded().isEmpty());
                  assertEquals(step.before(), step.after(), () -> step.command() + " was rejected but changed the state");
                }
              }
            });
  }

  @Test
  void nothingLeavesATerminalState() {
    qt().forAll(CommandGenerators.scripts(ID))
        .checkAssert(
            script -> {
              for (ScriptRun.Step step : ScriptRun.of(script).steps) {
                if (step.before().state().filter(AllianceState::isTerminal).isPresent()) {
                  assertEquals(step.before().state(), step.after().state(), () -> step.command() + " left a terminal state");
                  assertEquals("alliance.terminal-state", step.result().rejection().orElseThrow().rule());
                }
                for (Member member : step.before().members()) {
                  if (member.state().isTerminal()) {
                    assertEquals(Optional.of(member), step.after().member(member.id()), member.id() + " left a terminal state");
                  }
                }
              }
            });
  }

  @Test
  void aWithdrawnOrExpelledMemberCanNoLongerAct() {
    qt().forAll(CommandGenerators.scripts(ID))
        .checkAssert(
            script -> {
              for (ScriptRun.Step step : ScriptRun.of(script).steps) {
                for (Member member : step.after().members()) {
                  if (member.state() == MembershipState.WITHDRAWN || member.state() == MembershipState.EXPELLED) {
                    assertFalse(member.canVote(), member.id() + " votes");
                    assertFalse(member.state().canAct(), member.id() + " acts");
                    assertFalse(member.isParty(), member.id() + " is still bound");
                    assertTrue(member.leftOn().isPresent(), member.id() + " has no leaving day");
                  }
                }
                if (step.command() instanceof MembershipCommand command
                    && step.before().membershipState(command.partner()).filter(MembershipState::isTerminal).isPresent()) {
                  assertFalse(step.result().isAccepted(), command + " was accepted for a member that left");
                }
              }
            });
  }

  /** Operating needs two parties; the engine keeps it so, and the api view always validates. */
  @Test
  void anAllianceInOperationAlwaysHasTwoPartiesAndAValidView() {
    qt().forAll(CommandGenerators.scripts(ID))
        .checkAssert(
            script -> {
              for (ScriptRun.Step step : ScriptRun.of(script).steps) {
                AllianceLifecycle after = step.after();
                long parties = after.members().stream().filter(Member::isParty).count();
                assertEquals(parties, after.parties(), "the party count matches the members");
                Optional<AllianceState> state = after.state();
                if (state.filter(s -> s == AllianceState.OPERATING || s == AllianceState.UNDER_REVIEW).isPresent()) {
                  assertTrue(parties >= 2, () -> state.get() + " with " + parties + " parties");
                }
                Optional<Alliance> view = after.toAlliance();
                assertEquals(state, view.map(Alliance::state));
                view.ifPresent(alliance -> assertEquals(parties, alliance.parties().size()));
              }
            });
  }

  /** The effective date of a withdrawal is computed from the exit clause, and the member stays until it. */
  @Test
  void withdrawalsTakeEffectNoEarlierThanTheirComputedDate() {
    qt().forAll(CommandGenerators.scripts(ID))
        .checkAssert(
            script -> {
              for (ScriptRun.Step step : ScriptRun.of(script).steps) {
                for (RecordedEvent recorded : step.result().recorded()) {
                  if (recorded.event() instanceof MembershipEvent.WithdrawalNoticeGiven notice) {
                    Period period = step.before().agreement().flatMap(Agreement::exit).map(ExitClause::noticePeriod).orElseThrow();
                    assertEquals(notice.on().plus(period), notice.effectiveOn());
                  }
                  if (recorded.event() instanceof MembershipEvent.WithdrawalTookEffect took) {
                    LocalDate effective = step.before().withdrawalEffectiveOn(took.partner()).orElseThrow();
                    assertFalse(took.on().isBefore(effective), "took effect before " + effective);
                    assertEquals(Optional.of(effective), step.after().member(took.partner()).orElseThrow().leftOn());
                  }
                }
              }
            });
  }

  /**
   * Every state of both lifecycles, and every event type, is reached by the engine from generated
   * scripts: the tables have no dead rows and the guards block no row for good. A fixed seed keeps
   * this coverage check deterministic.
   */
  @Test
  void everyStateAndEveryEventIsReachable() {
    Set<AllianceState> alliance = EnumSet.noneOf(AllianceState.class);
    Set<MembershipState> membership = EnumSet.noneOf(MembershipState.class);
    Set<Class<?>> events = new HashSet<>();
    qt().withFixedSeed(20261124L)
        .withExamples(Math.max(200, Integer.getInteger("QT_EXAMPLES", 200)))
        .forAll(CommandGenerators.scripts(ID))
        .checkAssert(
            script -> {
              for (ScriptRun.Step step : ScriptRun.of(script).steps) {
                step.after().state().ifPresent(alliance::add);
                step.after().members().forEach(m -> membership.add(m.state()));
                step.result().recorded().forEach(e -> events.add(e.event().getClass()));
              }
            });
    assertEquals(EnumSet.allOf(AllianceState.class), alliance);
    assertEquals(EnumSet.allOf(MembershipState.class), membership);
    Set<String> missing = new TreeSet<>();
    // Scripts exercise the alliance and membership tables; proposals, contributions, disputes and relations have their own scripts and properties.
    List<Class<?>> lifecycleEvents = new java.util.ArrayList<>(SealedHierarchy.leaves(LifecycleEvent.class));
    lifecycleEvents.addAll(SealedHierarchy.leaves(MembershipEvent.class));
    lifecycleEvents.stream().filter(t -> !events.contains(t)).forEach(t -> missing.add(t.getSimpleName()));
    assertEquals(Set.of(), missing, "event types never emitted");
    assertEquals(EnumSet.allOf(AllianceState.class), LifecycleTables.alliance().reachableStates());
    assertEquals(EnumSet.allOf(MembershipState.class), LifecycleTables.membership().reachableStates());
  }

  private static void assertAllowedByAllianceTable(
      AllianceLifecycle state, AllianceLifecycle next, AllianceEvent event, Class<?> command) {
    Class<?> type = event.getClass();
    if (!LifecycleTables.alliance().knows(type)) {
      assertEquals(state.state(), next.state(), type.getSimpleName() + " moved the alliance");
      if (command != null) {
        assertTrue(event instanceof MembershipEvent, "a lifecycle command emitted " + type.getSimpleName());
      }
      return;
    }
    Optional<Transition<AllianceState, Situation>> row = LifecycleTables.alliance().find(state.state(), type);
    if (row.isEmpty()) {
      fail("the alliance table has no row " + state.state().map(Enum::name).orElse("[*]") + " --" + type.getSimpleName() + "-->");
    }
    assertEquals(Optional.of(row.get().to()), next.state());
    if (command == null) {
      assertTrue(row.get().isAutomatic(), type.getSimpleName() + " followed another event but is not automatic");
    } else {
      assertEquals(Optional.of(command), row.get().command(), "the row is asked for by another command");
    }
  }

  private static void assertAllowedByMembershipTable(AllianceLifecycle state, AllianceLifecycle next, AllianceEvent event) {
    Set<PartnerId> moved = new HashSet<>();
    if (event instanceof MembershipEvent membership) {
      moved.add(membership.partner());
    } else if (event instanceof LifecycleEvent.AgreementSigned signed) {
      moved.addAll(signed.signatories());
    }
    for (PartnerId partner : moved) {
      Optional<MembershipState> before = state.membershipState(partner);
      var row = LifecycleTables.membership().find(before, event.getClass());
      assertTrue(row.isPresent(), () -> "the membership table has no row from " + before + " for " + event);
      assertEquals(Optional.of(row.get().to()), next.membershipState(partner));
    }
    for (Member member : state.members()) {
      if (!moved.contains(member.id())) {
        assertEquals(Optional.of(member.state()), next.membershipState(member.id()), member.id() + " moved without an event");
      }
    }
  }
}
