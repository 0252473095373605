package dev.alliance.core.governance;

import static dev.alliance.core.governance.Fixtures.ballots;
import static dev.alliance.core.governance.Fixtures.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.api.agreement.Agreement;
import dev.alliance.api.agreement.GovernanceClause;
import dev.alliance.api.alliance.Alliance;
import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.alliance.Member;
import dev.alliance.api.alliance.Role;
import dev.alliance.api.governance.AbstentionPolicy;
import dev.alliance.api.governance.Base;
import dev.alliance.api.governance.Condition;
import dev.alliance.api.governance.Decision;
import dev.alliance.api.governance.DecisionProcedure;
import dev.alliance.api.governance.DecisionRule;
import dev.alliance.api.governance.Governance;
import dev.alliance.api.governance.IssueArea;
import dev.alliance.api.governance.Outcome;
import dev.alliance.api.governance.Quorum;
import dev.alliance.api.governance.Threshold;
import dev.alliance.api.governance.TiePolicy;
import dev.alliance.api.governance.WeightSource;
import dev.alliance.api.partner.Partner;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.partner.PartnerKind;
import dev.alliance.api.typology.Form;
import dev.alliance.api.typology.Formality;
import dev.alliance.api.typology.GovernanceStyle;
import dev.alliance.api.typology.Lifespan;
import dev.alliance.api.typology.Purpose;
import dev.alliance.api.typology.Typology;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Quorum, abstention and tie policies, and issue areas, checked by hand. */
class PolicyExamplesTest {

  private static Outcome outcome(DecisionProcedure procedure, Electorate electorate, String letters) {
    return Tally.of(procedure, electorate).outcome(ballots(electorate, letters));
  }

  @Test
  void aQuorumCountsMembersPresentWhateverTheyVote() {
    DecisionProcedure five = DecisionProcedure.of(DecisionRule.simpleMajority()).withQuorum(Quorum.ofMembers(5));
    Outcome inquorate = outcome(five, plain(9), "YYYA-----");
    assertEquals(Decision.REJECTED, inquorate.decision());
    assertEquals("quorum: 4 of 9 members present < 5 required", inquorate.quorum().describe());
    assertEquals(Decision.ADOPTED, outcome(five, plain(9), "YYYAN----").decision());
  }

  @Test
  void aQuorumShareRoundsUpToWholeMembers() {
    assertEquals(5, quorumRequired(Threshold.atLeast(1, 2), 9));
    assertEquals(5, quorumRequired(Threshold.atLeast(1, 2), 10));
    assertEquals(6, quorumRequired(Threshold.moreThanHalf(), 10));
    assertEquals(10, quorumRequired(Threshold.atLeast(2, 3), 15));
    assertEquals(11, quorumRequired(Threshold.moreThan(2, 3), 15));
  }

  private static long quorumRequired(Threshold.Share share, int members) {
    return outcome(DecisionProcedure.of(DecisionRule.consensus()).withQuorum(Quorum.ofShare(share)), plain(members), "-".repeat(members))
        .quorum()
        .required();
  }

  /**
   * The quorum-busting paradox: a member who votes no can carry a proposal by completing the
   * quorum; staying away defeats it. This is why monotonicity is stated for no-to-yes and
   * abstain-to-yes only (docs/governance.md).
   */
  @Test
  void votingNoCanCarryAProposalThatAbsenceWouldDefeat() {
    DecisionProcedure threePresent = DecisionProcedure.of(DecisionRule.simpleMajority()).withQuorum(Quorum.ofMembers(3));
    assertEquals(Decision.REJECTED, outcome(threePresent, plain(5), "YY---").decision());
    assertEquals(Decision.ADOPTED, outcome(threePresent, plain(5), "YYN--").decision());
  }

  /** Under a base that counts abstentions, abstaining hurts a proposal more than staying away. */
  @Test
  void abstainingCanDefeatWhatStayingAwayWouldLetPass() {
    DecisionProcedure counted = DecisionProcedure.of(DecisionRule.simpleMajority()).withAbstention(AbstentionPolicy.COUNTED_AS_NO);
    assertEquals(Decision.ADOPTED, outcome(counted, plain(4), "YYN-").decision());
    assertEquals(Decision.REJECTED, outcome(counted, plain(4), "YYNA").decision());
    DecisionProcedure present = DecisionProcedure.of(DecisionRule.qualifiedMajority(Threshold.moreThanHalf(), Base.MEMBERS_PRESENT));
    assertEquals(Decision.ADOPTED, outcome(present, plain(4), "YYN-").decision());
    assertEquals(Decision.REJECTED, outcome(present, plain(4), "YYNA").decision());
  }

  @Test
  void abstentionsNotCountedLeaveTheBaseToYesAndNo() {
    DecisionProcedure notCounted = DecisionProcedure.of(DecisionRule.simpleMajority());
    Outcome outcome = outcome(notCounted, plain(5), "YYNAA");
    assertEquals(Decision.ADOPTED, outcome.decision());
    assertEquals(new BigDecimal("3"), ((Condition.Support) outcome.rule()).total());
  }

  @Test
  void aTieUnderAMajorityOfVotesCastFallsToTheTiePolicy() {
    DecisionProcedure majority = DecisionProcedure.of(DecisionRule.simpleMajority());
    Outcome rejected = outcome(majority, plain(5), "YNA--");
    assertEquals(Decision.REJECTED, rejected.decision());
    assertEquals("tie on votes cast (1 of 2): the tie policy rejects", rejected.rule().describe());
    assertEquals(Decision.ADOPTED, outcome(majority.withTie(TiePolicy.adopted()), plain(5), "YNA--").decision());
    // "at least half" ties too, and the policy decides it just the same
    DecisionProcedure atLeastHalf = DecisionProcedure.of(DecisionRule.qualifiedMajority(Threshold.atLeast(1, 2), Base.VOTES_CAST));
    assertEquals(Decision.REJECTED, outcome(atLeastHalf, plain(2), "YN").decision());
    assertEquals(Decision.ADOPTED, outcome(atLeastHalf.withTie(TiePolicy.adopted()), plain(2), "YN").decision());
  }

  @Test
  void aCastingVoteGoesWithTheChair() {
    DecisionProcedure chaired = DecisionProcedure.of(DecisionRule.simpleMajority()).withTie(TiePolicy.castingVote(PartnerId.of("P0")));
    Outcome chairYes = outcome(chaired, plain(4), "YNYN");
    assertEquals(Decision.ADOPTED, chairYes.decision());
    assertEquals("tie on votes cast (2 of 4): the casting vote of chair P0 (YES) adopts", chairYes.rule().describe());
    assertEquals(Decision.REJECTED, outcome(chaired, plain(4), "NYNY").decision());
    assertEquals(Decision.REJECTED, outcome(chaired, plain(4), "AYN-").decision(), "a chair who abstained casts no deciding vote");
  }

  @Test
  void countingAbstentionsAsNoTurnsAWinIntoATie() {
    DecisionProcedure counted = DecisionProcedure.of(DecisionRule.simpleMajority()).withAbstention(AbstentionPolicy.COUNTED_AS_NO);
    Outcome outcome = outcome(counted, plain(4), "YYNA");
    assertTrue(((Condition.Support) outcome.rule()).tie().isPresent());
    assertEquals(Decision.REJECTED, outcome.decision());
  }

  @Test
  void tiesOfWeightAreBrokenTheSameWay() {
    Electorate weighted = Electorate.of(Voter.of(PartnerId.of("BIG"), new BigDecimal("3")), Voter.of(PartnerId.of("S1"), BigDecimal.ONE), Voter.of(PartnerId.of("S2"), new BigDecimal("2")));
    DecisionProcedure majority =
        DecisionProcedure.of(DecisionRule.weighted(WeightSource.memberWeights(), Threshold.moreThanHalf(), Base.VOTES_CAST))
            .withTie(TiePolicy.castingVote(PartnerId.of("S1")));
    assertEquals(Decision.ADOPTED, outcome(majority, weighted, "NYY").decision());
    assertEquals(Decision.REJECTED, outcome(majority, weighted, "YNN").decision());
  }

  @Test
  void aTieDoesNotAriseUnderOtherBasesOrThresholds() {
    Outcome allMembers = outcome(DecisionProcedure.of(DecisionRule.absoluteMajority()).withTie(TiePolicy.adopted()), plain(4), "YYNN");
    assertEquals(Decision.REJECTED, allMembers.decision());
    assertTrue(((Condition.Support) allMembers.rule()).tie().isEmpty());
  }

  @Test
  void nobodyIsAdoptedByZeroVotes() {
    DecisionProcedure twoThirds = DecisionProcedure.of(DecisionRule.qualifiedMajority(Threshold.atLeast(2, 3), Base.VOTES_CAST));
    Outcome allAbstain = outcome(twoThirds, plain(3), "AAA");
    assertEquals(Decision.REJECTED, allAbstain.decision());
    assertEquals("support: no votes cast (0 of 0), and a share needs some support", allAbstain.rule().describe());
  }

  @Test
  void eachIssueAreaUsesItsOwnProcedure() {
    Governance governance =
        Governance.builder()
            .defaultProcedure(DecisionProcedure.of(DecisionRule.simpleMajority()))
            .putProcedures(IssueArea.MEMBERSHIP, DecisionProcedure.of(DecisionRule.unanimity()))
            .putProcedures(IssueArea.BUDGET, DecisionProcedure.of(DecisionRule.qualifiedMajority(Threshold.atLeast(2, 3), Base.ALL_MEMBERS)))
            .build();
    Alliance alliance = alliance(governance, "A", "B", "C");
    Ballots ballots = Tally.of(alliance, IssueArea.OPERATIONS).ballots().withVote(PartnerId.of("A"), dev.alliance.api.governance.Vote.YES)
        .withVote(PartnerId.of("B"), dev.alliance.api.governance.Vote.YES)
        .withVote(PartnerId.of("C"), dev.alliance.api.governance.Vote.NO);
    assertEquals(Decision.ADOPTED, Tally.of(alliance, IssueArea.OPERATIONS).decide(ballots));
    assertEquals(Decision.ADOPTED, Tally.of(alliance, IssueArea.BUDGET).decide(ballots));
    assertEquals(Decision.REJECTED, Tally.of(alliance, IssueArea.MEMBERSHIP).decide(ballots));
  }

  @Test
  void ballotsOfAnotherElectorateAreAProgrammingError() {
    Tally tally = Tally.of(DecisionProcedure.of(DecisionRule.consensus()), plain(2));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> tally.decide(Ballots.none(plain(3))));
    assertTrue(e.getMessage().startsWith("Tally.ballots: the ballots belong to Electorate[P0, P1, P2]"));
  }

  static Alliance alliance(Governance governance, String... ids) {
    Alliance.Builder builder =
        Alliance.builder()
            .id(AllianceId.of("test"))
            .name("Test Alliance")
            .typology(
                Typology.builder()
                    .addPurposes(Purpose.ECONOMIC)
                    .governanceStyle(GovernanceStyle.EGALITARIAN)
                    .duration(Lifespan.permanent())
                    .formality(Formality.TREATY)
                    .form(Form.CONSORTIUM)
                    .build())
            .agreement(Agreement.builder().title("Charter").formality(Formality.TREATY).governance(new GovernanceClause(governance)).build());
    for (String id : ids) {
      builder.addMembers(Member.of(Partner.of(PartnerId.of(id), id, PartnerKind.STATE), Role.FOUNDER));
    }
    return builder.build();
  }
}
