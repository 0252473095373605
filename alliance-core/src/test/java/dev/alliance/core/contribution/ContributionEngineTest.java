package dev.alliance.core.contribution;

import static dev.alliance.core.contribution.Run.ID;
import static dev.alliance.testkit.LifecycleFixtures.partnerId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.api.InvalidValueException;
import dev.alliance.api.command.CommandResult;
import dev.alliance.api.command.ContributionCommand.AssessArrears;
import dev.alliance.api.command.ContributionCommand.CommitContribution;
import dev.alliance.api.command.ContributionCommand.DeliverContribution;
import dev.alliance.api.command.LifecycleCommand;
import dev.alliance.api.command.MembershipCommand;
import dev.alliance.api.contribution.CommitmentId;
import dev.alliance.api.contribution.Contribution;
import dev.alliance.api.contribution.ContributionKind;
import dev.alliance.api.contribution.ContributionStatus;
import dev.alliance.api.contribution.Valuation;
import dev.alliance.api.event.ContributionEvent;
import dev.alliance.api.event.RecordedEvent;
import dev.alliance.api.governance.DecisionReference;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.typology.Lifespan;
import dev.alliance.core.exact.Rational;
import dev.alliance.testkit.LifecycleFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Commitments, deliveries, arrears and fulfillment on one stream, with hand-checked figures. */
class ContributionEngineTest {
  private static final LocalDate D0 = LocalDate.of(2024, 1, 2);
  private static final PartnerId P0 = partnerId(0);
  private static final PartnerId P1 = partnerId(1);
  private static final PartnerId P2 = partnerId(2);
  private static final CommitmentId C0 = CommitmentId.of("dues-2024-P0");
  private static final CommitmentId C1 = CommitmentId.of("dues-2024-P1");
  private static final CommitmentId C2 = CommitmentId.of("dues-2024-P2");

  private final Run run = operating();

  private static Run operating() {
    Run run = new Run();
    LifecycleFixtures.formAndOperate(ID, 3, D0, LifecycleFixtures.typology(Lifespan.permanent()), LifecycleFixtures.agreement(Period.ofDays(90)))
        .forEach(run::handle);
    return run;
  }

  private static CommitContribution dues(CommitmentId id, PartnerId partner, String amount, LocalDate due, LocalDate on) {
    return new CommitContribution(ID, id, partner, ContributionKind.CAPITAL, "annual dues", Valuation.of(amount, "EUR"), due, on);
  }

  private static DeliverContribution pay(CommitmentId id, String amount, LocalDate on) {
    return new DeliverContribution(ID, id, Valuation.of(amount, "EUR"), on);
  }

  private static String rule(CommandResult result) {
    return result.rejection().orElseThrow(() -> new AssertionError("accepted: " + result)).rule();
  }

  private void commitAll() {
    LocalDate due = LocalDate.of(2024, 3, 31);
    assertTrue(run.handle(dues(C0, P0, "500.00", due, D0)).isAccepted());
    assertTrue(run.handle(dues(C1, P1, "300.00", due, D0)).isAccepted());
    assertTrue(run.handle(dues(C2, P2, "200.00", due, D0)).isAccepted());
  }

  /**
   * P0 pays in full on time, P1 pays 100.00 of 300.00 and falls into arrears by 200.00 on 1 April,
   * P2 pays nothing. On 2 April: delivered 600.00 of 1000.00 (ratio 3/5); 400.00 in arrears.
   */
  @Test
  void arrearsAreTheUndeliveredPartOfCommitmentsWhoseDueDatePassed() {
    commitAll();
    run.handle(pay(C0, "500.00", LocalDate.of(2024, 3, 1)));
    run.handle(pay(C1, "100.00", LocalDate.of(2024, 3, 31)));
    LocalDate april2 = LocalDate.of(2024, 4, 2);
    ContributionLedger ledger = run.ledger();
    assertEquals(List.of(C1, C2), ledger.arrears(april2).stream().map(Commitment::id).toList());
    assertEquals(List.of(), ledger.arrears(LocalDate.of(2024, 3, 31)), "the due date itself is still on time");

    Fulfillment all = ledger.fulfillment("EUR", april2).orElseThrow();
    assertEquals(new BigDecimal("1000.00"), all.committed());
    assertEquals(new BigDecimal("600.00"), all.delivered());
    assertEquals(new BigDecimal("400.00"), all.inArrears());
    assertEquals(Rational.of(3, 5), all.ratio());
    assertEquals(Optional.of(Rational.of(1, 3)), all.onTimeRate(), "one of three due commitments met on time");

    Fulfillment p1 = ledger.fulfillment(P1, "EUR", april2).orElseThrow();
    assertEquals(Rational.of(1, 3), p1.ratio());
    assertEquals(new BigDecimal("200.00"), p1.inArrears());
    assertEquals(1, p1.overdue());
    assertEquals(Optional.empty(), ledger.fulfillment(P1, "USD", april2));
  }

  @Test
  void assessingRecordsEachMissedCommitmentOnceWithItsShortfall() {
    commitAll();
    run.handle(pay(C1, "100.00", LocalDate.of(2024, 3, 31)));
    LocalDate april2 = LocalDate.of(2024, 4, 2);
    CommandResult assessed = run.handle(new AssessArrears(ID, april2));
    assertEquals(
        List.of(
            new ContributionEvent.CommitmentMissed(C0, P0, LocalDate.of(2024, 3, 31), Valuation.of("500.00", "EUR"), april2),
            new ContributionEvent.CommitmentMissed(C1, P1, LocalDate.of(2024, 3, 31), Valuation.of("200.00", "EUR"), april2),
            new ContributionEvent.CommitmentMissed(C2, P2, LocalDate.of(2024, 3, 31), Valuation.of("200.00", "EUR"), april2)),
        assessed.recorded().stream().map(RecordedEvent::event).toList());
    CommandResult again = run.handle(new AssessArrears(ID, LocalDate.of(2024, 5, 1)));
    assertEquals("arrears.something-to-assess", rule(again));
    assertEquals("on 2024-05-01 no commitment is in arrears without a record (3 in arrears, all recorded)", again.rejection().get().reason());
    assertEquals("arrears.something-to-assess", rule(run.handle(new AssessArrears(ID, LocalDate.of(2024, 5, 1)))));
  }

  /**
   * Nobody assessed P1's arrears; its first delivery after the due date records the miss (with the
   * balance outstanding before it) ahead of the delivery, and the later assessment has nothing
   * left to record for it: every late commitment carries exactly one miss.
   */
  @Test
  void aLateDeliveryRecordsTheMissFirstWhenNoAssessmentDid() {
    commitAll();
    CommandResult late = run.handle(pay(C1, "100.00", LocalDate.of(2024, 4, 10)));
    assertEquals(
        List.of(
            new ContributionEvent.CommitmentMissed(C1, P1, LocalDate.of(2024, 3, 31), Valuation.of("300.00", "EUR"), LocalDate.of(2024, 4, 10)),
            new ContributionEvent.ContributionDelivered(C1, P1, Valuation.of("100.00", "EUR"), LocalDate.of(2024, 4, 10))),
        late.recorded().stream().map(RecordedEvent::event).toList());
    CommandResult assessed = run.handle(new AssessArrears(ID, LocalDate.of(2024, 4, 11)));
    assertTrue(
        assessed.recorded().stream().map(RecordedEvent::event).noneMatch(e -> e instanceof ContributionEvent.CommitmentMissed m && m.commitment().equals(C1)),
        "C1's miss was recorded once already");
    CommandResult rest = run.handle(pay(C1, "200.00", LocalDate.of(2024, 4, 12)));
    assertEquals(
        List.of(
            new ContributionEvent.ContributionDelivered(C1, P1, Valuation.of("200.00", "EUR"), LocalDate.of(2024, 4, 12)),
            new ContributionEvent.CommitmentFulfilled(C1, P1, LocalDate.of(2024, 3, 31), true, LocalDate.of(2024, 4, 12))),
        rest.recorded().stream().map(RecordedEvent::event).toList());
  }

  @Test
  void theDeliveryThatCompletesACommitmentRecordsItsFulfillmentOnTimeOrLate() {
    commitAll();
    CommandResult onTime = run.handle(pay(C0, "500.00", LocalDate.of(2024, 3, 31)));
    assertEquals(
        new ContributionEvent.CommitmentFulfilled(C0, P0, LocalDate.of(2024, 3, 31), false, LocalDate.of(2024, 3, 31)),
        onTime.recorded().get(1).event());
    run.handle(new AssessArrears(ID, LocalDate.of(2024, 4, 1)));
    run.handle(pay(C1, "250.00", LocalDate.of(2024, 4, 15)));
    CommandResult late = run.handle(pay(C1, "50.00", LocalDate.of(2024, 5, 1)));
    assertEquals(
        List.of(
            new ContributionEvent.ContributionDelivered(C1, P1, Valuation.of("50.00", "EUR"), LocalDate.of(2024, 5, 1)),
            new ContributionEvent.CommitmentFulfilled(C1, P1, LocalDate.of(2024, 3, 31), true, LocalDate.of(2024, 5, 1))),
        late.recorded().stream().map(RecordedEvent::event).toList());
    Commitment c1 = run.ledger().commitment(C1).orElseThrow();
    assertEquals(CommitmentStatus.FULFILLED_LATE, c1.statusOn(LocalDate.of(2024, 5, 1)));
    assertEquals(Optional.of(LocalDate.of(2024, 4, 1)), c1.missedOn());
    Fulfillment p1 = run.ledger().fulfillment(P1, "EUR", LocalDate.of(2024, 5, 1)).orElseThrow();
    assertEquals(Rational.ONE, p1.ratio());
    assertEquals(1, p1.fulfilledLate());
    assertEquals(Optional.of(Rational.ZERO), p1.onTimeRate());
  }

  @Test
  void deliveriesMustFitTheCommitment() {
    commitAll();
    assertEquals("contribution.commitment-exists", rule(run.handle(pay(CommitmentId.of("nope"), "1.00", D0))));
    assertEquals("contribution.same-unit", rule(run.handle(new DeliverContribution(ID, C0, Valuation.of("1.00", "USD"), D0))));
    CommandResult tooMuch = run.handle(pay(C2, "200.01", D0));
    assertEquals("contribution.delivery-within-balance", rule(tooMuch));
    assertEquals("the delivery of 200.01 EUR exceeds dues-2024-P2's outstanding 200.00 EUR", tooMuch.rejection().get().reason());
    run.handle(pay(C2, "200.00", D0));
    CommandResult done = run.handle(pay(C2, "1.00", D0));
    assertEquals("contribution.commitment-open", rule(done));
    assertEquals("dues-2024-P2 was delivered in full on 2024-01-02", done.rejection().get().reason());
  }

  @Test
  void onlyMembersInGoodStandingCommitButEveryDebtorMayPay() {
    commitAll();
    assertEquals("contribution.commitment-id-unique", rule(run.handle(dues(C0, P1, "1.00", D0, D0))));
    CommandResult stranger = run.handle(dues(CommitmentId.of("x"), partnerId(7), "1.00", D0, D0));
    assertEquals("contribution.contributor-may-act", rule(stranger));
    assertEquals("P7 is not a member of alliance-under-test", stranger.rejection().get().reason());

    LocalDate may = LocalDate.of(2024, 5, 1);
    run.handle(new MembershipCommand.SuspendMember(ID, P2, "arrears", DecisionReference.of("council decision 1"), may));
    CommandResult suspended = run.handle(dues(CommitmentId.of("more-P2"), P2, "1.00", may, may));
    assertEquals("P2's membership is SUSPENDED; only a MEMBER or a WITHDRAWING member may commit", suspended.rejection().get().reason());
    assertTrue(run.handle(pay(C2, "200.00", may)).isAccepted(), "a suspended member pays its arrears");

    run.handle(new MembershipCommand.GiveWithdrawalNotice(ID, P1, may));
    assertTrue(run.handle(dues(CommitmentId.of("wind-down-P1"), P1, "10.00", may, may)).isAccepted(), "a withdrawing member still acts");
    run.handle(new MembershipCommand.CompleteWithdrawal(ID, P1, may.plusDays(90)));
    assertEquals("contribution.contributor-may-act", rule(run.handle(dues(CommitmentId.of("after-P1"), P1, "1.00", may.plusDays(90), may.plusDays(90)))));
    assertTrue(run.handle(pay(C1, "300.00", may.plusDays(91))).isAccepted(), "a withdrawn member settles what it owes");
  }

  @Test
  void contributionsNeedAnAllianceInForceAndFollowTheStreamsChronology() {
    Run young = new Run();
    young.handle(new LifecycleCommand.ProposeAlliance(ID, "Young", LifecycleFixtures.typology(Lifespan.permanent()), List.of(), dev.alliance.api.objective.Scope.empty(), D0));
    CommandResult early = young.handle(dues(C0, P0, "1.00", D0, D0));
    assertEquals("contribution.alliance-in-force", rule(early));
    assertEquals("the alliance is PROPOSED; CommitContribution needs it formed and not ended", early.rejection().get().reason());
    assertEquals("contribution.alliance-in-force", rule(new Run().handle(new AssessArrears(ID, D0))));

    commitAll();
    assertEquals("chronology.not-before-last-act", rule(run.handle(pay(C0, "1.00", D0.minusDays(1)))));
    assertEquals("chronology.not-in-the-future", rule(run.handle(pay(C0, "1.00", LocalDate.of(2401, 1, 1)))));

    LocalDate end = LocalDate.of(2025, 1, 1);
    run.handle(new LifecycleCommand.DecideDissolution(ID, "done", DecisionReference.of("council decision 9"), end));
    assertTrue(run.handle(pay(C0, "500.00", end)).isAccepted(), "debts are settled during the wind-down");
    run.handle(new LifecycleCommand.CompleteDissolution(ID, end.plusDays(90)));
    assertEquals("contribution.alliance-in-force", rule(run.handle(pay(C1, "300.00", end.plusDays(90)))));
  }

  @Test
  void aRejectedCommandRecordsNothing() {
    commitAll();
    long before = run.log.sequence(ID);
    run.handle(pay(C0, "9999.00", D0));
    assertEquals(before, run.log.sequence(ID));
  }

  @Test
  void theLedgerCanBeReadAsOfAnyDayOrSequenceNumber() {
    long formed = run.log.sequence(ID);
    commitAll();
    run.handle(pay(C0, "200.00", LocalDate.of(2024, 2, 1)));
    run.handle(pay(C0, "300.00", LocalDate.of(2024, 3, 1)));
    ContributionLedger february = run.contributions.ledgerOn(ID, LocalDate.of(2024, 2, 15));
    assertEquals(Valuation.of("200.00", "EUR"), february.commitment(C0).orElseThrow().delivered());
    assertEquals(Valuation.of("500.00", "EUR"), run.ledger().commitment(C0).orElseThrow().delivered());
    assertEquals(List.of(), run.contributions.ledgerAtSequence(ID, formed).commitments());
    assertEquals(List.of(C0), run.contributions.ledgerAtSequence(ID, formed + 1).commitments().stream().map(Commitment::id).toList());
    InvalidValueException tooEarly = assertThrows(InvalidValueException.class, () -> run.ledger().arrears(LocalDate.of(2024, 2, 15)));
    assertEquals("ContributionLedger.asOf", tooEarly.field());
  }

  @Test
  void commitmentsAreApiContributionsForWeightingVotes() {
    commitAll();
    run.handle(pay(C1, "100.00", LocalDate.of(2024, 2, 1)));
    List<Contribution> p1 = run.ledger().contributions().stream().filter(c -> c.contributor().equals(P1)).toList();
    assertEquals(2, p1.size());
    assertEquals(ContributionStatus.DELIVERED, p1.get(0).status());
    assertEquals(Valuation.of("100.00", "EUR"), p1.get(0).valuation());
    assertEquals(ContributionStatus.COMMITTED, p1.get(1).status());
    assertEquals(Valuation.of("200.00", "EUR"), p1.get(1).valuation());
  }

  @Test
  void aStreamThatContradictsTheLedgerIsCorrupt() {
    ContributionLedger empty = ContributionLedger.empty(ID);
    RecordedEvent stray =
        new RecordedEvent(ID, 1, Run.TODAY, new ContributionEvent.ContributionDelivered(C0, P0, Valuation.of("1", "EUR"), D0));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> empty.apply(stray));
    assertEquals(
        "alliance-under-test: ContributionDelivered of dues-2024-P0 contradicts the ledger (no such commitment): the stream is corrupt",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> empty.apply(new RecordedEvent(ID, 2, Run.TODAY, stray.event())));
  }
}
