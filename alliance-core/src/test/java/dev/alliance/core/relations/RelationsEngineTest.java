package dev.alliance.core.relations;

import static dev.alliance.core.relations.Forum.D0;
import static dev.alliance.core.relations.Forum.ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.api.agreement.DisputeResolutionClause;
import dev.alliance.api.agreement.DisputeStage;
import dev.alliance.api.agreement.EscalationStep;
import dev.alliance.api.agreement.UnresolvedConsequence;
import dev.alliance.api.command.DisputeCommand.DecideDispute;
import dev.alliance.api.command.DisputeCommand.DeclareUnresolved;
import dev.alliance.api.command.DisputeCommand.EscalateDispute;
import dev.alliance.api.command.DisputeCommand.ExitWithoutNotice;
import dev.alliance.api.command.DisputeCommand.RaiseDispute;
import dev.alliance.api.command.DisputeCommand.SettleDispute;
import dev.alliance.api.command.DisputeCommand.WithdrawDispute;
import dev.alliance.api.command.MembershipCommand;
import dev.alliance.api.command.Rejection;
import dev.alliance.api.command.RelationsCommand.RecordRelationsEvent;
import dev.alliance.api.dispute.DisputeId;
import dev.alliance.api.dispute.DisputeState;
import dev.alliance.api.dispute.Respondent;
import dev.alliance.api.event.MembershipEvent;
import dev.alliance.api.event.RelationsEvent;
import dev.alliance.api.governance.DecisionReference;
import dev.alliance.api.lifecycle.MembershipState;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.dispute.Dispute;
import dev.alliance.core.dispute.DisputeBook;
import dev.alliance.core.dispute.Remedy;
import dev.alliance.core.trust.ObservationExtractor;
import dev.alliance.testkit.RelationsGenerators;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Disputes and relations events through the engine, on an alliance of P0, P1 and P2 whose clause
 * is WTO-style: direct negotiation 60 days, arbitration 9 months, court 90 days, no skipping.
 */
class RelationsEngineTest {
  static final PartnerId P0 = PartnerId.of("P0");
  static final PartnerId P1 = PartnerId.of("P1");
  static final PartnerId P2 = PartnerId.of("P2");
  static final DisputeId D = DisputeId.of("D1");

  private static Forum wto() {
    return new Forum(RelationsGenerators.wtoStyleClause(), 3);
  }

  private static RaiseDispute raise(LocalDate on) {
    return new RaiseDispute(ID, D, P1, Respondent.member(P0), "subsidies", on);
  }

  @Test
  void aDisputeClimbsItsLadderOnlyInOrderAndOnlyWhenTheTimeLimitHasRun() {
    Forum forum = wto();
    forum.accept(raise(D0.plusDays(10)));
    Dispute raised = forum.relations.disputes(ID).get(D).orElseThrow();
    assertEquals(DisputeStage.DIRECT_NEGOTIATION, raised.stage());
    assertEquals(D0.plusDays(70), raised.deadline(), "raised on day 10, 60 days of consultations");
    Rejection early = forum.refuse(new EscalateDispute(ID, D, P1, DisputeStage.ARBITRATION, false, "no progress", D0.plusDays(69)), "dispute.time-limit-must-run");
    assertEquals(
        "dispute.time-limit-must-run: D1 entered DIRECT_NEGOTIATION on 2000-01-11; its time limit runs until 2000-03-11, and 2000-03-10 is"
            + " earlier without the agreement of both parties",
        early.toString());
    forum.refuse(new EscalateDispute(ID, D, P1, DisputeStage.COURT, false, "straight to court", D0.plusDays(70)), "dispute.ladder-order");
    forum.refuse(new EscalateDispute(ID, D, P2, DisputeStage.ARBITRATION, false, "meddling", D0.plusDays(70)), "dispute.escalated-by-a-party");
    forum.refuse(new DecideDispute(ID, D, "P0 must stop", Optional.of(P1), D0.plusDays(70)), "dispute.binding-stage-decides");
    forum.refuse(new DeclareUnresolved(ID, D, D0.plusDays(70)), "dispute.unresolved-at-last-stage");
    forum.accept(new EscalateDispute(ID, D, P1, DisputeStage.ARBITRATION, false, "consultations failed", D0.plusDays(70)));
    forum.refuse(new EscalateDispute(ID, D, P1, DisputeStage.DIRECT_NEGOTIATION, true, "back to talks", D0.plusDays(71)), "dispute.ladder-order");
    Dispute panel = forum.relations.disputes(ID).get(D).orElseThrow();
    assertEquals(DisputeStage.ARBITRATION, panel.stage());
    assertEquals(D0.plusDays(70).plusMonths(9), panel.deadline());
  }

  @Test
  void bothPartiesMayAgreeToEscalateBeforeTheTimeLimit() {
    Forum forum = wto();
    forum.accept(raise(D0));
    forum.accept(new EscalateDispute(ID, D, P0, DisputeStage.ARBITRATION, true, "both consider consultations failed", D0.plusDays(5)));
    Dispute d = forum.relations.disputes(ID).get(D).orElseThrow();
    assertTrue(d.steps().get(1).byAgreement());
    assertEquals(Optional.of(P0), d.steps().get(1).by());
  }

  @Test
  void aBindingStageDecidesAndAClosedDisputeAcceptsNoFurtherStep() {
    Forum forum = wto();
    forum.accept(raise(D0));
    forum.accept(new EscalateDispute(ID, D, P1, DisputeStage.ARBITRATION, false, "consultations failed", D0.plusDays(60)));
    forum.accept(new DecideDispute(ID, D, "the subsidies breach the agreement", Optional.of(P1), D0.plusDays(200)));
    Dispute decided = forum.relations.disputes(ID).get(D).orElseThrow();
    assertEquals(DisputeState.DECIDED, decided.state());
    assertEquals(Optional.of(P1), decided.ending().orElseThrow().prevailing());
    Rejection closed = forum.refuse(new SettleDispute(ID, D, "after all", D0.plusDays(201)), "dispute.terminal-state");
    assertEquals("dispute.terminal-state: dispute D1 is DECIDED, a terminal state: DisputeSettled cannot follow", closed.toString());
    forum.refuse(new RaiseDispute(ID, D, P1, Respondent.member(P0), "again", D0.plusDays(202)), "dispute.terminal-state");
    forum.refuse(new SettleDispute(ID, DisputeId.of("nope"), "terms", D0.plusDays(202)), "dispute.unknown");
  }

  @Test
  void disputesAreSettledOrWithdrawnOnlyByTheRightParties() {
    Forum forum = wto();
    forum.accept(raise(D0));
    forum.refuse(raise(D0), "dispute.already-exists");
    forum.refuse(new WithdrawDispute(ID, D, P0, "not mine to drop", D0.plusDays(1)), "dispute.withdrawn-by-complainant");
    forum.accept(new WithdrawDispute(ID, D, P1, "the measure was lifted", D0.plusDays(1)));
    assertEquals(DisputeState.WITHDRAWN, forum.relations.disputes(ID).get(D).orElseThrow().state());
    DisputeId second = DisputeId.of("D2");
    forum.accept(new RaiseDispute(ID, second, P2, Respondent.decision(DecisionReference.of("quota decision 7")), "the quota", D0.plusDays(2)));
    forum.accept(new SettleDispute(ID, second, "a revised quota", D0.plusDays(3)));
    assertEquals(List.of(), forum.relations.disputes(ID).open());
    assertEquals(2, forum.relations.disputes(ID).closed().size());
  }

  @Test
  void raisingNeedsPartiesTheFirstRungAndAnAgreementInForce() {
    Forum forum = wto();
    forum.refuse(new RaiseDispute(ID, D, P1, Respondent.member(P1), "itself", D0), "dispute.respondent-is-party");
    forum.refuse(new RaiseDispute(ID, D, PartnerId.of("X"), Respondent.member(P0), "stranger", D0), "dispute.complainant-is-party");
    forum.refuse(new RaiseDispute(ID, D, P1, Respondent.member(PartnerId.of("X")), "stranger", D0), "dispute.respondent-is-party");
    forum.refuse(new RaiseDispute(ID, D, P1, Respondent.member(P0), "skip", Optional.of(DisputeStage.COURT), D0), "dispute.starts-at-first-rung");
    forum.refuse(new RaiseDispute(ID, D, P1, Respondent.member(P0), "off the ladder", Optional.of(DisputeStage.MEDIATION), D0), "dispute.starts-at-first-rung");
    forum.refuse(raise(D0.minusDays(1)), "chronology.not-before-last-act");
    forum.refuse(raise(LocalDate.of(2400, 1, 2)), "chronology.not-in-the-future");
    Forum empty = new Forum(RelationsGenerators.wtoStyleClause(), 3);
    empty.accept(new dev.alliance.api.command.LifecycleCommand.DecideDissolution(ID, "done", DecisionReference.of("d"), D0));
    empty.accept(new dev.alliance.api.command.LifecycleCommand.CompleteDissolution(ID, D0.plusMonths(6)));
    empty.refuse(raise(D0.plusMonths(7)), "dispute.requires-agreement-in-force");
  }

  @Test
  void skippingIsAllowedWhereTheClauseAllowsIt() {
    DisputeResolutionClause skipping =
        new DisputeResolutionClause(RelationsGenerators.wtoStyleClause().ladder(), true, UnresolvedConsequence.STATUS_QUO);
    Forum forum = new Forum(skipping, 3);
    forum.accept(new RaiseDispute(ID, D, P1, Respondent.member(P0), "urgent", Optional.of(DisputeStage.ARBITRATION), D0));
    forum.accept(new EscalateDispute(ID, D, P0, DisputeStage.COURT, true, "appeal", D0.plusDays(1)));
    DisputeId other = DisputeId.of("D2");
    forum.accept(new RaiseDispute(ID, other, P2, Respondent.member(P0), "another", D0.plusDays(1)));
    forum.accept(new EscalateDispute(ID, other, P2, DisputeStage.COURT, false, "straight up", D0.plusDays(61)));
    assertEquals(List.of(DisputeStage.DIRECT_NEGOTIATION, DisputeStage.COURT), forum.relations.disputes(ID).get(other).orElseThrow().steps().stream().map(Dispute.Step::stage).toList());
  }

  @Test
  void anUnresolvedDisputeCarriesTheClausesConsequenceAndItsRemedy() {
    DisputeResolutionClause exit =
        new DisputeResolutionClause(
            List.of(EscalationStep.of(DisputeStage.DIRECT_NEGOTIATION, Period.ofDays(30)), EscalationStep.of(DisputeStage.MEDIATION, Period.ofDays(60))),
            false,
            UnresolvedConsequence.RIGHT_TO_EXIT);
    Forum forum = new Forum(exit, 3);
    forum.accept(raise(D0));
    forum.refuse(new ExitWithoutNotice(ID, D, P1, D0.plusDays(1)), "dispute.exit-requires-right");
    forum.accept(new EscalateDispute(ID, D, P1, DisputeStage.MEDIATION, false, "talks failed", D0.plusDays(30)));
    forum.refuse(new DeclareUnresolved(ID, D, D0.plusDays(89)), "dispute.unresolved-at-last-stage");
    forum.accept(new DeclareUnresolved(ID, D, D0.plusDays(90)));
    DisputeBook book = forum.relations.disputes(ID);
    Dispute d = book.get(D).orElseThrow();
    assertEquals(DisputeState.UNRESOLVED, d.state());
    assertEquals(Optional.of(UnresolvedConsequence.RIGHT_TO_EXIT), d.consequence());
    assertEquals(List.of(new Remedy.ExitWithoutNotice(D, P1)), book.remedies());
    forum.refuse(new ExitWithoutNotice(ID, D, P0, D0.plusDays(91)), "dispute.exit-requires-right");
    // The remedy's command: notice effective the same day, then the withdrawal completes at once.
    forum.accept(book.remedies().get(0).command(ID, D0.plusDays(91)).orElseThrow());
    assertEquals(
        new MembershipEvent.WithdrawalNoticeGiven(P1, D0.plusDays(91), D0.plusDays(91)),
        forum.log.read(ID, forum.log.sequence(ID)).get(0).event());
    forum.accept(new MembershipCommand.CompleteWithdrawal(ID, P1, D0.plusDays(91)));
    assertEquals(Optional.of(MembershipState.WITHDRAWN), forum.lifecycle.lifecycle(ID).membershipState(P1));
    forum.refuse(new ExitWithoutNotice(ID, D, P1, D0.plusDays(92)), "membership.terminal-state");
  }

  @Test
  void suspensionAndDissolutionRemediesNameTheLifecycleCommands() {
    DisputeResolutionClause suspend =
        new DisputeResolutionClause(List.of(EscalationStep.of(DisputeStage.ARBITRATION, Period.ofDays(30))), false, UnresolvedConsequence.SUSPENSION);
    Forum forum = new Forum(suspend, 3);
    forum.accept(raise(D0));
    forum.accept(new DeclareUnresolved(ID, D, D0.plusDays(30)));
    Remedy remedy = forum.relations.disputes(ID).remedies().get(0);
    assertEquals(new Remedy.SuspendRespondent(D, P0), remedy);
    forum.accept(remedy.command(ID, D0.plusDays(31)).orElseThrow());
    assertEquals(Optional.of(MembershipState.SUSPENDED), forum.lifecycle.lifecycle(ID).membershipState(P0));
    assertEquals(Optional.empty(), new Remedy.SuspendDecision(D, DecisionReference.of("x")).command(ID, D0));
    assertTrue(new Remedy.Dissolve(D).command(ID, D0).orElseThrow() instanceof dev.alliance.api.command.LifecycleCommand.DecideDissolution);
  }

  @Test
  void relationsEventsAreRecordedOnlyForPartiesAndFeedTrust() {
    Forum forum = wto();
    forum.refuse(
        new RecordRelationsEvent(ID, new RelationsEvent.ConsultationHeld(P0, Set.of(PartnerId.of("X")), "a stranger", D0)), "relations.names-parties");
    for (int i = 0; i < 4; i++) {
      forum.accept(new RecordRelationsEvent(ID, new RelationsEvent.UndertakingHonoured(P0, Set.of(P1), "pledge " + i, D0.plusDays(i))));
    }
    forum.accept(new RecordRelationsEvent(ID, new RelationsEvent.UnilateralActionTaken(P0, Set.of(P1, P2), "acted alone", D0.plusDays(10))));
    forum.refuse(
        new RecordRelationsEvent(ID, new RelationsEvent.ConsultationHeld(P0, Set.of(P1), "back-dated", D0.plusDays(9))), "chronology.not-before-last-act");
    // P1 saw four kept undertakings (r = 4, fading a little over 10 days) and one act without consultation (s = 3).
    double p1InP0 = forum.relations.trust(ID, P1, P0, D0.plusDays(10)).level();
    double r = (Math.pow(0.5, 10 / 730.0) + Math.pow(0.5, 9 / 730.0) + Math.pow(0.5, 8 / 730.0) + Math.pow(0.5, 7 / 730.0));
    assertEquals((r + 1) / (r + 3 + 2), p1InP0, 1e-12);
    assertEquals(1.0 / 5, forum.relations.trust(ID, P2, P0, D0.plusDays(10)).level(), 1e-12);
    assertEquals(0.5, forum.relations.trust(ID, P1, P0, D0.minusDays(1)).level(), 1e-12, "before anything happened");
    RelationsHealth health = forum.relations.health(ID, D0.plusDays(10));
    assertEquals(0, health.openDisputes());
    assertEquals(1.0, health.disputeCalm());
    // Six ordered pairs: P1 in P0 as above, P2 in P0 = 1/5, the other four strangers at 1/2.
    assertEquals((p1InP0 + 0.2 + 4 * 0.5) / 6, health.trust().getAsDouble(), 1e-12);
    assertTrue(health.lines().get(1).contains("lowest P2 in P0 0.200"), health.lines().toString());
  }

  @Test
  void healthCountsOpenDisputesAndExplainsThem() {
    Forum forum = wto();
    forum.accept(raise(D0));
    forum.accept(new RaiseDispute(ID, DisputeId.of("D2"), P2, Respondent.member(P1), "another", D0.plusDays(1)));
    RelationsHealth health = forum.relations.health(ID, D0.plusDays(100));
    assertEquals(2, health.openDisputes());
    assertEquals(1.0 / 3, health.disputeCalm(), 1e-15);
    assertEquals("  D1 P1 v P0: DIRECT_NEGOTIATION since 2000-01-01, open 100 days, time limit ran out on 2000-03-01", health.lines().get(1));
  }

  @Test
  void theStateIsTheFoldOfTheStreamAndAsOfADayIsAPrefix() {
    Forum forum = wto();
    forum.accept(raise(D0));
    forum.accept(new EscalateDispute(ID, D, P1, DisputeStage.ARBITRATION, false, "failed", D0.plusDays(60)));
    RelationsState replayed = RelationsState.replay(ID, forum.log.read(ID, 1), ObservationExtractor.standard());
    assertEquals(forum.relations.state(ID).disputes(), replayed.disputes());
    assertEquals(forum.relations.state(ID).lifecycle(), replayed.lifecycle());
    assertEquals(DisputeStage.DIRECT_NEGOTIATION, forum.relations.stateOn(ID, D0.plusDays(59)).disputes().get(D).orElseThrow().stage());
    RelationsEngine other = RelationsEngine.of(forum.log);
    assertEquals(forum.relations.disputes(ID), other.disputes(ID), "a second engine on the same log catches up");
  }

  @Test
  void aCorruptStreamIsRefusedByTheFold() {
    DisputeBook book = DisputeBook.empty();
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> book.apply(new dev.alliance.api.event.DisputeEvent.DisputeSettled(D, "terms", D0)));
    assertTrue(e.getMessage().contains("the stream is corrupt"), e.getMessage());
  }
}
