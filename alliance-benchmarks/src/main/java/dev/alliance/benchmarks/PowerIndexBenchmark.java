package dev.alliance.benchmarks;

import dev.alliance.api.governance.DecisionRule;
import dev.alliance.api.governance.Threshold;
import dev.alliance.api.partner.Measure;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.governance.Electorate;
import dev.alliance.core.governance.Voter;
import dev.alliance.core.power.Method;
import dev.alliance.core.power.PowerCalculator;
import dev.alliance.core.power.PowerIndex;
import dev.alliance.core.power.PowerProfile;
import dev.alliance.core.power.SimpleGame;
import dev.alliance.examples.power.ImfSupermajority;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The power-index targets of ../shared/design/performance.md: exact Banzhaf for 200 players and for
 * an IMF-sized board, exact Shapley-Shubik for the US Electoral College, exact Banzhaf and
 * Shapley-Shubik for the EU-27 double majority, and generating functions against enumerating all
 * coalitions at 20 players (a plain enumeration as the baseline, and the library's own).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PowerIndexBenchmark {
  private static final Set<PowerIndex> BANZHAF = EnumSet.of(PowerIndex.BANZHAF);
  private static final Set<PowerIndex> SHAPLEY_SHUBIK = EnumSet.of(PowerIndex.SHAPLEY_SHUBIK);

  /**
   * Electoral votes after the 2020 census (the 2024 and 2028 elections), the 50 states and the
   * District of Columbia, 538 in all; Maine's and Nebraska's district votes are not split off.
   */
  static final long[] ELECTORAL_COLLEGE = {
    54, 40, 30, 28, 19, 19, 17, 16, 16, 15, 14, 13, 12, 11, 11, 11, 11, 10, 10, 10, 10, 10, 9, 9, 8, 8,
    8, 7, 7, 6, 6, 6, 6, 6, 6, 5, 5, 4, 4, 4, 4, 4, 4, 4, 3, 3, 3, 3, 3, 3, 3
  };

  /**
   * The EU-27's shares of the Union's population for 2025 (populations on 1 January 2024, total
   * 451,028,881) in percent, as the Council's decision reports them (Agence Europe, 12 December
   * 2024): Germany first, Malta last. Populations are rebuilt from the rounded shares, so they
   * approximate the official figures to within 0.005% of the Union.
   */
  static final double[] EU_POPULATION_PERCENT = {
    18.49, 15.17, 13.23, 10.78, 8.33, 4.23, 4.01, 2.62, 2.42, 2.36, 2.34, 2.31, 2.13, 2.02, 1.43, 1.32,
    1.25, 1.21, 1.19, 0.86, 0.64, 0.47, 0.42, 0.30, 0.21, 0.15, 0.12
  };

  private static final long EU_POPULATION = 451_028_881L;

  private SimpleGame twoHundred;
  private SimpleGame imfMajority;
  private SimpleGame imfSupermajority;
  private SimpleGame electoralCollege;
  private SimpleGame euCouncil;
  private SimpleGame twenty;
  private long[] twentyWeights;
  private long twentyQuota;
  private PowerCalculator exact;
  private PowerCalculator byEnumeration;

  /** Builds the games from fixed data and seeds. */
  @Setup
  public void setUp() {
    Random random = new Random(20_000);
    long[] w200 = new long[200];
    for (int i = 0; i < w200.length; i++) {
      w200[i] = 1 + random.nextInt(199);
    }
    twoHundred = SimpleGame.weighted(total(w200) / 2 + 1, w200);
    imfMajority = ImfSupermajority.game("50");
    imfSupermajority = ImfSupermajority.game("85");
    if (total(ELECTORAL_COLLEGE) != 538 || ELECTORAL_COLLEGE.length != 51) {
      throw new IllegalStateException("the Electoral College has 51 members and 538 votes");
    }
    electoralCollege = SimpleGame.weighted(270, ELECTORAL_COLLEGE);
    List<Voter> states = new ArrayList<>();
    for (int i = 0; i < EU_POPULATION_PERCENT.length; i++) {
      long population = Math.round(EU_POPULATION_PERCENT[i] / 100 * EU_POPULATION);
      states.add(Voter.of(PartnerId.of("EU" + i)).withMeasure(Measure.POPULATION, BigDecimal.valueOf(population)));
    }
    euCouncil =
        SimpleGame.of(
            new DecisionRule.DoubleMajority(Threshold.atLeastPercent("55"), Measure.POPULATION, Threshold.atLeastPercent("65"), 4),
            Electorate.of(states));
    twentyWeights = new long[20];
    for (int i = 0; i < twentyWeights.length; i++) {
      twentyWeights[i] = 1 + random.nextInt(100);
    }
    twentyQuota = total(twentyWeights) / 2 + 1;
    twenty = SimpleGame.weighted(twentyQuota, twentyWeights);
    exact = PowerCalculator.defaults();
    byEnumeration = PowerCalculator.defaults().withMethod(Method.ENUMERATION);
    check(exact.compute(twoHundred, BANZHAF));
    check(exact.compute(imfSupermajority, BANZHAF));
    check(exact.compute(euCouncil, EnumSet.of(PowerIndex.BANZHAF, PowerIndex.SHAPLEY_SHUBIK)));
  }

  private static void check(PowerProfile profile) {
    profile.results().forEach(r -> {
      if (!r.isExact()) {
        throw new IllegalStateException("not exact: " + profile.explain());
      }
    });
  }

  private static long total(long[] w) {
    long t = 0;
    for (long x : w) {
      t += x;
    }
    return t;
  }

  /** @return exact Banzhaf, 200 players, total weight about 20,000 (target 100 ms) */
  @Benchmark
  public PowerProfile banzhaf200Players() {
    return exact.compute(twoHundred, BANZHAF);
  }

  /** @return exact Banzhaf, IMF-sized board, 85% supermajority (target 5 s) */
  @Benchmark
  public PowerProfile banzhafImfSupermajority() {
    return exact.compute(imfSupermajority, BANZHAF);
  }

  /** @return exact Banzhaf, IMF-sized board, simple majority: the largest table (target 5 s) */
  @Benchmark
  public PowerProfile banzhafImfMajority() {
    return exact.compute(imfMajority, BANZHAF);
  }

  /** @return exact Shapley-Shubik, US Electoral College (target 50 ms) */
  @Benchmark
  public PowerProfile shapleyShubikElectoralCollege() {
    return exact.compute(electoralCollege, SHAPLEY_SHUBIK);
  }

  /** @return exact Banzhaf and Shapley-Shubik, EU-27 double majority (target 1 s) */
  @Benchmark
  public PowerProfile euDoubleMajority() {
    return exact.compute(euCouncil, EnumSet.of(PowerIndex.BANZHAF, PowerIndex.SHAPLEY_SHUBIK));
  }

  /** @return exact Banzhaf of a 20-player weighted game by generating functions */
  @Benchmark
  public PowerProfile twentyPlayersGeneratingFunctions() {
    return exact.compute(twenty, BANZHAF);
  }

  /** @return the same by the library's enumeration (all coalitions, low half sorted) */
  @Benchmark
  public PowerProfile twentyPlayersLibraryEnumeration() {
    return byEnumeration.compute(twenty, BANZHAF);
  }

  /**
   * The baseline: visit every coalition in Gray-code order and count, for each winning one, the
   * members whose leaving makes it lose.
   *
   * @return the swing counts
   */
  @Benchmark
  public long[] twentyPlayersPlainEnumeration() {
    int n = twentyWeights.length;
    long[] swings = new long[n];
    long weight = 0;
    int mask = 0;
    for (int step = 0; step < 1 << n; step++) {
      if (step > 0) {
        int bit = Integer.numberOfTrailingZeros(step);
        mask ^= 1 << bit;
        weight += (mask >> bit & 1) != 0 ? twentyWeights[bit] : -twentyWeights[bit];
      }
      if (weight >= twentyQuota) {
        for (int rest = mask; rest != 0; rest &= rest - 1) {
          int i = Integer.numberOfTrailingZeros(rest);
          if (weight - twentyWeights[i] < twentyQuota) {
            swings[i]++;
          }
        }
      }
    }
    return swings;
  }
}
