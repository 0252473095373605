package dev.alliance.core.power;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.api.InvalidValueException;
import dev.alliance.api.alliance.Alliance;
import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.alliance.Member;
import dev.alliance.api.alliance.Role;
import dev.alliance.api.contribution.Contribution;
import dev.alliance.api.contribution.ContributionKind;
import dev.alliance.api.contribution.ContributionStatus;
import dev.alliance.api.contribution.Valuation;
import dev.alliance.api.DateRange;
import dev.alliance.api.governance.Base;
import dev.alliance.api.governance.DecisionRule;
import dev.alliance.api.governance.Threshold;
import dev.alliance.api.governance.VetoAbstention;
import dev.alliance.api.governance.WeightSource;
import dev.alliance.api.lifecycle.MembershipState;
import dev.alliance.api.partner.Measure;
import dev.alliance.api.partner.Partner;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.partner.PartnerKind;
import dev.alliance.api.typology.Form;
import dev.alliance.api.typology.Formality;
import dev.alliance.api.typology.GovernanceStyle;
import dev.alliance.api.typology.Lifespan;
import dev.alliance.api.typology.Purpose;
import dev.alliance.api.typology.Typology;
import dev.alliance.core.exact.Rational;
import dev.alliance.core.governance.Electorate;
import dev.alliance.core.governance.Voter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How rules become games, how bad input is rejected, and the game utilities. */
class SimpleGameTest {
  private static final Electorate FIVE =
      Electorate.of(List.of(Voters.voter("A", 5), Voters.voter("B", 4), Voters.voter("C", 3), Voters.voter("D", 2), Voters.voter("E", 1)));

  private static List<PartnerId> ids(String... ids) {
    return java.util.Arrays.stream(ids).map(PartnerId::of).toList();
  }

  @Test
  void consensusAndUnanimityAreTheUnanimityGame() {
    for (DecisionRule rule : List.of(DecisionRule.consensus(), DecisionRule.unanimity())) {
      SimpleGame game = SimpleGame.of(rule, FIVE);
      assertTrue(game.isWinning(ids("A", "B", "C", "D", "E")));
      assertFalse(game.isWinning(ids("A", "B", "C", "D")));
      assertEquals(ids("A", "B", "C", "D", "E"), game.vetoPlayers());
      assertEquals("members >= 5 of 5", game.describe());
    }
  }

  @Test
  void everyBaseMeansTheWholeElectorateBecauseEveryoneVotes() {
    for (Base base : Base.values()) {
      SimpleGame game = SimpleGame.of(DecisionRule.qualifiedMajority(Threshold.atLeast(2, 3), base), FIVE);
      assertEquals("members >= 4 of 5", game.describe(), base.toString());
    }
    assertEquals("members >= 3 of 5", SimpleGame.of(DecisionRule.simpleMajority(), FIVE).describe());
    assertEquals("members >= 3 of 5", SimpleGame.of(DecisionRule.atLeastYes(3), FIVE).describe());
  }

  @Test
  void sharesAreExactAndATieUnderMoreThanHalfLoses() {
    Electorate four = Electorate.of(List.of(Voters.voter("A", 1), Voters.voter("B", 1), Voters.voter("C", 1), Voters.voter("D", 1)));
    SimpleGame majority = SimpleGame.of(DecisionRule.simpleMajority(), four);
    assertFalse(majority.isWinning(ids("A", "B")), "2 of 4 is a tie, and a tie loses");
    assertTrue(majority.isWinning(ids("A", "B", "C")));
    SimpleGame twoThirds = SimpleGame.of(DecisionRule.weighted(WeightSource.memberWeights(), Threshold.atLeast(2, 3), Base.ALL_MEMBERS), FIVE);
    assertEquals("member weight >= 10 of 15", twoThirds.describe());
  }

  @Test
  void vetoPlayersBelongToEveryWinningCoalitionAndAbsentOnesBlockOnlyIfTheirAbsenceDoes() {
    DecisionRule nineAndNoVeto =
        DecisionRule.allOf(DecisionRule.atLeastYes(3), DecisionRule.vetoPlayers(Set.of(PartnerId.of("A")), VetoAbstention.ABSTENTION_DOES_NOT_BLOCK));
    SimpleGame game = SimpleGame.of(nineAndNoVeto, FIVE);
    assertEquals(ids("A"), game.vetoPlayers());
    assertFalse(game.isWinning(ids("B", "C", "D", "E")));
    assertTrue(game.isWinning(ids("A", "B", "C")));

    DecisionRule absentVeto = DecisionRule.allOf(DecisionRule.atLeastYes(3), DecisionRule.vetoPlayers(Set.of(PartnerId.of("Z")), VetoAbstention.ABSTENTION_DOES_NOT_BLOCK));
    assertEquals("members >= 3 of 5", SimpleGame.of(absentVeto, FIVE).describe(), "an absent veto player who does not block is no constraint");

    DecisionRule blockingAbsence = DecisionRule.allOf(DecisionRule.atLeastYes(3), DecisionRule.vetoPlayers(Set.of(PartnerId.of("Z")), VetoAbstention.ABSTENTION_BLOCKS));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> SimpleGame.of(blockingAbsence, FIVE));
    assertEquals("SimpleGame.rule", e.field());
    assertTrue(e.rule().startsWith("no coalition wins, not even all 5 voters together"), e.getMessage());
  }

  @Test
  void aLeadPartnerIsADictator() {
    SimpleGame game = SimpleGame.of(DecisionRule.leadPartner(PartnerId.of("C")), FIVE);
    assertEquals(ids("C"), game.dictators());
    assertEquals(ids("C"), game.vetoPlayers());
    PowerProfile p = PowerCalculator.defaults().compute(game);
    assertEquals(new PowerValue.Exact(Rational.ONE), p.value(PowerIndex.SHAPLEY_SHUBIK, PartnerId.of("C")).orElseThrow());
    assertEquals(ids("A", "B", "D", "E"), p.nullPlayers().orElseThrow());
    assertThrows(InvalidValueException.class, () -> SimpleGame.of(DecisionRule.leadPartner(PartnerId.of("Z")), FIVE));
  }

  @Test
  void aBlockingMinorityCarriesUnlessEnoughVoteNo() {
    SimpleGame game = SimpleGame.of(DecisionRule.allOf(DecisionRule.atLeastYes(1), new DecisionRule.BlockingMinority(2)), FIVE);
    assertTrue(game.isWinning(ids("A", "B", "C", "D")), "one no is fewer than two");
    assertFalse(game.isWinning(ids("A", "B", "C")), "two noes block");
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> SimpleGame.of(new DecisionRule.BlockingMinority(6), FIVE));
    assertTrue(e.rule().startsWith("the empty coalition wins"), e.getMessage());
  }

  @Test
  void theDoubleMajoritySharesOneMemberCriterionBetweenItsParts() {
    List<Voter> voters = List.of(
        Voters.voter("A", 1).withMeasure(Measure.POPULATION, new BigDecimal("80")),
        Voters.voter("B", 1).withMeasure(Measure.POPULATION, new BigDecimal("10")),
        Voters.voter("C", 1).withMeasure(Measure.POPULATION, new BigDecimal("5")),
        Voters.voter("D", 1).withMeasure(Measure.POPULATION, new BigDecimal("3")),
        Voters.voter("E", 1).withMeasure(Measure.POPULATION, new BigDecimal("2")));
    DecisionRule rule = new DecisionRule.DoubleMajority(Threshold.atLeastPercent("55"), Measure.POPULATION, Threshold.atLeastPercent("65"), 2);
    SimpleGame game = SimpleGame.of(rule, Electorate.of(voters));
    assertEquals(2, game.criteria().size());
    assertEquals("all of (members >= 3 of 5; any of (population >= 65 of 100; members >= 4 of 5))", game.describe());
    assertTrue(game.isWinning(ids("B", "C", "D", "E")), "four of five states: one no is not a blocking minority");
    assertFalse(game.isWinning(ids("B", "C", "D")));
    assertTrue(game.isWinning(ids("A", "B", "C")));
  }

  @Test
  void decimalWeightsAreScaledToWholeNumbers() {
    Electorate electorate = Electorate.of(List.of(
        Voters.voter("A", "2.5"), Voters.voter("B", "1.25"), Voters.voter("C", "1")));
    SimpleGame game = SimpleGame.of(DecisionRule.weighted(WeightSource.memberWeights(), Threshold.quota(new BigDecimal("3.3")), Base.ALL_MEMBERS), electorate);
    assertEquals("member weight x 10^2 >= 330 of 475", game.describe());
    assertTrue(game.isWinning(ids("A", "C")));
    assertFalse(game.isWinning(ids("A")));
  }

  @Test
  void missingMeasuresAndUnknownPlayersAreNamedInTheError() {
    DecisionRule byPopulation = DecisionRule.weighted(WeightSource.ofMeasure(Measure.POPULATION), Threshold.moreThanHalf(), Base.ALL_MEMBERS);
    InvalidValueException missing = assertThrows(InvalidValueException.class, () -> SimpleGame.of(byPopulation, FIVE));
    assertEquals("Voter.measures = \"A without population\": the rule weighs votes by population, so every voter needs it", missing.getMessage());
    InvalidValueException stranger = assertThrows(InvalidValueException.class, () -> SimpleGame.weighted(2, 1, 1).isWinning(ids("X")));
    assertEquals("SimpleGame.coalition = X: is not a player of this game", stranger.getMessage());
    InvalidValueException quota = assertThrows(InvalidValueException.class, () -> SimpleGame.weighted(0, 1, 1));
    assertTrue(quota.rule().startsWith("the empty coalition wins"));
    assertThrows(InvalidValueException.class, () -> SimpleGame.weighted(3, 1, 1));
  }

  @Test
  void weightsTooLargeToCountExactlyAreRejected() {
    Electorate huge = Electorate.of(List.of(Voters.voter("A", "5e18"), Voters.voter("B", "5e18")));
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> SimpleGame.of(DecisionRule.weighted(WeightSource.memberWeights(), Threshold.moreThanHalf(), Base.ALL_MEMBERS), huge));
    assertEquals("WeightedMajority.weights", e.field());
  }

  @Test
  void explicitAndContributionWeightsComeFromTheirSources() {
    Partner a = Partner.of(PartnerId.of("A"), "Alpha", PartnerKind.FIRM);
    Partner b = Partner.of(PartnerId.of("B"), "Beta", PartnerKind.FIRM);
    Partner c = Partner.of(PartnerId.of("C"), "Gamma", PartnerKind.FIRM);
    Alliance alliance =
        Alliance.builder()
            .id(AllianceId.of("consortium"))
            .name("Consortium")
            .typology(Typology.builder().addPurposes(Purpose.ECONOMIC).governanceStyle(GovernanceStyle.HYBRID)
                .duration(Lifespan.permanent()).formality(Formality.CONTRACT).form(Form.CONSORTIUM).build())
            .addMembers(Member.of(a, Role.MEMBER), Member.of(b, Role.MEMBER), Member.of(c, Role.OBSERVER),
                Member.builder().partner(Partner.of(PartnerId.of("S"), "Suspended", PartnerKind.FIRM)).role(Role.MEMBER).state(MembershipState.SUSPENDED).build())
            .build();
    DateRange year = DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
    List<Contribution> contributions = List.of(
        contribution("A", "60", ContributionStatus.DELIVERED, year),
        contribution("A", "500", ContributionStatus.COMMITTED, year),
        contribution("B", "40", ContributionStatus.DELIVERED, year));
    Electorate electorate = Electorate.of(alliance).withContributions(contributions);
    assertEquals(ids("A", "B"), electorate.voters().stream().map(Voter::id).toList(), "observers and suspended members do not vote");
    SimpleGame byMoney = SimpleGame.of(DecisionRule.weighted(WeightSource.contributions("EUR"), Threshold.moreThanHalf(), Base.ALL_MEMBERS), electorate);
    assertEquals("contributions in EUR >= 51 of 100", byMoney.describe());
    assertEquals(ids("A"), byMoney.dictators());
    SimpleGame explicit = SimpleGame.of(DecisionRule.weighted(WeightSource.explicit(Map.of(PartnerId.of("B"), BigDecimal.TEN, PartnerId.of("C"), BigDecimal.TEN)), Threshold.moreThanHalf(), Base.ALL_MEMBERS), electorate);
    assertEquals(ids("B"), explicit.dictators(), "A is not listed and weighs nothing; C does not vote");
  }

  private static Contribution contribution(String who, String amount, ContributionStatus status, DateRange period) {
    return Contribution.builder().contributor(PartnerId.of(who)).kind(ContributionKind.CAPITAL).description("dues")
        .valuation(Valuation.of(amount, "EUR")).status(status).period(period).build();
  }

  @Test
  void theEecCouncilsUtilities() {
    SimpleGame eec = SimpleGame.weighted(12, 4, 4, 4, 2, 2, 1);
    assertTrue(eec.isWinning(ids("P1", "P2", "P3")));
    assertFalse(eec.isWinning(ids("P1", "P2", "P6")));
    assertEquals(List.of(), eec.vetoPlayers());
    assertEquals("weight >= 6 of 17", eec.dual().describe());
    Coalitions minimal = eec.minimalWinningCoalitions(100);
    assertTrue(minimal.complete());
    assertEquals(4, minimal.size());
    assertTrue(minimal.coalitions().stream().noneMatch(c -> c.contains(PartnerId.of("P6"))), "Luxembourg is in no minimal winning coalition");
    assertTrue(eec.isBlocking(ids("P1", "P2")), "two big members block: the rest hold 9 < 12");
    assertFalse(eec.isBlocking(ids("P1", "P6")));
    Coalitions cut = eec.minimalWinningCoalitions(2);
    assertFalse(cut.complete());
    assertEquals(2, cut.size());
    assertEquals(1, eec.criteria().size());
    assertEquals(Rational.of(1, 17), eec.criteria().get(0).share(5));
  }
}
