package dev.alliance.core.power;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.core.exact.Rational;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Estimates: their intervals, their coverage, and their independence from scheduling. */
class MonteCarloTest {
  private static final Set<PowerIndex> ESTIMATED =
      EnumSet.of(PowerIndex.BANZHAF, PowerIndex.BANZHAF_ABSOLUTE, PowerIndex.SHAPLEY_SHUBIK, PowerIndex.JOHNSTON);
  private static final SimpleGame SECURITY_COUNCIL = SimpleGame.weighted(39, 7, 7, 7, 7, 7, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1);

  @Test
  void theNormalQuantilesAreThoseOfTheTables() {
    assertEquals(1.959963984540054, Normal.quantile(0.975), 1e-8);
    assertEquals(2.5758293035489004, Normal.quantile(0.995), 1e-8);
    assertEquals(0, Normal.quantile(0.5), 1e-12);
    assertEquals(-Normal.quantile(0.01), Normal.quantile(0.99), 1e-9);
  }

  /**
   * Sixty intervals are checked at once, so a few 95% intervals may miss by chance; each estimate
   * must still lie within four standard errors (a miss with odds of about 1 in 16,000 each).
   */
  @Test
  void estimatesOfTheSecurityCouncilLieCloseToTheExactValues() {
    PowerProfile estimate = PowerCalculator.defaults().withMethod(Method.MONTE_CARLO).compute(SECURITY_COUNCIL, ESTIMATED);
    Map<PowerIndex, List<Rational>> truth = BruteForce.of(SECURITY_COUNCIL).indices();
    for (IndexResult result : estimate.results()) {
      assertTrue(result.raw().isEmpty());
      for (int i = 0; i < 15; i++) {
        PowerValue.Estimate e = (PowerValue.Estimate) result.value(i);
        double exact = truth.get(result.index()).get(i).toDouble();
        assertTrue(Math.abs(e.value() - exact) <= 4 * e.standardError() + 1e-12, result.index() + " of " + i + ": " + e + " vs " + exact);
        assertEquals(PowerCalculator.DEFAULT_SAMPLES, e.samples());
        assertTrue(e.upper() - e.lower() < 0.02, "a narrow interval at 100,000 samples: " + e);
      }
    }
  }

  /** About 95% of 95% intervals must cover the truth; over 600 of them, fewer than 88% would be a defect. */
  @Test
  void ninetyFivePercentIntervalsCoverTheTruthAboutNinetyFivePercentOfTheTime() {
    SimpleGame eec = SimpleGame.weighted(12, 4, 4, 4, 2, 2, 1);
    Map<PowerIndex, List<Rational>> truth = BruteForce.of(eec).indices();
    int covered = 0;
    int intervals = 0;
    for (long seed = 1; seed <= 25; seed++) {
      PowerProfile p = PowerCalculator.defaults().withMethod(Method.MONTE_CARLO).withSamples(400).withSeed(seed).compute(eec, ESTIMATED);
      for (IndexResult result : p.results()) {
        for (int i = 0; i < 5; i++) {
          intervals++;
          if (((PowerValue.Estimate) result.value(i)).covers(truth.get(result.index()).get(i).toDouble())) {
            covered++;
          }
        }
      }
    }
    assertEquals(500, intervals);
    assertTrue(covered >= 0.88 * intervals, covered + " of " + intervals + " covered");
  }

  @Test
  void estimatesDependOnTheSeedOnlyNotOnParallelism() {
    PowerCalculator calculator = PowerCalculator.defaults().withMethod(Method.MONTE_CARLO).withSamples(5_000).withSeed(42);
    PowerProfile parallel = calculator.compute(SECURITY_COUNCIL, ESTIMATED);
    PowerProfile sequential = calculator.withParallelism(false).compute(SECURITY_COUNCIL, ESTIMATED);
    PowerProfile otherSeed = calculator.withSeed(43).compute(SECURITY_COUNCIL, ESTIMATED);
    for (PowerIndex index : ESTIMATED) {
      assertEquals(parallel.result(index).orElseThrow().values(), sequential.result(index).orElseThrow().values(), index.toString());
    }
    assertTrue(!parallel.result(PowerIndex.SHAPLEY_SHUBIK).orElseThrow().values().equals(otherSeed.result(PowerIndex.SHAPLEY_SHUBIK).orElseThrow().values()));
  }
}
