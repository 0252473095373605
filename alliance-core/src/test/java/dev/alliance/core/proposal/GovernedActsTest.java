package dev.alliance.core.proposal;

import static dev.alliance.core.proposal.Chamber.D0;
import static dev.alliance.core.proposal.Chamber.ID;
import static dev.alliance.core.proposal.Chamber.id;
import static dev.alliance.core.proposal.Chamber.p;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.api.agreement.Agreement;
import dev.alliance.api.alliance.Role;
import dev.alliance.api.command.LifecycleCommand;
import dev.alliance.api.command.MembershipCommand;
import dev.alliance.api.command.ProposalCommand;
import dev.alliance.api.event.AllianceEvent;
import dev.alliance.api.event.LifecycleEvent;
import dev.alliance.api.event.MembershipEvent;
import dev.alliance.api.event.ProposalEvent;
import dev.alliance.api.event.RecordedEvent;
import dev.alliance.api.governance.Decision;
import dev.alliance.api.governance.DecisionProcedure;
import dev.alliance.api.governance.DecisionRule;
import dev.alliance.api.governance.Governance;
import dev.alliance.api.governance.IssueArea;
import dev.alliance.api.governance.Threshold;
import dev.alliance.api.governance.Vote;
import dev.alliance.api.lifecycle.AllianceState;
import dev.alliance.api.lifecycle.MembershipState;
import dev.alliance.api.lifecycle.ProposalState;
import dev.alliance.api.proposal.Motion;
import dev.alliance.api.proposal.Verdict;
import dev.alliance.core.lifecycle.AllianceLifecycle;
import dev.alliance.core.lifecycle.DecisionGate;
import dev.alliance.testkit.LifecycleFixtures;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The governed acts of the lifecycle going through real votes end to end, with the gate that
 * accepts only adopted proposals: accession by unanimity, amendment, suspension and dissolution;
 * a crisis body deciding alone; members joining a vote in progress; and the procedure fixed when a
 * vote opens, whatever the governance becomes.
 */
class GovernedActsTest {
  private static final LocalDate D1 = D0.plusDays(1);
  private static final LocalDate D2 = D0.plusDays(2);

  /** Unanimity on membership, two thirds of the members for amendment, a simple majority for the rest. */
  private static final Governance GOVERNANCE =
      Governance.builder()
          .defaultProcedure(DecisionProcedure.of(DecisionRule.simpleMajority()))
          .putProcedures(IssueArea.MEMBERSHIP, DecisionProcedure.of(DecisionRule.unanimity()))
          .putProcedures(
              IssueArea.AMENDMENT,
              DecisionProcedure.of(DecisionRule.qualifiedMajority(Threshold.atLeast(2, 3), dev.alliance.api.governance.Base.ALL_MEMBERS)))
          .build();

  @Test
  void accessionNeedsEveryMembersYesAndThenAdmitsTheCandidate() {
    Chamber chamber = Chamber.of(4, GOVERNANCE);
    chamber.accept(new MembershipCommand.InviteMember(ID, LifecycleFixtures.partner(4), Role.MEMBER, D0));
    chamber.accept(new MembershipCommand.BeginAccession(ID, p(4), D0));
    chamber.table("admit-p4", IssueArea.MEMBERSHIP, Motion.admit(p(4)), D0);
    chamber.vote("admit-p4", "YYY", D0);
    assertEquals(ProposalState.OPEN, chamber.proposal("admit-p4").state(), "unanimity waits for the last member");
    assertEquals(Decision.OPEN, chamber.proposal("admit-p4").standing().orElseThrow().decision());

    MembershipCommand.AdmitMember admit = new MembershipCommand.AdmitMember(ID, p(4), id("admit-p4").toReference(), D1);
    chamber.reject(admit, "governance.proposal-not-adopted");
    List<AllianceEvent> last = chamber.vote("admit-p4", "---Y", D2);
    assertTrue(last.get(1) instanceof ProposalEvent.ProposalAdopted, "the last yes adopts it in the same step");
    Verdict verdict = chamber.proposal("admit-p4").verdict().orElseThrow();
    assertFalse(((Verdict.ByBallots) verdict).isEarly(), "unanimity never decides before every ballot is in");

    chamber.accept(new MembershipCommand.AdmitMember(ID, p(4), id("admit-p4").toReference(), D2));
    assertEquals(Optional.of(MembershipState.MEMBER), chamber.state().membershipState(p(4)));
    assertEquals(Optional.of(D2), chamber.proposal("admit-p4").carriedOutOn());
    chamber.reject(new MembershipCommand.AdmitMember(ID, p(4), id("admit-p4").toReference(), D2), "membership.transition-not-allowed");
  }

  @Test
  void oneNoEndsAnAccessionAtOnce() {
    Chamber chamber = Chamber.of(4, GOVERNANCE);
    chamber.accept(new MembershipCommand.InviteMember(ID, LifecycleFixtures.partner(4), Role.MEMBER, D0));
    chamber.accept(new MembershipCommand.BeginAccession(ID, p(4), D0));
    chamber.table("admit-p4", IssueArea.MEMBERSHIP, Motion.admit(p(4)), D0);
    List<AllianceEvent> recorded = chamber.vote("admit-p4", "-N", D0);
    Verdict.ByBallots verdict = (Verdict.ByBallots) ((ProposalEvent.ProposalRejected) recorded.get(1)).verdict();
    assertTrue(verdict.isEarly());
    assertEquals(List.of(p(0), p(2), p(3)), verdict.standing().missing());
    chamber.reject(new MembershipCommand.AdmitMember(ID, p(4), id("admit-p4").toReference(), D0), "governance.proposal-not-adopted");
  }

  @Test
  void anAmendmentTakesEffectOnlyAsAdopted() {
    Chamber chamber = Chamber.of(3, GOVERNANCE);
    Agreement amended = LifecycleFixtures.agreement(Period.ofDays(90), GOVERNANCE).withTitle("Test Treaty, second edition");
    chamber.accept(new LifecycleCommand.OpenReview(ID, "periodic review", D0));
    chamber.table("amend", IssueArea.AMENDMENT, Motion.amend(amended), D0);
    chamber.vote("amend", "Y", D0);
    assertEquals(ProposalState.OPEN, chamber.proposal("amend").state(), "one of three is short of two thirds of the members");
    chamber.vote("amend", "-Y", D1);
    assertEquals(ProposalState.ADOPTED, chamber.proposal("amend").state(), "two of three members: adopted whatever P2 does");

    chamber.reject(
        new LifecycleCommand.AmendAgreement(ID, amended.withTitle("Test Treaty, quietly edited"), id("amend").toReference(), D1),
        "governance.proposal-for-another-act");
    chamber.accept(new LifecycleCommand.AmendAgreement(ID, amended, id("amend").toReference(), D1));
    assertEquals(Optional.of(amended), chamber.state().agreement());
  }

  @Test
  void suspensionAndResumptionOfOperationsAndOfAMemberGoThroughVotes() {
    Chamber chamber = Chamber.of(3, GOVERNANCE);
    chamber.table("halt", IssueArea.SUSPENSION, new Motion.SuspendOperations(), D0);
    chamber.vote("halt", "YY", D0);
    chamber.accept(new LifecycleCommand.SuspendOperations(ID, "external shock", id("halt").toReference(), D0));
    assertEquals(Optional.of(AllianceState.SUSPENDED), chamber.state().state());
    chamber.reject(new LifecycleCommand.ResumeOperations(ID, id("halt").toReference(), D1), "governance.proposal-for-another-act");
    chamber.table("resume", IssueArea.SUSPENSION, new Motion.ResumeOperations(), D1);
    chamber.vote("resume", "YNY", D1);
    chamber.accept(new LifecycleCommand.ResumeOperations(ID, id("resume").toReference(), D1));
    assertEquals(Optional.of(AllianceState.OPERATING), chamber.state().state());

    chamber.table("suspend-p2", IssueArea.MEMBERSHIP, new Motion.SuspendMember(p(2)), D2);
    chamber.vote("suspend-p2", "YYY", D2);
    chamber.accept(new MembershipCommand.SuspendMember(ID, p(2), "arrears", id("suspend-p2").toReference(), D2));
    assertEquals(Optional.of(MembershipState.SUSPENDED), chamber.state().membershipState(p(2)));
  }

  @Test
  void dissolutionGoesThroughAVote() {
    Chamber chamber = Chamber.of(3, GOVERNANCE);
    chamber.table("dissolve", IssueArea.DISSOLUTION, new Motion.Dissolve(), D0, D0.plusDays(14));
    chamber.vote("dissolve", "YN", D0);
    assertEquals(ProposalState.OPEN, chamber.proposal("dissolve").state());
    chamber.accept(new ProposalCommand.CloseVote(ID, id("dissolve"), D0.plusDays(14)));
    assertEquals(ProposalState.REJECTED, chamber.proposal("dissolve").state(), "one yes, one no: no majority of the votes cast");
    assertTrue(chamber.proposal("dissolve").verdict().orElseThrow() instanceof Verdict.AtClose);

    chamber.table("dissolve-again", IssueArea.DISSOLUTION, new Motion.Dissolve(), D0.plusDays(20));
    chamber.vote("dissolve-again", "YY", D0.plusDays(20));
    chamber.accept(new LifecycleCommand.DecideDissolution(ID, "mission accomplished", id("dissolve-again").toReference(), D0.plusDays(20)));
    assertEquals(Optional.of(AllianceState.DISSOLVING), chamber.state().state());
  }

  @Test
  void aCrisisBodyDecidesAloneWhileTheCrisisLasts() {
    Chamber chamber = Chamber.of(3, ProposalRulesTest.GOVERNANCE);
    ProposalRulesTest.declareCrisis(chamber, D0);
    assertTrue(chamber.state().isInCrisis());
    chamber.accept(new ProposalCommand.DraftProposal(ID, id("halt"), "Halt operations", IssueArea.SUSPENSION, new Motion.SuspendOperations(), D0));
    chamber.accept(new ProposalCommand.OpenVote(ID, id("halt"), Optional.empty(), true, D0));
    Proposal halt = chamber.proposal("halt");
    assertTrue(halt.isCrisisVote());
    assertEquals(DecisionProcedure.of(DecisionRule.consensus()), halt.procedure().orElseThrow(), "the delegation's procedure, not the default");
    chamber.reject(chamber.ballot("halt", 2, Vote.NO, D0), "ballot.not-entitled");
    chamber.vote("halt", "YY", D0);
    assertEquals(ProposalState.ADOPTED, chamber.proposal("halt").state());
    chamber.accept(new LifecycleCommand.SuspendOperations(ID, "armed attack", id("halt").toReference(), D1));
    assertEquals(Optional.of(AllianceState.SUSPENDED), chamber.state().state());
  }

  @Test
  void membersWhoGainTheRightToVoteJoinAVoteInProgress() {
    Chamber chamber = Chamber.of(3, GOVERNANCE, DecisionGate.requireReference());
    chamber.accept(new MembershipCommand.InviteMember(ID, LifecycleFixtures.partner(3), Role.MEMBER, D0));
    chamber.accept(new MembershipCommand.BeginAccession(ID, p(3), D0));
    chamber.table("fund", IssueArea.MEMBERSHIP, Motion.resolution("fund the office"), D1);
    assertEquals(3, chamber.proposal("fund").electorate().orElseThrow().size(), "P3, acceding, cannot vote yet");
    chamber.vote("fund", "YY", D1);
    chamber.accept(new MembershipCommand.AdmitMember(ID, p(3), dev.alliance.api.governance.DecisionReference.of("council decision"), D1));
    Proposal fund = chamber.proposal("fund");
    assertEquals(4, fund.electorate().orElseThrow().size(), "P3 joined the vote in progress");
    assertEquals(ProposalState.OPEN, fund.state(), "joining decides nothing");
    chamber.vote("fund", "--Y", D2);
    assertEquals(ProposalState.OPEN, chamber.proposal("fund").state(), "unanimity now waits for P3 too");
    chamber.vote("fund", "---Y", D2);
    assertEquals(ProposalState.ADOPTED, chamber.proposal("fund").state());
    assertEquals(4, chamber.proposal("fund").verdict().orElseThrow().outcome().count().yes());
  }

  @Test
  void aVoteKeepsTheProcedureItOpenedUnderWhenTheGovernanceIsAmended() {
    Chamber chamber = Chamber.of(3, GOVERNANCE);
    chamber.table("levy", IssueArea.BUDGET, Motion.resolution("levy"), D0);
    chamber.vote("levy", "Y", D0);
    Governance unanimous = GOVERNANCE.withDefaultProcedure(DecisionProcedure.of(DecisionRule.unanimity()));
    Agreement amended = LifecycleFixtures.agreement(Period.ofDays(30), unanimous).withTitle("Test Treaty, unanimous");
    chamber.accept(new LifecycleCommand.OpenReview(ID, "review", D1));
    chamber.table("amend", IssueArea.AMENDMENT, Motion.amend(amended), D1);
    chamber.vote("amend", "YY", D1);
    chamber.accept(new LifecycleCommand.AmendAgreement(ID, amended, id("amend").toReference(), D1));
    assertEquals(DecisionProcedure.of(DecisionRule.unanimity()), chamber.state().governance().procedureFor(IssueArea.BUDGET));

    chamber.vote("levy", "-Y", D2);
    assertEquals(ProposalState.ADOPTED, chamber.proposal("levy").state(), "decided by the simple majority it opened under");
    assertEquals(DecisionProcedure.of(DecisionRule.simpleMajority()), chamber.proposal("levy").procedure().orElseThrow());
  }

  @Test
  void replayingTheStreamRebuildsEveryProposal() {
    Chamber chamber = Chamber.of(3, GOVERNANCE);
    chamber.table("a", IssueArea.BUDGET, Motion.resolution("a"), D0, D0.plusDays(3));
    chamber.vote("a", "YN", D0);
    chamber.table("b", IssueArea.MEMBERSHIP, Motion.resolution("b"), D1);
    chamber.vote("b", "N", D1);
    chamber.accept(new ProposalCommand.CloseVote(ID, id("a"), D0.plusDays(3)));
    List<RecordedEvent> history = chamber.engine.history(ID);
    AllianceLifecycle replayed = AllianceLifecycle.replay(ID, history);
    assertEquals(chamber.state(), replayed);
    assertEquals(chamber.state().proposals().all(), replayed.proposals().all());
    assertEquals(
        Map.of("a", ProposalState.REJECTED, "b", ProposalState.REJECTED),
        Map.of("a", replayed.proposal(id("a")).orElseThrow().state(), "b", replayed.proposal(id("b")).orElseThrow().state()));
    assertTrue(history.stream().anyMatch(e -> e.event() instanceof LifecycleEvent.AgreementSigned));
    assertTrue(history.stream().noneMatch(e -> e.event() instanceof MembershipEvent.MemberAdmitted));
  }
}
