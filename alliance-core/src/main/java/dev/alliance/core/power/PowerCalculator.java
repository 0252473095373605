package dev.alliance.core.power;

import dev.alliance.api.Checks;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes power indices. By default it picks, per index, the cheapest exact method whose
 * estimated cost is within a budget, and falls back to a Monte-Carlo estimate with confidence
 * intervals beyond it; {@link #withMethod(Method)} forces a method. The result says which method
 * each index got and why ({@link PowerProfile#choice(PowerIndex)}).
 *
 * <pre>{@code
 * SimpleGame eec = SimpleGame.of(rule, eecAlliance);
 * PowerProfile exact = PowerCalculator.defaults().compute(eec);
 * PowerProfile quick = PowerCalculator.defaults()
 *     .withMethod(Method.MONTE_CARLO).withSamples(10_000).withSeed(7)
 *     .compute(eec, Set.of(PowerIndex.SHAPLEY_SHUBIK));
 * }</pre>
 *
 * <p>Immutable and thread-safe; the {@code with*} methods return modified copies. Results never
 * depend on the parallelism: exact values are exact, and estimates depend only on the seed.
 */
public final class PowerCalculator {
  /** Default number of Monte-Carlo samples. */
  public static final long DEFAULT_SAMPLES = 100_000;
  /** Default Monte-Carlo seed, so that repeated runs give the same estimates. */
  public static final long DEFAULT_SEED = 1_958L;
  /** Default confidence level of Monte-Carlo intervals. */
  public static final double DEFAULT_CONFIDENCE = 0.95;
  /**
   * Default budget for exact methods, in estimated elementary operations: about ten to twenty
   * seconds on one core of a small machine.
   */
  public static final double DEFAULT_EXACT_BUDGET = 2e10;

  private static final Logger LOG = LoggerFactory.getLogger(PowerCalculator.class);

  private final Optional<Method> method;
  private final long samples;
  private final long seed;
  private final double confidence;
  private final double exactBudget;
  private final boolean parallel;

  private PowerCalculator(Optional<Method> method, long samples, long seed, double confidence, double exactBudget, boolean parallel) {
    this.method = method;
    this.samples = samples;
    this.seed = seed;
    this.confidence = confidence;
    this.exactBudget = exactBudget;
    this.parallel = parallel;
  }

  /** @return a calculator that chooses the method automatically, with the default settings */
  public static PowerCalculator defaults() {
    return new PowerCalculator(Optional.empty(), DEFAULT_SAMPLES, DEFAULT_SEED, DEFAULT_CONFIDENCE, DEFAULT_EXACT_BUDGET, true);
  }

  /**
   * @param forced the method to use for every index; an index it cannot compute is reported as
   *     not computed, with the reason
   * @return a copy that uses that method
   */
  public PowerCalculator withMethod(Method forced) {
    return new PowerCalculator(Optional.of(Objects.requireNonNull(forced, "method")), samples, seed, confidence, exactBudget, parallel);
  }

  /** @return a copy that chooses the method automatically */
  public PowerCalculator withAutomaticMethod() {
    return new PowerCalculator(Optional.empty(), samples, seed, confidence, exactBudget, parallel);
  }

  /**
   * @param count the number of Monte-Carlo samples; at least 100
   * @return a copy with that sample size
   */
  public PowerCalculator withSamples(long count) {
    Checks.check(count >= 100, "PowerCalculator.samples", count, "must be at least 100");
    return new PowerCalculator(method, count, seed, confidence, exactBudget, parallel);
  }

  /**
   * @param newSeed the Monte-Carlo seed
   * @return a copy with that seed
   */
  public PowerCalculator withSeed(long newSeed) {
    return new PowerCalculator(method, samples, newSeed, confidence, exactBudget, parallel);
  }

  /**
   * @param level the confidence level of Monte-Carlo intervals, strictly between 0 and 1
   * @return a copy with that level
   */
  public PowerCalculator withConfidence(double level) {
    Checks.check(level > 0 && level < 1, "PowerCalculator.confidence", level, "must lie strictly between 0 and 1");
    return new PowerCalculator(method, samples, seed, level, exactBudget, parallel);
  }

  /**
   * @param operations the most estimated operations an automatically chosen exact method may take
   * @return a copy with that budget
   */
  public PowerCalculator withExactBudget(double operations) {
    Checks.check(operations > 0, "PowerCalculator.exactBudget", operations, "must be positive");
    return new PowerCalculator(method, samples, seed, confidence, operations, parallel);
  }

  /**
   * @param enabled whether to use several cores (the common fork-join pool); results are the same
   * @return a copy with that setting
   */
  public PowerCalculator withParallelism(boolean enabled) {
    return new PowerCalculator(method, samples, seed, confidence, exactBudget, enabled);
  }

  /** @return the forced method, if any */
  public Optional<Method> method() {
    return method;
  }

  /** @return the Monte-Carlo sample size */
  public long samples() {
    return samples;
  }

  /** @return the Monte-Carlo seed */
  public long seed() {
    return seed;
  }

  /** @return the confidence level of Monte-Carlo intervals */
  public double confidence() {
    return confidence;
  }

  /** @return the budget for automatically chosen exact methods */
  public double exactBudget() {
    return exactBudget;
  }

  Parallel parallel() {
    return new Parallel(parallel);
  }

  /**
   * @param game a game
   * @param index an index
   * @return how this calculator would compute the index, without computing it
   */
  public MethodChoice plan(SimpleGame game, PowerIndex index) {
    return new Planner(game, this).choose(index);
  }

  /**
   * @param game a game
   * @return every index
   */
  public PowerProfile compute(SimpleGame game) {
    return compute(game, EnumSet.allOf(PowerIndex.class));
  }

  /**
   * @param game a game
   * @param indices the indices wanted; at least one
   * @return the indices, each with how it was computed or why it was not
   */
  public PowerProfile compute(SimpleGame game, Set<PowerIndex> indices) {
    Objects.requireNonNull(game, "game");
    Checks.notEmpty("PowerCalculator.indices", indices);
    Planner planner = new Planner(game, this);
    Map<PowerIndex, MethodChoice> choices = new EnumMap<>(PowerIndex.class);
    Map<Method, Set<PowerIndex>> byMethod = new EnumMap<>(Method.class);
    for (PowerIndex index : indices) {
      MethodChoice choice = planner.choose(index);
      choices.put(index, choice);
      choice.method().ifPresent(m -> byMethod.computeIfAbsent(m, x -> EnumSet.noneOf(PowerIndex.class)).add(index));
      LOG.debug("{} for {}: {}", index, game, choice.explain());
    }
    Map<PowerIndex, IndexResult> results = new EnumMap<>(PowerIndex.class);
    byMethod.forEach(
        (m, wanted) -> {
          if (m == Method.GENERATING_FUNCTIONS) {
            results.putAll(generatingFunctions(game, wanted, choices));
          } else if (m == Method.ENUMERATION) {
            results.putAll(enumeration(game, wanted, choices));
          } else {
            results.putAll(monteCarlo(game, wanted, choices));
          }
        });
    return new PowerProfile(game, results, choices);
  }

  private Map<PowerIndex, IndexResult> generatingFunctions(
      SimpleGame game, Set<PowerIndex> wanted, Map<PowerIndex, MethodChoice> choices) {
    Map<PowerIndex, IndexResult> out = new EnumMap<>(PowerIndex.class);
    boolean banzhaf = wanted.contains(PowerIndex.BANZHAF) || wanted.contains(PowerIndex.BANZHAF_ABSOLUTE);
    boolean shapley = wanted.contains(PowerIndex.SHAPLEY_SHUBIK);
    BigInteger[][] bySize = null;
    int active;
    BigInteger[] swings = null;
    if (game.isWeighted()) {
      Condition.Atom atom = (Condition.Atom) game.condition();
      WeightedCounting wc = new WeightedCounting(game.weights()[0], atom.quota(), parallel());
      active = wc.active();
      if (shapley) {
        bySize = wc.swingsBySize();
      } else if (banzhaf) {
        swings = wc.banzhafSwings();
      }
      if (wanted.contains(PowerIndex.DEEGAN_PACKEL) || wanted.contains(PowerIndex.HOLLER)) {
        out.putAll(IndexMath.minimalWinning(wc.minimalWinningBySize(), wanted, choices));
      }
    } else {
      TableCounting tc = new TableCounting(game, shapley, parallel());
      active = tc.activeCount();
      if (shapley) {
        bySize = tc.swingsBySize();
      } else if (banzhaf) {
        swings = tc.banzhafSwings();
      }
    }
    if (shapley) {
      out.put(PowerIndex.SHAPLEY_SHUBIK, IndexMath.shapleyShubik(bySize, active, choices.get(PowerIndex.SHAPLEY_SHUBIK)));
      if (banzhaf) {
        swings = swingsFromSizes(bySize, game.size() - active);
      }
    }
    if (banzhaf) {
      out.putAll(IndexMath.banzhaf(swings, wanted, choices));
    }
    return out;
  }

  /** A player's swings are its swings by size summed, doubled for every null player set aside. */
  private static BigInteger[] swingsFromSizes(BigInteger[][] bySize, int nullPlayers) {
    BigInteger[] swings = new BigInteger[bySize.length];
    for (int i = 0; i < bySize.length; i++) {
      BigInteger sum = BigInteger.ZERO;
      if (bySize[i] != null) {
        for (BigInteger c : bySize[i]) {
          sum = sum.add(c);
        }
      }
      swings[i] = sum.shiftLeft(nullPlayers);
    }
    return swings;
  }

  private Map<PowerIndex, IndexResult> enumeration(SimpleGame game, Set<PowerIndex> wanted, Map<PowerIndex, MethodChoice> choices) {
    Map<PowerIndex, IndexResult> out = new EnumMap<>(PowerIndex.class);
    Enumeration enumeration = new Enumeration(game, parallel());
    boolean banzhaf = wanted.contains(PowerIndex.BANZHAF) || wanted.contains(PowerIndex.BANZHAF_ABSOLUTE);
    if (banzhaf || wanted.contains(PowerIndex.SHAPLEY_SHUBIK)) {
      Enumeration.Tally tally = enumeration.run(false);
      if (banzhaf) {
        long all = 0;
        for (long w : tally.winning) {
          all += w;
        }
        BigInteger[] swings = new BigInteger[game.size()];
        for (int i = 0; i < swings.length; i++) {
          long with = 0;
          for (long w : tally.winningWith[i]) {
            with += w;
          }
          swings[i] = BigInteger.valueOf(2 * with - all);
        }
        out.putAll(IndexMath.banzhaf(swings, wanted, choices));
      }
      if (wanted.contains(PowerIndex.SHAPLEY_SHUBIK)) {
        out.put(PowerIndex.SHAPLEY_SHUBIK, IndexMath.shapleyShubik(tally.winningWith, tally.winning, choices.get(PowerIndex.SHAPLEY_SHUBIK)));
      }
    }
    boolean minimal = wanted.contains(PowerIndex.DEEGAN_PACKEL) || wanted.contains(PowerIndex.HOLLER);
    if (minimal || wanted.contains(PowerIndex.JOHNSTON)) {
      Enumeration.Tally tally = enumeration.run(true);
      if (minimal) {
        out.putAll(IndexMath.minimalWinning(IndexMath.toBig(tally.minimalWith), wanted, choices));
      }
      if (wanted.contains(PowerIndex.JOHNSTON)) {
        out.put(PowerIndex.JOHNSTON, IndexMath.johnston(tally.criticalWith, choices.get(PowerIndex.JOHNSTON)));
      }
    }
    return out;
  }

  private Map<PowerIndex, IndexResult> monteCarlo(SimpleGame game, Set<PowerIndex> wanted, Map<PowerIndex, MethodChoice> choices) {
    Map<PowerIndex, IndexResult> out = new EnumMap<>(PowerIndex.class);
    MonteCarlo mc = new MonteCarlo(game, samples, seed, confidence, parallel());
    if (wanted.contains(PowerIndex.BANZHAF) || wanted.contains(PowerIndex.BANZHAF_ABSOLUTE)) {
      PowerValue.Estimate[][] estimates = mc.banzhaf();
      List<PowerValue> absolute = new ArrayList<>();
      List<PowerValue> normalized = new ArrayList<>();
      for (PowerValue.Estimate[] e : estimates) {
        absolute.add(e[0]);
        normalized.add(e[1]);
      }
      if (wanted.contains(PowerIndex.BANZHAF)) {
        out.put(PowerIndex.BANZHAF, new IndexResult(PowerIndex.BANZHAF, normalized, List.of(), choices.get(PowerIndex.BANZHAF)));
      }
      if (wanted.contains(PowerIndex.BANZHAF_ABSOLUTE)) {
        out.put(PowerIndex.BANZHAF_ABSOLUTE, new IndexResult(PowerIndex.BANZHAF_ABSOLUTE, absolute, List.of(), choices.get(PowerIndex.BANZHAF_ABSOLUTE)));
      }
    }
    if (wanted.contains(PowerIndex.SHAPLEY_SHUBIK)) {
      out.put(PowerIndex.SHAPLEY_SHUBIK, new IndexResult(PowerIndex.SHAPLEY_SHUBIK, List.of(mc.shapleyShubik()), List.of(), choices.get(PowerIndex.SHAPLEY_SHUBIK)));
    }
    if (wanted.contains(PowerIndex.JOHNSTON)) {
      out.put(PowerIndex.JOHNSTON, new IndexResult(PowerIndex.JOHNSTON, List.of(mc.johnston()), List.of(), choices.get(PowerIndex.JOHNSTON)));
    }
    return out;
  }
}
