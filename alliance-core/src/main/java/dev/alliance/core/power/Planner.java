package dev.alliance.core.power;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Chooses how to compute each index: estimates every method's cost from the sizes that drive it
 * and picks the cheapest exact one within the budget, else Monte-Carlo where it applies, unless
 * the caller asked for a method. The estimates count elementary steps of the inner loops; they
 * are meant to rank methods and to stop hopeless ones, not to predict seconds.
 */
final class Planner {
  /** The largest table (in 8-byte entries) the generating functions may allocate per modulus. */
  static final long MAX_CELLS = 1L << 25;

  private final SimpleGame game;
  private final PowerCalculator calculator;
  private final int atoms;

  Planner(SimpleGame game, PowerCalculator calculator) {
    this.game = game;
    this.calculator = calculator;
    List<Condition.Atom> list = new ArrayList<>();
    game.condition().collectAtoms(list);
    this.atoms = list.size();
  }

  MethodChoice choose(PowerIndex index) {
    List<MethodChoice.Candidate> candidates =
        List.of(generatingFunctions(index), enumeration(index), monteCarlo(index));
    Optional<Method> requested = calculator.method();
    if (requested.isPresent()) {
      MethodChoice.Candidate c = candidates.get(requested.get().ordinal());
      return c.applicable()
          ? new MethodChoice(requested, true, "requested", candidates)
          : new MethodChoice(Optional.empty(), true, "requested " + MethodChoice.name(requested.get()) + ", which cannot: " + c.approach(), candidates);
    }
    MethodChoice.Candidate best = null;
    for (MethodChoice.Candidate c : candidates) {
      if (c.method() != Method.MONTE_CARLO && c.applicable() && (best == null || c.operations() < best.operations())) {
        best = c;
      }
    }
    String budget = String.format(Locale.ROOT, "%.1e", calculator.exactBudget());
    if (best != null && best.operations() <= calculator.exactBudget()) {
      return new MethodChoice(Optional.of(best.method()), false, "cheapest exact method within the budget of " + budget + " operations", candidates);
    }
    String exactNote =
        best == null
            ? "no exact method applies"
            : String.format(Locale.ROOT, "the cheapest exact method (%s) needs ~%.1e operations, over the budget of %s", MethodChoice.name(best.method()), best.operations(), budget);
    MethodChoice.Candidate mc = candidates.get(Method.MONTE_CARLO.ordinal());
    if (mc.applicable()) {
      return new MethodChoice(Optional.of(Method.MONTE_CARLO), false, exactNote + "; estimated instead", candidates);
    }
    return new MethodChoice(Optional.empty(), false, exactNote + ", and Monte-Carlo does not estimate " + index, candidates);
  }

  private MethodChoice.Candidate generatingFunctions(PowerIndex index) {
    Method gf = Method.GENERATING_FUNCTIONS;
    if (game.isWeighted()) {
      Condition.Atom atom = (Condition.Atom) game.condition();
      WeightedCounting wc = new WeightedCounting(game.weights()[0], atom.quota(), calculator.parallel());
      long a = wc.active();
      long d = wc.distinctWeights();
      long m = wc.moduli();
      long dualQuota = wc.dualQuota();
      long quota = wc.reducedQuota();
      String players = a + " weighted players, " + d + " distinct weights, " + m + (m == 1 ? " modulus" : " moduli");
      if (index.isBanzhaf()) {
        return fits(gf, dualQuota, String.format(Locale.ROOT,
            "one weighted criterion: a table of %,d coefficients (quota in lowest terms, or its dual if smaller), %s", dualQuota, players),
            (double) m * (a + 2) * dualQuota);
      }
      if (index == PowerIndex.SHAPLEY_SHUBIK) {
        return fits(gf, (a + 1) * dualQuota, String.format(Locale.ROOT,
            "one weighted criterion: a table of %,d sizes x %,d weights, %s", a + 1, dualQuota, players),
            (double) m * (a * a / 2.0 + 2 * a) * dualQuota);
      }
      if (index.needsMinimalWinning()) {
        return fits(gf, (a + 1) * quota, String.format(Locale.ROOT,
            "prefix tables of %,d sizes x %,d weights over the players by decreasing weight, for the game and without each of the %d distinct weights, %s",
            a + 1, quota, d, players),
            (double) m * (d + 1) * a * a * quota / 2.0);
      }
      return new MethodChoice.Candidate(gf, false, "no generating function here for Johnston's critical-member counts", Double.POSITIVE_INFINITY);
    }
    if (index.needsMinimalWinning() || index == PowerIndex.JOHNSTON) {
      return new MethodChoice.Candidate(gf, false,
          "minimal winning and critical-member counts are generated for plain weighted games only; this game has " + game.weights().length + " criteria",
          Double.POSITIVE_INFINITY);
    }
    boolean withSize = index == PowerIndex.SHAPLEY_SHUBIK;
    long cells = TableCounting.cellsFor(game, withSize);
    long a = TableCounting.activePlayers(game);
    long m = Moduli.forBits((int) a + 2).length;
    if (cells == Long.MAX_VALUE) {
      return new MethodChoice.Candidate(gf, false, "the criteria's totals make the table astronomically large", Double.POSITIVE_INFINITY);
    }
    return fits(gf, cells * m, String.format(Locale.ROOT,
        "a table over %d criteria%s of %,d cells, %d active players, %d %s",
        game.weights().length, withSize ? " and the coalition size" : "", cells, a, m, m == 1 ? "modulus" : "moduli"),
        (double) cells * a * (2 * m + 1));
  }

  private static MethodChoice.Candidate fits(Method method, long cells, String approach, double operations) {
    if (cells > MAX_CELLS) {
      return new MethodChoice.Candidate(method, false,
          String.format(Locale.ROOT, "%s: %,d table entries exceed the limit of %,d", approach, cells, MAX_CELLS), Double.POSITIVE_INFINITY);
    }
    return new MethodChoice.Candidate(method, true, approach, operations);
  }

  private MethodChoice.Candidate enumeration(PowerIndex index) {
    int n = game.size();
    if (n > Enumeration.MAX_PLAYERS) {
      return new MethodChoice.Candidate(Method.ENUMERATION, false,
          n + " players; enumeration stops at " + Enumeration.MAX_PLAYERS, Double.POSITIVE_INFINITY);
    }
    boolean critical = index.needsMinimalWinning() || index == PowerIndex.JOHNSTON;
    double operations = critical ? Math.scalb(1.0, n) * (atoms + 2) * (n / 2.0 + 1) : game.basicEnumerationCost();
    return new MethodChoice.Candidate(Method.ENUMERATION, true,
        String.format(Locale.ROOT, "all 2^%d coalitions against a condition of %d atoms%s", n, atoms, critical ? ", finding each winning coalition's critical members" : ""),
        operations);
  }

  private MethodChoice.Candidate monteCarlo(PowerIndex index) {
    if (index.needsMinimalWinning()) {
      return new MethodChoice.Candidate(Method.MONTE_CARLO, false,
          "random coalitions almost never are minimal winning ones, so " + index + " is not estimated", Double.POSITIVE_INFINITY);
    }
    long samples = calculator.samples();
    String what = index == PowerIndex.SHAPLEY_SHUBIK ? "random voting orders" : "random coalitions";
    return new MethodChoice.Candidate(Method.MONTE_CARLO, true,
        String.format(Locale.ROOT, "%,d %s, %.0f%% confidence intervals", samples, what, calculator.confidence() * 100),
        (double) samples * game.size() * (game.weights().length + atoms + 1));
  }
}
