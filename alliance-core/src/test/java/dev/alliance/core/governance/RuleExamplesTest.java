package dev.alliance.core.governance;

import static dev.alliance.core.governance.Fixtures.ballots;
import static dev.alliance.core.governance.Fixtures.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.api.InvalidValueException;
import dev.alliance.api.governance.AbstentionPolicy;
import dev.alliance.api.governance.Base;
import dev.alliance.api.governance.Condition;
import dev.alliance.api.governance.Decision;
import dev.alliance.api.governance.DecisionProcedure;
import dev.alliance.api.governance.DecisionRule;
import dev.alliance.api.governance.Outcome;
import dev.alliance.api.governance.Threshold;
import dev.alliance.api.governance.VetoAbstention;
import dev.alliance.api.governance.Vote;
import dev.alliance.api.governance.WeightSource;
import dev.alliance.api.partner.Measure;
import dev.alliance.api.partner.PartnerId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every rule on small electorates, outcomes and explanations checked by hand. */
class RuleExamplesTest {

  private static Outcome outcome(DecisionRule rule, Electorate electorate, String letters) {
    return Tally.of(DecisionProcedure.of(rule), electorate).outcome(ballots(electorate, letters));
  }

  private static Outcome outcome(DecisionProcedure procedure, Electorate electorate, String letters) {
    return Tally.of(procedure, electorate).outcome(ballots(electorate, letters));
  }

  private static PartnerId id(String value) {
    return PartnerId.of(value);
  }

  @Test
  void consensusIsBrokenOnlyByAnObjection() {
    Outcome quiet = outcome(DecisionRule.consensus(), plain(5), "YYAA-");
    assertEquals(Decision.ADOPTED, quiet.decision());
    assertEquals("consensus: nobody objects", quiet.rule().describe());

    Outcome objected = outcome(DecisionRule.consensus(), plain(5), "YYNYN");
    assertEquals(Decision.REJECTED, objected.decision());
    assertEquals(List.of(id("P2"), id("P4")), ((Condition.NoObjection) objected.rule()).objectors());
    assertEquals("consensus broken: objection by P2, P4", objected.rule().describe());
  }

  /** NATO's silence procedure: a text is agreed unless an ally breaks silence. */
  @Test
  void consensusWithoutAQuorumAdoptsWhenNobodySpeaks() {
    assertEquals(Decision.ADOPTED, outcome(DecisionRule.consensus(), plain(4), "----").decision());
  }

  @Test
  void whenAbstentionsCountAsNoAnAbstentionBreaksConsensus() {
    DecisionProcedure strict = DecisionProcedure.of(DecisionRule.consensus()).withAbstention(AbstentionPolicy.COUNTED_AS_NO);
    Outcome outcome = outcome(strict, plain(3), "YYA");
    assertEquals(Decision.REJECTED, outcome.decision());
    assertEquals("consensus broken: objection by P2 (abstentions count as objections)", outcome.rule().describe());
  }

  @Test
  void unanimityNeedsEveryMembersYes() {
    assertEquals(Decision.ADOPTED, outcome(DecisionRule.unanimity(), plain(4), "YYYY").decision());
    Outcome short1 = outcome(DecisionRule.unanimity(), plain(4), "YYYA");
    assertEquals(Decision.REJECTED, short1.decision());
    assertEquals("unanimity: 3 of 4 vote yes; not yes: P3 (ABSTAIN)", short1.rule().describe());
    assertEquals(Decision.REJECTED, outcome(DecisionRule.unanimity(), plain(4), "YYY-").decision());
  }

  @Test
  void aSimpleMajorityCountsOnlyYesAndNo() {
    Outcome outcome = outcome(DecisionRule.simpleMajority(), plain(6), "YYNAA-");
    assertEquals(Decision.ADOPTED, outcome.decision());
    assertEquals("support 66.7% of votes cast (2 of 3) is more than 1/2", outcome.rule().describe());
    Outcome lost = outcome(DecisionRule.simpleMajority(), plain(6), "YNNAA-");
    assertEquals("support 33.3% of votes cast (1 of 3) is not more than 1/2", lost.rule().describe());
  }

  @Test
  void anAbsoluteMajorityCountsEveryMemberPresentOrNot() {
    assertEquals(Decision.REJECTED, outcome(DecisionRule.absoluteMajority(), plain(10), "YYYYY-----").decision());
    Outcome six = outcome(DecisionRule.absoluteMajority(), plain(10), "YYYYYY----");
    assertEquals(Decision.ADOPTED, six.decision());
    assertEquals("support 60.0% of all members (6 of 10) is more than 1/2", six.rule().describe());
  }

  @Test
  void aTwoThirdsMajorityIsExact() {
    DecisionRule twoThirds = DecisionRule.qualifiedMajority(Threshold.atLeast(2, 3), Base.VOTES_CAST);
    Outcome exactly = outcome(twoThirds, plain(15), "YYYYYYYYYY NNNNN");
    assertEquals(Decision.ADOPTED, exactly.decision());
    assertEquals("support 66.7% of votes cast (10 of 15) >= 2/3 required", exactly.rule().describe());
    Outcome short1 = outcome(twoThirds, plain(15), "YYYYYYYYY NNNNN -");
    assertEquals(Decision.REJECTED, short1.decision());
    assertEquals("support 64.3% of votes cast (9 of 14) < 2/3 required", short1.rule().describe());
  }

  @Test
  void aShareOfMembersPresentCountsAbstentionsAgainst() {
    DecisionRule twoThirdsPresent = DecisionRule.qualifiedMajority(Threshold.atLeast(2, 3), Base.MEMBERS_PRESENT);
    assertEquals(Decision.ADOPTED, outcome(twoThirdsPresent, plain(10), "YYYYYY NNA -").decision());
    assertEquals(Decision.REJECTED, outcome(twoThirdsPresent, plain(10), "YYYYY NNAA -").decision());
  }

  @Test
  void aQuotaOfYesVotesIgnoresTheBase() {
    Outcome nine = outcome(DecisionRule.atLeastYes(9), plain(15), "YYYYYYYYY AAAAAA");
    assertEquals(Decision.ADOPTED, nine.decision());
    assertEquals("support 9 votes >= 9 required", nine.rule().describe());
    assertEquals(Decision.REJECTED, outcome(DecisionRule.atLeastYes(9), plain(15), "YYYYYYYY AAAAAAA").decision());
  }

  @Test
  void aWeightedMajorityWeighsTheYesSide() {
    Electorate fund =
        Electorate.of(
            Voter.of(id("USA"), new BigDecimal("16.49")), Voter.of(id("JPN"), new BigDecimal("6.14")), Voter.of(id("REST"), new BigDecimal("77.37")));
    DecisionRule supermajority = DecisionRule.weighted(WeightSource.memberWeights(), Threshold.atLeastPercent("85"), Base.ALL_MEMBERS);
    Outcome blocked = outcome(supermajority, fund, "NYY");
    assertEquals(Decision.REJECTED, blocked.decision());
    assertEquals("support by member weight 83.5% of the member weight of all members (83.51 of 100) < 85% required", blocked.rule().describe());
    assertEquals(Decision.ADOPTED, outcome(supermajority, fund, "YNY").decision());
  }

  @Test
  void weightsComeFromExplicitValuesMeasuresOrContributions() {
    Electorate three =
        Electorate.of(
                Voter.of(id("A")).withMeasure(Measure.POPULATION, new BigDecimal("60")),
                Voter.of(id("B")).withMeasure(Measure.POPULATION, new BigDecimal("30")),
                Voter.of(id("C")).withMeasure(Measure.POPULATION, new BigDecimal("10")))
            .withContributions(
                List.of(
                    Fixtures.delivered(id("B"), new BigDecimal("900"), "USD"), Fixtures.delivered(id("C"), new BigDecimal("100"), "USD")));
    Threshold majority = Threshold.moreThanHalf();
    assertEquals(
        Decision.ADOPTED, outcome(DecisionRule.weighted(WeightSource.ofMeasure(Measure.POPULATION), majority, Base.ALL_MEMBERS), three, "YNN").decision());
    assertEquals(Decision.REJECTED, outcome(DecisionRule.weighted(WeightSource.contributions("USD"), majority, Base.ALL_MEMBERS), three, "YNN").decision());
    assertEquals(
        Decision.ADOPTED,
        outcome(DecisionRule.weighted(WeightSource.explicit(Map.of(id("C"), BigDecimal.ONE)), majority, Base.ALL_MEMBERS), three, "NNY").decision());
  }

  @Test
  void aWeightedRuleNamesTheMissingData() {
    Electorate bare = plain(2);
    InvalidValueException noMeasure =
        assertThrows(
            InvalidValueException.class,
            () -> Tally.of(DecisionProcedure.of(DecisionRule.weighted(WeightSource.ofMeasure(Measure.GDP), Threshold.moreThanHalf(), Base.ALL_MEMBERS)), bare));
    assertEquals("Voter.measures = \"P0 without GDP\": the rule weighs votes by GDP, so every voter needs it", noMeasure.getMessage());
    InvalidValueException noContributions =
        assertThrows(
            InvalidValueException.class,
            () -> Tally.of(DecisionProcedure.of(DecisionRule.weighted(WeightSource.contributions("USD"), Threshold.moreThanHalf(), Base.ALL_MEMBERS)), bare));
    assertEquals("Electorate.contributions", noContributions.field());
  }

  /** Weights too large for 63-bit units are counted exactly all the same. */
  @Test
  void hugeOrFinelyScaledWeightsDecideLikeTheirSmallEquivalents() {
    DecisionRule twoThirds = DecisionRule.weighted(WeightSource.memberWeights(), Threshold.atLeast(2, 3), Base.VOTES_CAST);
    Electorate small = Electorate.of(Voter.of(id("A"), new BigDecimal("1")), Voter.of(id("B"), new BigDecimal("2")), Voter.of(id("C"), new BigDecimal("3")));
    Electorate huge =
        Electorate.of(Voter.of(id("A"), new BigDecimal("1E30")), Voter.of(id("B"), new BigDecimal("2E30")), Voter.of(id("C"), new BigDecimal("3E30")));
    Electorate fine =
        Electorate.of(
            Voter.of(id("A"), new BigDecimal("1E-30")), Voter.of(id("B"), new BigDecimal("2E-30")), Voter.of(id("C"), new BigDecimal("3.000000000000000000000000000000000001E-30")));
    for (String letters : List.of("YYN", "NYY", "YNY", "NNY", "AYN", "YAN", "Y-N")) {
      Decision expected = outcome(twoThirds, small, letters).decision();
      assertEquals(expected, outcome(twoThirds, huge, letters).decision(), letters);
      assertEquals(expected, Tally.of(DecisionProcedure.of(twoThirds), huge).decide(ballots(huge, letters)), letters);
      assertEquals(expected, outcome(twoThirds, fine, letters).decision(), letters);
    }
    // C outweighs A and B together by 1E-66: no tie, where the small weights tie.
    DecisionRule half = DecisionRule.weighted(WeightSource.memberWeights(), Threshold.moreThanHalf(), Base.VOTES_CAST);
    assertEquals(Decision.REJECTED, outcome(half, small, "NNY").decision());
    assertEquals(Decision.ADOPTED, outcome(half, fine, "NNY").decision());
    assertEquals(Decision.ADOPTED, Tally.of(DecisionProcedure.of(half), fine).decide(ballots(fine, "NNY")));
    Outcome hugeOutcome = outcome(twoThirds, huge, "YYN");
    assertEquals(0, new BigDecimal("3E30").compareTo(((Condition.Support) hugeOutcome.rule()).support()));
  }

  private static final Set<PartnerId> P5 = Set.of(id("CHN"), id("FRA"), id("GBR"), id("RUS"), id("USA"));

  private static Electorate council() {
    return Electorate.of(
        List.of("CHN", "FRA", "GBR", "RUS", "USA", "E1", "E2", "E3", "E4", "E5", "E6", "E7", "E8", "E9", "E10").stream()
            .map(v -> Voter.of(id(v)))
            .toList());
  }

  @Test
  void aVetoPlayersNoBlocksAndItsAbstentionDoesNot() {
    DecisionRule council = DecisionRule.allOf(DecisionRule.atLeastYes(9), DecisionRule.vetoPlayers(P5, VetoAbstention.ABSTENTION_DOES_NOT_BLOCK));
    Outcome vetoed = outcome(council, council(), "NYYNY YYYYYY AAAA");
    assertEquals(Decision.REJECTED, vetoed.decision());
    assertEquals(1, vetoed.failures().size());
    assertEquals("blocked by the no of a veto player: CHN, RUS", vetoed.failures().get(0).describe());
    Outcome abstained = outcome(council, council(), "AYYAY YYYYYYY AAA");
    assertEquals(Decision.ADOPTED, abstained.decision());
    assertEquals("no veto player blocks (CHN, FRA, GBR, RUS, USA; only a no blocks)", abstained.rule().parts().get(1).describe());
  }

  @Test
  void underAbstentionBlocksAVetoPlayerMustVoteYes() {
    DecisionRule strict = DecisionRule.allOf(DecisionRule.atLeastYes(9), DecisionRule.vetoPlayers(P5, VetoAbstention.ABSTENTION_BLOCKS));
    Outcome outcome = outcome(strict, council(), "AYY-Y YYYYYYY AAA");
    assertEquals(Decision.REJECTED, outcome.decision());
    assertEquals("blocked by veto players who did not vote yes: CHN (ABSTAIN), RUS (ABSENT)", outcome.failures().get(0).describe());
  }

  @Test
  void aVetoPlayerOutsideTheElectorateBlocksOnlyWhenAbsenceBlocks() {
    Electorate withoutRussia = Electorate.of(Voter.of(id("FRA")), Voter.of(id("GBR")));
    Set<PartnerId> players = Set.of(id("FRA"), id("RUS"));
    assertEquals(Decision.ADOPTED, outcome(DecisionRule.vetoPlayers(players, VetoAbstention.ABSTENTION_DOES_NOT_BLOCK), withoutRussia, "YY").decision());
    Outcome blocked = outcome(DecisionRule.vetoPlayers(players, VetoAbstention.ABSTENTION_BLOCKS), withoutRussia, "YY");
    assertEquals(Map.of(id("RUS"), Vote.ABSENT), ((Condition.NoVeto) blocked.rule()).blockers());
  }

  /** Five members of populations 40, 30, 15, 10 and 5; 60% of members and 65% of population. */
  @Test
  void aDoubleMajorityNeedsBothSidesUnlessTooFewBlock() {
    Electorate five =
        Electorate.of(
            List.of(
                Voter.of(id("A")).withMeasure(Measure.POPULATION, new BigDecimal("40")),
                Voter.of(id("B")).withMeasure(Measure.POPULATION, new BigDecimal("30")),
                Voter.of(id("C")).withMeasure(Measure.POPULATION, new BigDecimal("15")),
                Voter.of(id("D")).withMeasure(Measure.POPULATION, new BigDecimal("10")),
                Voter.of(id("E")).withMeasure(Measure.POPULATION, new BigDecimal("5"))));
    DecisionRule.DoubleMajority rule = new DecisionRule.DoubleMajority(Threshold.atLeast(3, 5), Measure.POPULATION, Threshold.atLeastPercent("65"), 2);
    assertEquals(Decision.ADOPTED, outcome(rule, five, "YYYNN").decision(), "60% of members, 85% of population");
    assertEquals(Decision.REJECTED, outcome(rule, five, "YYNNN").decision(), "70% of population but 40% of members");
    Outcome oneHolds = outcome(rule, five, "NYYYY");
    assertEquals(Decision.ADOPTED, oneHolds.decision(), "60% of population, but one member cannot block");
    assertEquals(
        List.of(
            "ADOPTED: yes 4, no 1, abstain 0, absent 0 (5 members)",
            "  [held] no quorum required (5 of 5 members present)",
            "  [held] double majority (at least 3/5 of members and at least 65% of population, or fewer than 2 members withholding support) holds:",
            "    [held] all of 2 hold:",
            "      [held] support 80.0% of all members (4 of 5) >= 3/5 required",
            "      [held] 1 of 2 alternatives hold:",
            "        [fail] support by population 60.0% of the population of all members (60 of 100) < 65% required",
            "        [held] 1 member withholds support, fewer than the 2 a blocking minority needs"),
        oneHolds.lines());
    assertEquals(Decision.REJECTED, outcome(rule, five, "NNYYY").decision(), "two members block");
    DecisionRule.DoubleMajority noBlockingRule = new DecisionRule.DoubleMajority(Threshold.atLeast(3, 5), Measure.POPULATION, Threshold.atLeastPercent("65"), 0);
    assertEquals(Decision.REJECTED, outcome(noBlockingRule, five, "NYYYY").decision());
  }

  @Test
  void aBlockingMinorityCountsEveryMemberWhoWithholdsSupport() {
    assertEquals(Decision.ADOPTED, outcome(new DecisionRule.BlockingMinority(2), plain(5), "YYYYN").decision());
    Outcome blocked = outcome(new DecisionRule.BlockingMinority(2), plain(5), "YYYA-");
    assertEquals(Decision.REJECTED, blocked.decision());
    assertEquals("a blocking minority: 2 members withhold support (2 suffice)", blocked.rule().describe());
  }

  @Test
  void theLeadPartnerDecidesAlone() {
    assertEquals(Decision.ADOPTED, outcome(DecisionRule.leadPartner(id("P1")), plain(3), "NYN").decision());
    Outcome abstained = outcome(DecisionRule.leadPartner(id("P1")), plain(3), "YAY");
    assertEquals(Decision.REJECTED, abstained.decision());
    assertEquals("lead partner P1 votes ABSTAIN", abstained.rule().describe());
    assertEquals(Decision.REJECTED, outcome(DecisionRule.leadPartner(id("ELSEWHERE")), plain(3), "YYY").decision());
  }

  @Test
  void compositionsCombineTheirParts() {
    DecisionRule either = DecisionRule.anyOf(DecisionRule.unanimity(), DecisionRule.allOf(DecisionRule.absoluteMajority(), DecisionRule.leadPartner(id("P0"))));
    assertEquals(Decision.ADOPTED, outcome(either, plain(3), "YYY").decision());
    assertEquals(Decision.ADOPTED, outcome(either, plain(3), "YYN").decision());
    Outcome neither = outcome(either, plain(3), "NYY");
    assertEquals(Decision.REJECTED, neither.decision());
    assertEquals(List.of("unanimity: 2 of 3 vote yes; not yes: P0 (NO)", "lead partner P0 votes NO"), neither.failures().stream().map(Condition::describe).toList());
    assertTrue(neither.lines().get(2).startsWith("  [fail] none of 2 alternatives holds"));
    assertFalse(neither.isAdopted());
  }
}
