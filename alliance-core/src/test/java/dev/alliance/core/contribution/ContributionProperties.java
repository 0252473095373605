package dev.alliance.core.contribution;

import static dev.alliance.core.contribution.Run.ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.alliance.api.command.ContributionCommand;
import dev.alliance.api.event.ContributionEvent;
import dev.alliance.api.event.RecordedEvent;
import dev.alliance.core.lifecycle.AllianceLifecycle;
import dev.alliance.testkit.ContributionGenerators;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Invariants of the contribution ledger over random scripts that mix lifecycle, membership and
 * contribution commands on one stream (including broken ones): replay equals applying events one
 * by one, a rejected command records nothing, the books balance, and the ledger as of a day is the
 * fold of the stream's prefix up to that day.
 */
class ContributionProperties {

  @Test
  void replayingTheStreamEqualsApplyingItsEventsOneByOne() {
    qt().forAll(ContributionGenerators.scripts(ID))
        .checkAssert(
            script -> {
              Run run = Run.of(script);
              List<RecordedEvent> history = run.history();
              ContributionLedger stepwise = ContributionLedger.empty(ID);
              for (RecordedEvent event : history) {
                stepwise = stepwise.apply(event);
              }
              assertEquals(ContributionLedger.replay(ID, history), stepwise);
              assertEquals(run.ledger(), stepwise, "the engine's incremental ledger is the replay");
              for (Run.Step step : run.steps) {
                if (step.result().isAccepted()) {
                  ContributionLedger next = step.before();
                  for (RecordedEvent event : step.result().recorded()) {
                    next = next.apply(event);
                  }
                  assertEquals(step.after(), next);
                }
              }
            });
  }

  @Test
  void aRejectedCommandChangesNothingAndNamesAKnownRule() {
    Set<String> rules = new HashSet<>();
    ContributionRules.all().forEach(rule -> rules.add(rule.id()));
    qt().forAll(ContributionGenerators.scripts(ID))
        .checkAssert(
            script -> {
              for (Run.Step step : Run.of(script).steps) {
                if (!step.result().isAccepted()) {
                  assertEquals(step.before(), step.after(), step.command().toString());
                  if (step.command() instanceof ContributionCommand) {
                    assertTrue(rules.contains(step.result().rejection().orElseThrow().rule()), step.result().toString());
                  }
                }
              }
            });
  }

  /**
   * Every commitment's deliveries add up to what the ledger says was delivered, never more than
   * committed; a commitment is fulfilled exactly when nothing is outstanding, and then by a
   * delivery on the day of its fulfillment event; a miss is recorded only after the due date and
   * with the shortfall of that day; and the alliance's figures are the sum of its partners'.
   */
  @Test
  void theBooksBalance() {
    qt().forAll(ContributionGenerators.scripts(ID))
        .checkAssert(
            script -> {
              Run run = Run.of(script);
              Map<Object, BigDecimal> delivered = new HashMap<>();
              for (RecordedEvent recorded : run.history()) {
                if (recorded.event() instanceof ContributionEvent.ContributionDelivered d) {
                  delivered.merge(d.commitment(), d.amount().amount(), BigDecimal::add);
                }
                if (recorded.event() instanceof ContributionEvent.CommitmentMissed m) {
                  assertTrue(m.on().isAfter(m.dueOn()));
                }
              }
              ContributionLedger ledger = run.ledger();
              for (Commitment c : ledger.commitments()) {
                BigDecimal paid = delivered.getOrDefault(c.id(), BigDecimal.ZERO);
                assertEquals(0, paid.compareTo(c.delivered().amount()), c.toString());
                assertTrue(paid.compareTo(c.amount().amount()) <= 0, c.toString());
                assertEquals(c.outstanding().amount().signum() == 0, c.isFulfilled(), c.toString());
                c.missedOn().ifPresent(missed -> assertTrue(missed.isAfter(c.dueOn())));
              }
              Optional<LocalDate> last = ledger.lastActOn();
              if (last.isPresent()) {
                LocalDate day = last.get().plusDays(1);
                for (Map.Entry<String, List<Fulfillment>> unit : ledger.fulfillments(day).entrySet()) {
                  Fulfillment first = unit.getValue().get(0);
                  Fulfillment total =
                      unit.getValue().stream().skip(1).reduce(
                          new Fulfillment(Optional.empty(), first.unit(), day, first.committed(), first.delivered(), first.inArrears(),
                              first.commitments(), first.fulfilledOnTime(), first.fulfilledLate(), first.overdue()),
                          Fulfillment::plus);
                  assertEquals(ledger.fulfillment(unit.getKey(), day).orElseThrow(), total);
                  BigDecimal arrears = ledger.arrears(day).stream()
                      .filter(c -> c.unit().equals(unit.getKey()))
                      .map(c -> c.outstanding().amount())
                      .reduce(BigDecimal.ZERO, BigDecimal::add);
                  assertEquals(0, arrears.compareTo(total.inArrears()));
                }
              }
            });
  }

  @Test
  void theLedgerAsOfADayIsTheFoldOfTheStreamUpToThatDay() {
    qt().forAll(ContributionGenerators.scripts(ID))
        .checkAssert(
            script -> {
              Run run = Run.of(script);
              List<RecordedEvent> history = run.history();
              for (RecordedEvent cut : history) {
                LocalDate day = cut.event().on();
                ContributionLedger prefix = ContributionLedger.replay(ID, history.stream().takeWhile(e -> !e.event().on().isAfter(day)).toList());
                assertEquals(prefix, run.contributions.ledgerOn(ID, day));
              }
            });
  }

  @Test
  void contributionEventsNeverMoveTheLifecycle() {
    qt().forAll(ContributionGenerators.scripts(ID))
        .checkAssert(
            script -> {
              AllianceLifecycle state = AllianceLifecycle.empty(ID);
              for (RecordedEvent event : Run.of(script).history()) {
                AllianceLifecycle next = state.apply(event);
                if (event.event() instanceof ContributionEvent) {
                  assertEquals(state.state(), next.state());
                  assertEquals(state.members(), next.members());
                }
                state = next;
              }
            });
  }

  /** The generated scripts reach every event type and every status, so the properties above see them. */
  @Test
  void scriptsReachEveryContributionEventAndStatus() {
    Set<Class<?>> events = new HashSet<>();
    Set<CommitmentStatus> statuses = EnumSet.noneOf(CommitmentStatus.class);
    Set<String> rejections = new HashSet<>();
    qt().withFixedSeed(20261124L)
        .withExamples(200)
        .forAll(ContributionGenerators.scripts(ID))
        .checkAssert(
            script -> {
              Run run = Run.of(script);
              run.history().forEach(e -> events.add(e.event().getClass()));
              run.ledger().lastActOn().ifPresent(day -> run.ledger().commitments().forEach(c -> statuses.add(c.statusOn(day.plusDays(1)))));
              run.steps.stream().filter(s -> s.command() instanceof ContributionCommand).forEach(
                  s -> s.result().rejection().ifPresent(r -> rejections.add(r.rule())));
            });
    assertTrue(events.containsAll(Set.of(
        ContributionEvent.CommitmentMade.class, ContributionEvent.ContributionDelivered.class,
        ContributionEvent.CommitmentMissed.class, ContributionEvent.CommitmentFulfilled.class)), events.toString());
    assertEquals(EnumSet.allOf(CommitmentStatus.class), statuses);
    Set<String> all = new HashSet<>();
    ContributionRules.all().forEach(rule -> all.add(rule.id()));
    assertEquals(all, rejections);
    assertFalse(rejections.isEmpty());
  }
}
