package dev.alliance.core.power;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.api.governance.DecisionRule;
import dev.alliance.api.governance.Threshold;
import dev.alliance.api.partner.Measure;
import dev.alliance.core.governance.Electorate;
import dev.alliance.core.governance.Voter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The automatic choice of method, the override, and their explanations. */
class PlannerTest {
  static SimpleGame doubleMajority(int states, long seed) {
    java.util.Random random = new java.util.Random(seed);
    List<Voter> voters = new ArrayList<>();
    for (int i = 0; i < states; i++) {
      voters.add(Voters.voter("S" + i, 1).withMeasure(Measure.POPULATION, BigDecimal.valueOf(100_000 + random.nextInt(80_000_000))));
    }
    return SimpleGame.of(
        new DecisionRule.DoubleMajority(Threshold.atLeastPercent("55"), Measure.POPULATION, Threshold.atLeastPercent("65"), 4),
        Electorate.of(voters));
  }

  @Test
  void aWeightedGameIsCountedByGeneratingFunctionsAndExplainsItsTable() {
    SimpleGame game = SimpleGame.weighted(39, 7, 7, 7, 7, 7, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1);
    MethodChoice choice = PowerCalculator.defaults().plan(game, PowerIndex.BANZHAF);
    assertEquals(Optional.of(Method.GENERATING_FUNCTIONS), choice.method());
    assertFalse(choice.requested());
    assertTrue(choice.explain().contains("a table of 7 coefficients"), choice.explain());
    assertEquals(3, choice.candidates().size());
  }

  @Test
  void aDoubleMajorityWithPopulationsInPersonsIsEnumerated() {
    SimpleGame eu = doubleMajority(27, 1);
    MethodChoice choice = PowerCalculator.defaults().plan(eu, PowerIndex.SHAPLEY_SHUBIK);
    assertEquals(Optional.of(Method.ENUMERATION), choice.method());
    MethodChoice.Candidate table = choice.candidates().get(0);
    assertFalse(table.applicable());
    assertTrue(table.approach().contains("exceed the limit"), table.approach());
  }

  @Test
  void beyondExactReachBanzhafIsEstimatedAndDeeganPackelIsNotComputed() {
    SimpleGame big = doubleMajority(60, 2);
    PowerProfile profile =
        PowerCalculator.defaults().withSamples(2_000).compute(big, EnumSet.of(PowerIndex.BANZHAF, PowerIndex.DEEGAN_PACKEL));
    assertEquals(Optional.of(Method.MONTE_CARLO), profile.choice(PowerIndex.BANZHAF).method());
    assertTrue(profile.choice(PowerIndex.BANZHAF).reason().startsWith("no exact method applies"), profile.choice(PowerIndex.BANZHAF).reason());
    assertFalse(profile.result(PowerIndex.BANZHAF).orElseThrow().isExact());
    assertEquals(Optional.empty(), profile.choice(PowerIndex.DEEGAN_PACKEL).method());
    assertTrue(profile.choice(PowerIndex.DEEGAN_PACKEL).reason().endsWith("Monte-Carlo does not estimate DEEGAN_PACKEL"));
    assertTrue(profile.result(PowerIndex.DEEGAN_PACKEL).isEmpty());
    assertEquals(Optional.empty(), profile.nullPlayers(), "null players are not known from estimates");
  }

  @Test
  void theBudgetSendsExpensiveExactWorkToMonteCarlo() {
    SimpleGame eec = SimpleGame.weighted(12, 4, 4, 4, 2, 2, 1);
    PowerProfile profile = PowerCalculator.defaults().withExactBudget(1).withSamples(1_000).compute(eec, Set.of(PowerIndex.BANZHAF, PowerIndex.HOLLER));
    assertEquals(Optional.of(Method.MONTE_CARLO), profile.choice(PowerIndex.BANZHAF).method());
    assertTrue(profile.choice(PowerIndex.BANZHAF).reason().contains("over the budget of 1.0e+00"), profile.choice(PowerIndex.BANZHAF).reason());
    assertEquals(Optional.empty(), profile.choice(PowerIndex.HOLLER).method());
  }

  @Test
  void aRequestedMethodIsUsedOrTheIndexIsReportedAsNotComputed() {
    long[] weights = new long[51];
    java.util.Arrays.fill(weights, 10);
    SimpleGame big = SimpleGame.weighted(300, weights);
    PowerProfile profile = PowerCalculator.defaults().withMethod(Method.ENUMERATION).compute(big, Set.of(PowerIndex.BANZHAF));
    MethodChoice choice = profile.choice(PowerIndex.BANZHAF);
    assertTrue(choice.requested());
    assertEquals(Optional.empty(), choice.method());
    assertEquals("requested enumeration, which cannot: 51 players; enumeration stops at 40", choice.reason());
    assertTrue(profile.results().isEmpty());
    assertTrue(profile.explain().startsWith("BANZHAF: not computed (requested enumeration"), profile.explain());

    PowerProfile forced = PowerCalculator.defaults().withMethod(Method.MONTE_CARLO).withSamples(500).compute(SimpleGame.weighted(2, 1, 1, 1), Set.of(PowerIndex.SHAPLEY_SHUBIK));
    assertEquals(Optional.of(Method.MONTE_CARLO), forced.choice(PowerIndex.SHAPLEY_SHUBIK).method());
    assertTrue(forced.choice(PowerIndex.SHAPLEY_SHUBIK).requested());
  }

  @Test
  void smallGamesAreEnumeratedAndLargeWeightedOnesGenerated() {
    SimpleGame eec = SimpleGame.weighted(12, 4, 4, 4, 2, 2, 1);
    PowerProfile profile = PowerCalculator.defaults().compute(eec);
    assertEquals(Optional.of(Method.ENUMERATION), profile.choice(PowerIndex.JOHNSTON).method());
    assertEquals(6, profile.results().size());
    assertEquals(6, profile.members().size());
    assertEquals(6, profile.members().get(0).values().size());

    long[] weights = new long[45];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = 1 + i % 7;
    }
    SimpleGame large = SimpleGame.weighted(100, weights);
    assertEquals(Optional.of(Method.GENERATING_FUNCTIONS), PowerCalculator.defaults().plan(large, PowerIndex.DEEGAN_PACKEL).method());
    assertEquals(Optional.of(Method.MONTE_CARLO), PowerCalculator.defaults().plan(large, PowerIndex.JOHNSTON).method());
  }
}
