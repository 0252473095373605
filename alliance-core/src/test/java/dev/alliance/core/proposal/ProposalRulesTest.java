package dev.alliance.core.proposal;

import static dev.alliance.core.proposal.Chamber.D0;
import static dev.alliance.core.proposal.Chamber.ID;
import static dev.alliance.core.proposal.Chamber.id;
import static dev.alliance.core.proposal.Chamber.p;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.api.alliance.Role;
import dev.alliance.api.command.LifecycleCommand;
import dev.alliance.api.command.MembershipCommand;
import dev.alliance.api.command.ProposalCommand.CloseVote;
import dev.alliance.api.command.ProposalCommand.DraftProposal;
import dev.alliance.api.command.ProposalCommand.OpenVote;
import dev.alliance.api.command.ProposalCommand.WithdrawProposal;
import dev.alliance.api.command.Rejection;
import dev.alliance.api.event.AllianceEvent;
import dev.alliance.api.event.ProposalEvent;
import dev.alliance.api.governance.Body;
import dev.alliance.api.governance.BodyKind;
import dev.alliance.api.governance.CrisisDelegation;
import dev.alliance.api.governance.Decision;
import dev.alliance.api.governance.DecisionProcedure;
import dev.alliance.api.governance.DecisionReference;
import dev.alliance.api.governance.DecisionRule;
import dev.alliance.api.governance.Governance;
import dev.alliance.api.governance.IssueArea;
import dev.alliance.api.governance.Quorum;
import dev.alliance.api.governance.Threshold;
import dev.alliance.api.governance.Vote;
import dev.alliance.api.governance.WeightSource;
import dev.alliance.api.lifecycle.ProposalState;
import dev.alliance.api.partner.Measure;
import dev.alliance.api.proposal.Motion;
import dev.alliance.api.proposal.Verdict;
import dev.alliance.core.lifecycle.DecisionGate;
import dev.alliance.core.statemachine.TableDiagrams;
import dev.alliance.testkit.LifecycleFixtures;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * One example per rule of proposals: every general rule and guard of the proposal table, and every
 * rule of the gate that lets adopted proposals authorise acts. Each example is marked with its
 * rule; {@link #everyRuleHasAnExample()} checks that none is missing, including rules added later.
 */
class ProposalRulesTest {
  private static final LocalDate D1 = D0.plusDays(1);
  private static final LocalDate D7 = D0.plusDays(7);

  /**
   * Simple majority by default, unanimity to decide on membership, a quorum of two members on
   * operations, weights by population on the budget, and crisis authority over security and
   * suspension delegated to a standing group of P0 and P1, who decide by consensus.
   */
  static final Governance GOVERNANCE =
      Governance.builder()
          .defaultProcedure(DecisionProcedure.of(DecisionRule.simpleMajority()))
          .putProcedures(IssueArea.MEMBERSHIP, DecisionProcedure.of(DecisionRule.unanimity()))
          .putProcedures(IssueArea.OPERATIONS, DecisionProcedure.of(DecisionRule.consensus()).withQuorum(Quorum.ofMembers(2)))
          .putProcedures(
              IssueArea.BUDGET,
              DecisionProcedure.of(DecisionRule.weighted(WeightSource.ofMeasure(Measure.POPULATION), Threshold.moreThanHalf(), dev.alliance.api.governance.Base.VOTES_CAST)))
          .crisisDelegation(
              new CrisisDelegation(
                  new Body("Standing Group", BodyKind.STEERING_COMMITTEE, Set.of(p(0), p(1))),
                  Set.of(IssueArea.SECURITY, IssueArea.SUSPENSION),
                  DecisionProcedure.of(DecisionRule.consensus())))
          .build();

  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @interface RuleExample {
    String value();
  }

  @Test
  void everyRuleHasAnExample() {
    Set<String> rules = new TreeSet<>();
    TableDiagrams.rules(ProposalTables.proposal()).forEach(r -> rules.add(r.id()));
    ProposalTables.gateRules().forEach(r -> rules.add(r.id()));
    Set<String> shown = new TreeSet<>();
    for (Method method : getClass().getDeclaredMethods()) {
      RuleExample example = method.getAnnotation(RuleExample.class);
      if (example != null) {
        shown.add(example.value());
      }
    }
    assertEquals(rules, shown);
  }

  private static Chamber chamber() {
    return Chamber.of(3, GOVERNANCE);
  }

  // ---- the table's general rules ----

  @Test
  @RuleExample("proposal.unknown")
  void aProposalMustBeDraftedFirst() {
    Rejection r = chamber().reject(chamber().ballot("nothing", 0, Vote.YES, D0), "proposal.unknown");
    assertEquals("proposal nothing does not exist yet: BallotCast needs it to start with ProposalDrafted", r.reason());
  }

  @Test
  @RuleExample("proposal.already-exists")
  void aProposalIsDraftedOnce() {
    Chamber chamber = chamber();
    chamber.accept(new DraftProposal(ID, id("x"), "X", IssueArea.BUDGET, Motion.resolution("fund X"), D0));
    chamber.reject(new DraftProposal(ID, id("x"), "X again", IssueArea.BUDGET, Motion.resolution("fund X"), D0), "proposal.already-exists");
  }

  @Test
  @RuleExample("proposal.terminal-state")
  void nothingLeavesAnEndedProposal() {
    Chamber chamber = chamber();
    chamber.accept(new DraftProposal(ID, id("x"), "X", IssueArea.OPERATIONS, Motion.resolution("deploy"), D0));
    chamber.accept(new WithdrawProposal(ID, id("x"), "overtaken by events", D0));
    Rejection r = chamber.reject(new OpenVote(ID, id("x"), D1), "proposal.terminal-state");
    assertEquals("proposal x is WITHDRAWN, a terminal state: VoteOpened cannot follow", r.reason());
    assertEquals("x was WITHDRAWN on 2000-01-01: overtaken by events", chamber.proposal("x").summary());
  }

  @Test
  @RuleExample("proposal.transition-not-allowed")
  void aDraftTakesNoBallotAndCannotBeClosed() {
    Chamber chamber = chamber();
    chamber.accept(new DraftProposal(ID, id("x"), "X", IssueArea.OPERATIONS, Motion.resolution("deploy"), D0));
    Rejection r = chamber.reject(chamber.ballot("x", 0, Vote.YES, D0), "proposal.transition-not-allowed");
    assertEquals("proposal x is DRAFT; BallotCast is allowed from OPEN", r.reason());
    chamber.reject(new CloseVote(ID, id("x"), D1), "proposal.transition-not-allowed");
  }

  // ---- opening ----

  @Test
  @RuleExample("vote.crisis-authority")
  void onlyACrisisLetsTheDelegatedBodyDecide() {
    Chamber chamber = chamber();
    chamber.accept(new DraftProposal(ID, id("halt"), "Halt operations", IssueArea.SUSPENSION, new Motion.SuspendOperations(), D0));
    Rejection r = chamber.reject(new OpenVote(ID, id("halt"), Optional.empty(), true, D0), "vote.crisis-authority");
    assertEquals("no crisis is declared in Test Alliance; the Standing Group may decide alone only in one", r.reason());

    declareCrisis(chamber, D0);
    chamber.accept(new DraftProposal(ID, id("levy"), "Emergency levy", IssueArea.BUDGET, Motion.resolution("levy"), D1));
    r = chamber.reject(new OpenVote(ID, id("levy"), Optional.empty(), true, D1), "vote.crisis-authority");
    assertEquals("the crisis delegation to the Standing Group covers security, suspension, not budget", r.reason());
    chamber.accept(new OpenVote(ID, id("halt"), Optional.empty(), true, D1));
    assertEquals(List.of(p(0), p(1)), chamber.proposal("halt").electorate().orElseThrow().voters().stream().map(v -> v.id()).toList());

    Chamber undelegated = Chamber.of(2, Governance.consensusForAll());
    undelegated.accept(new DraftProposal(ID, id("halt"), "Halt", IssueArea.SUSPENSION, new Motion.SuspendOperations(), D0));
    r = undelegated.reject(new OpenVote(ID, id("halt"), Optional.empty(), true, D0), "vote.crisis-authority");
    assertEquals("the governance of Test Alliance delegates no crisis authority", r.reason());
  }

  @Test
  @RuleExample("vote.needs-voters")
  void nobodyCanVoteBeforeTheAllianceHasMembers() {
    Chamber chamber = Chamber.proposed();
    chamber.accept(new DraftProposal(ID, id("x"), "X", IssueArea.OPERATIONS, Motion.resolution("deploy"), D0));
    Rejection r = chamber.reject(new OpenVote(ID, id("x"), D0), "vote.needs-voters");
    assertEquals("no member of Test Alliance can vote now", r.reason());
  }

  @Test
  @RuleExample("vote.countable")
  void aVoteMustBeAbleToWeighEveryVoter() {
    Chamber chamber = chamber();
    chamber.accept(new DraftProposal(ID, id("x"), "X", IssueArea.BUDGET, Motion.resolution("fund X"), D0));
    Rejection r = chamber.reject(new OpenVote(ID, id("x"), D0), "vote.countable");
    assertEquals("Voter.measures = \"P0 without population\": the rule weighs votes by population, so every voter needs it", r.reason());
  }

  // ---- ballots ----

  @Test
  @RuleExample("ballot.voting-closed")
  void noBallotCountsAfterTheDeadlineOrTheDecision() {
    Chamber chamber = chamber();
    chamber.table("x", IssueArea.SECURITY, Motion.resolution("patrol"), D0, D7);
    Rejection r = chamber.reject(chamber.ballot("x", 0, Vote.YES, D7.plusDays(1)), "ballot.voting-closed");
    assertEquals("the vote on x closed at the end of its deadline 2000-01-08; the ballot is dated 2000-01-09", r.reason());
    chamber.accept(chamber.ballot("x", 0, Vote.YES, D7));

    chamber.vote("x", "-Y", D7);
    assertEquals(ProposalState.ADOPTED, chamber.proposal("x").state(), "two of three yes: a majority whatever P2 votes");
    r = chamber.reject(chamber.ballot("x", 2, Vote.NO, D7), "ballot.voting-closed");
    assertEquals("x was ADOPTED on 2000-01-08; no ballot counts after its vote ended", r.reason());
  }

  @Test
  @RuleExample("ballot.not-entitled")
  void onlyCurrentMembersWithVotingRightsVote() {
    Chamber chamber = Chamber.of(3, GOVERNANCE, DecisionGate.requireReference());
    DecisionReference decided = DecisionReference.of("council decision");
    chamber.accept(new MembershipCommand.InviteMember(ID, LifecycleFixtures.partner(3), Role.OBSERVER, D0));
    chamber.accept(new MembershipCommand.BeginAccession(ID, p(3), D0));
    chamber.accept(new MembershipCommand.AdmitMember(ID, p(3), decided, D0));
    chamber.table("x", IssueArea.SECURITY, Motion.resolution("patrol"), D0);
    chamber.accept(new MembershipCommand.SuspendMember(ID, p(2), "arrears", decided, D0));

    Rejection r = chamber.reject(chamber.ballot("x", 9, Vote.YES, D0), "ballot.not-entitled");
    assertEquals("P9 is not a member of Test Alliance", r.reason());
    r = chamber.reject(chamber.ballot("x", 3, Vote.YES, D0), "ballot.not-entitled");
    assertEquals("P3 is an observer in Test Alliance", r.reason());
    r = chamber.reject(chamber.ballot("x", 2, Vote.YES, D0), "ballot.not-entitled");
    assertEquals("P2 is SUSPENDED in Test Alliance; only members in good standing vote", r.reason());

    declareCrisis(chamber, D0);
    chamber.accept(new DraftProposal(ID, id("c"), "Patrol", IssueArea.SECURITY, Motion.resolution("patrol"), D0));
    chamber.accept(new OpenVote(ID, id("c"), Optional.empty(), true, D0));
    chamber.accept(new MembershipCommand.ReinstateMember(ID, p(2), decided, D0));
    r = chamber.reject(chamber.ballot("c", 2, Vote.YES, D0), "ballot.not-entitled");
    assertEquals("P2 does not sit on the Standing Group, which holds the delegated crisis authority", r.reason());
  }

  @Test
  @RuleExample("ballot.already-voted")
  void oneBallotPerMemberUnlessTheProcedureAllowsChangingIt() {
    Chamber chamber = chamber();
    chamber.table("x", IssueArea.SECURITY, Motion.resolution("patrol"), D0);
    chamber.vote("x", "Y", D0);
    Rejection r = chamber.reject(chamber.ballot("x", 0, Vote.NO, D0), "ballot.already-voted");
    assertEquals("P0 already voted YES on x, and its procedure does not allow changing a ballot", r.reason());

    Governance changeable =
        Governance.builder().defaultProcedure(DecisionProcedure.of(DecisionRule.unanimity()).withBallotChangeAllowed(true)).build();
    Chamber lenient = Chamber.of(3, changeable);
    lenient.table("x", IssueArea.SECURITY, Motion.resolution("patrol"), D0);
    lenient.vote("x", "Y", D0);
    lenient.accept(lenient.ballot("x", 0, Vote.ABSTAIN, D0));
    assertEquals(Optional.of(Vote.ABSTAIN), lenient.proposal("x").ballotOf(p(0)));
    assertEquals(ProposalState.REJECTED, lenient.proposal("x").state(), "an abstention breaks unanimity at once");
  }

  // ---- closing ----

  @Test
  @RuleExample("vote.deadline-reached")
  void aVoteClosesAtItsDeadlineAndNotBefore() {
    Chamber chamber = chamber();
    chamber.table("open-ended", IssueArea.SECURITY, Motion.resolution("patrol"), D0);
    Rejection r = chamber.reject(new CloseVote(ID, id("open-ended"), D7), "vote.deadline-reached");
    assertEquals("the vote on open-ended has no deadline: it stays open until its ballots decide it or it is withdrawn", r.reason());
    chamber.table("x", IssueArea.SECURITY, Motion.resolution("patrol"), D0, D7);
    r = chamber.reject(new CloseVote(ID, id("x"), D7.minusDays(1)), "vote.deadline-reached");
    assertEquals("the vote on x runs until 2000-01-08; 2000-01-07 is earlier", r.reason());
  }

  // ---- endings ----

  @Test
  @RuleExample("proposal.decided-adopted")
  void theBallotThatLeavesNoDoubtAdoptsTheProposal() {
    Chamber chamber = chamber();
    chamber.table("x", IssueArea.SECURITY, Motion.resolution("patrol"), D0);
    assertEquals(1, chamber.vote("x", "Y", D0).size(), "one yes of three decides nothing yet");
    List<AllianceEvent> recorded = chamber.vote("x", "-Y", D1);
    assertEquals(2, recorded.size());
    ProposalEvent.ProposalAdopted adopted = (ProposalEvent.ProposalAdopted) recorded.get(1);
    assertEquals(D1, adopted.on());
    Verdict.ByBallots verdict = (Verdict.ByBallots) adopted.verdict();
    assertTrue(verdict.isEarly(), "P2 had not voted");
    assertEquals(List.of(p(2)), verdict.standing().missing());
    assertEquals("ADOPTED early, 1 ballot missing (P2): whatever they vote", verdict.lines().get(0));
    assertEquals(Optional.of(D1), chamber.proposal("x").endedOn());
  }

  @Test
  @RuleExample("proposal.decided-rejected")
  void theBallotThatMakesAdoptionImpossibleRejectsTheProposal() {
    Chamber chamber = chamber();
    chamber.accept(new MembershipCommand.InviteMember(ID, LifecycleFixtures.partner(3), Role.MEMBER, D0));
    chamber.accept(new MembershipCommand.BeginAccession(ID, p(3), D0));
    chamber.table("admit-p3", IssueArea.MEMBERSHIP, Motion.admit(p(3)), D0);
    chamber.vote("admit-p3", "YY", D0);
    List<AllianceEvent> recorded = chamber.vote("admit-p3", "--N", D1);
    ProposalEvent.ProposalRejected rejected = (ProposalEvent.ProposalRejected) recorded.get(1);
    assertEquals(Decision.REJECTED, rejected.verdict().decision());
    assertEquals("admit-p3 was REJECTED on 2000-01-02: unanimity: 2 of 3 vote yes; not yes: P2 (NO)", chamber.proposal("admit-p3").summary());
  }

  @Test
  @RuleExample("proposal.quorum-missed")
  void aVoteClosedWithoutItsQuorumExpires() {
    Chamber chamber = chamber();
    chamber.table("deploy", IssueArea.OPERATIONS, Motion.resolution("deploy"), D0, D7);
    chamber.vote("deploy", "Y", D0);
    List<AllianceEvent> recorded = chamber.accept(new CloseVote(ID, id("deploy"), D7));
    assertEquals(2, recorded.size());
    ProposalEvent.ProposalExpired expired = (ProposalEvent.ProposalExpired) recorded.get(1);
    assertEquals("quorum: 1 of 3 members present < 2 required", expired.outcome().quorum().describe());
    assertEquals(ProposalState.EXPIRED, chamber.proposal("deploy").state());

    chamber.table("silence", IssueArea.OPERATIONS, Motion.resolution("deploy"), D7, D7.plusDays(7));
    chamber.vote("silence", "YA", D7);
    recorded = chamber.accept(new CloseVote(ID, id("silence"), D7.plusDays(7)));
    assertEquals(ProposalState.ADOPTED, chamber.proposal("silence").state(), "consensus with its quorum: silence is consent");
    assertTrue(((ProposalEvent.ProposalAdopted) recorded.get(1)).verdict() instanceof Verdict.AtClose);
  }

  // ---- the gate ----

  @Test
  @RuleExample("governance.proposal-unknown")
  void theCitedDecisionMustBeAProposalOfThisAlliance() {
    Chamber chamber = chamber();
    Rejection r = chamber.reject(new LifecycleCommand.SuspendOperations(ID, "shock", DecisionReference.of("rumour"), D0), "governance.proposal-unknown");
    assertEquals("the decision rumour names no proposal of Test Alliance", r.reason());
  }

  @Test
  @RuleExample("governance.proposal-not-adopted")
  void theCitedProposalMustBeAdopted() {
    Chamber chamber = chamber();
    chamber.table("halt", IssueArea.SUSPENSION, new Motion.SuspendOperations(), D0);
    chamber.vote("halt", "Y", D0);
    Rejection r = chamber.reject(new LifecycleCommand.SuspendOperations(ID, "shock", id("halt").toReference(), D0), "governance.proposal-not-adopted");
    assertEquals("proposal halt is OPEN, waiting for 2 ballots (P1, P2)", r.reason());
  }

  @Test
  @RuleExample("governance.proposal-for-another-act")
  void aProposalAuthorisesOnlyTheActItsMotionNames() {
    Chamber chamber = chamber();
    chamber.table("halt", IssueArea.SUSPENSION, new Motion.SuspendOperations(), D0);
    chamber.vote("halt", "YY", D0);
    Rejection r = chamber.reject(new LifecycleCommand.DecideDissolution(ID, "done", id("halt").toReference(), D0), "governance.proposal-for-another-act");
    assertEquals("proposal halt authorises: suspend operations; the act would dissolve the alliance", r.reason());
  }

  @Test
  @RuleExample("governance.proposal-wrong-area")
  void aProposalMustBeDecidedInTheAreaOfItsAct() {
    Chamber chamber = chamber();
    chamber.accept(new MembershipCommand.InviteMember(ID, LifecycleFixtures.partner(3), Role.MEMBER, D0));
    chamber.accept(new MembershipCommand.BeginAccession(ID, p(3), D0));
    // Put to a simple majority instead of the unanimity membership needs.
    chamber.table("admit-p3", IssueArea.SECURITY, Motion.admit(p(3)), D0);
    chamber.vote("admit-p3", "YY", D0);
    assertEquals(ProposalState.ADOPTED, chamber.proposal("admit-p3").state());
    Rejection r = chamber.reject(new MembershipCommand.AdmitMember(ID, p(3), id("admit-p3").toReference(), D0), "governance.proposal-wrong-area");
    assertEquals("proposal admit-p3 was decided as a security decision; to admit P3 is a membership decision", r.reason());
  }

  @Test
  @RuleExample("governance.procedure-not-in-force")
  void anAmendmentThatChangesTheProcedureVoidsEarlierDecisionsForTheArea() {
    Chamber chamber = chamber();
    chamber.table("suspend-p2", IssueArea.MEMBERSHIP, new Motion.SuspendMember(p(2)), D0);
    chamber.vote("suspend-p2", "YYY", D0);
    assertEquals(ProposalState.ADOPTED, chamber.proposal("suspend-p2").state());

    Governance looser = GOVERNANCE.withProcedures(java.util.Map.of(IssueArea.MEMBERSHIP, DecisionProcedure.of(DecisionRule.simpleMajority())));
    amend(chamber, LifecycleFixtures.agreement(Period.ofDays(30), looser).withTitle("Test Treaty, as amended"), D1);
    Rejection r =
        chamber.reject(new MembershipCommand.SuspendMember(ID, p(2), "arrears", id("suspend-p2").toReference(), D1), "governance.procedure-not-in-force");
    assertEquals(
        "proposal suspend-p2 was adopted by unanimity, the membership procedure when its vote opened on 2000-01-01; the procedure in force is majority",
        r.reason());
  }

  @Test
  @RuleExample("governance.crisis-authority-lapsed")
  void aCrisisDecisionLapsesWithTheCrisis() {
    Chamber chamber = chamber();
    declareCrisis(chamber, D0);
    chamber.accept(new DraftProposal(ID, id("halt"), "Halt operations", IssueArea.SUSPENSION, new Motion.SuspendOperations(), D0));
    chamber.accept(new OpenVote(ID, id("halt"), Optional.empty(), true, D0));
    chamber.vote("halt", "YY", D0);
    assertEquals(ProposalState.ADOPTED, chamber.proposal("halt").state(), "the standing group of two decided alone");

    chamber.table("end", IssueArea.CRISIS, new Motion.EndCrisis(), D1);
    chamber.vote("end", "YY", D1);
    chamber.accept(new LifecycleCommand.EndCrisis(ID, id("end").toReference(), D1));
    Rejection r = chamber.reject(new LifecycleCommand.SuspendOperations(ID, "shock", id("halt").toReference(), D1), "governance.crisis-authority-lapsed");
    assertEquals("proposal halt was adopted by the Standing Group in a crisis that has ended", r.reason());
  }

  @Test
  @RuleExample("governance.decision-already-carried-out")
  void anAdoptedProposalAuthorisesOneAct() {
    Chamber chamber = chamber();
    chamber.table("suspend-p2", IssueArea.MEMBERSHIP, new Motion.SuspendMember(p(2)), D0);
    chamber.vote("suspend-p2", "YYY", D0);
    chamber.accept(new MembershipCommand.SuspendMember(ID, p(2), "arrears", id("suspend-p2").toReference(), D0));
    assertEquals(Optional.of(D0), chamber.proposal("suspend-p2").carriedOutOn());
    chamber.table("reinstate-p2", IssueArea.MEMBERSHIP, new Motion.ReinstateMember(p(2)), D1);
    chamber.vote("reinstate-p2", "YY", D1);
    assertEquals(ProposalState.ADOPTED, chamber.proposal("reinstate-p2").state(), "P2, suspended when the vote opened, is not in its electorate");
    chamber.accept(new MembershipCommand.ReinstateMember(ID, p(2), id("reinstate-p2").toReference(), D1));
    Rejection r =
        chamber.reject(
            new MembershipCommand.SuspendMember(ID, p(2), "arrears again", id("suspend-p2").toReference(), D1),
            "governance.decision-already-carried-out");
    assertEquals("proposal suspend-p2 authorised one act, carried out on 2000-01-01", r.reason());
  }

  /** The alliance declares a crisis by a vote of its members (the crisis area's procedure: the default simple majority). */
  static void declareCrisis(Chamber chamber, LocalDate day) {
    String id = "crisis-" + day;
    chamber.table(id, IssueArea.CRISIS, new Motion.DeclareCrisis("armed attack"), day);
    chamber.vote(id, "YY", day);
    chamber.accept(new LifecycleCommand.DeclareCrisis(ID, "armed attack", id(id).toReference(), day));
  }

  /** The agreement is amended by a vote of the amendment area's procedure, during a review. */
  static void amend(Chamber chamber, dev.alliance.api.agreement.Agreement amended, LocalDate day) {
    chamber.accept(new LifecycleCommand.OpenReview(ID, "periodic review", day));
    chamber.table("amend-" + day, IssueArea.AMENDMENT, Motion.amend(amended), day);
    chamber.vote("amend-" + day, "YY", day);
    chamber.accept(new LifecycleCommand.AmendAgreement(ID, amended, id("amend-" + day).toReference(), day));
    chamber.accept(new LifecycleCommand.ConcludeReview(ID, day));
  }
}
