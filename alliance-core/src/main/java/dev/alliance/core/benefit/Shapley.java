package dev.alliance.core.benefit;

import dev.alliance.api.Checks;
import dev.alliance.core.exact.Rational;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Shapley values of a {@link CoalitionGame}: exact for up to {@link #EXACT_LIMIT} players,
 * sampled beyond (or whenever asked).
 *
 * <pre>{@code
 * ShapleyValue exact = Shapley.exact(game);              // fractions that add up to v(N)
 * ShapleyEstimate approx = Shapley.sampled(game, 10_000, 42L);
 * approx.halfWidth95(player);                            // the stated error
 * }</pre>
 *
 * <p>The exact value groups the formula {@code phi(i) = sum over S not containing i of |S|! (n -
 * |S| - 1)! / n! * (v(S + i) - v(S))} by coalition size: one pass over the 2^n coalitions sums, for
 * each player and size, the marginal contributions (as whole numbers at the game's decimal scale,
 * in 128 bits), and n^2 exact multiplications by the size weights finish it. Time grows as n 2^n
 * and memory as 2^n: 20 players take well under a second.
 */
public final class Shapley {
  /** The most players for which the exact value is computed. */
  public static final int EXACT_LIMIT = 22;

  private Shapley() {}

  /**
   * @param game a game of at most {@link #EXACT_LIMIT} players
   * @return its exact Shapley value
   * @throws dev.alliance.api.InvalidValueException when the game has too many players, or values
   *     too large or too fine to be handled exactly
   */
  public static ShapleyValue exact(CoalitionGame game) {
    Table table = Table.of(game, EXACT_LIMIT, "Shapley.players");
    int n = table.n;
    long[] units = table.units;
    long[] high = new long[n * n];
    long[] low = new long[n * n];
    int full = (1 << n) - 1;
    for (int mask = 0; mask <= full; mask++) {
      long here = units[mask];
      int size = Integer.bitCount(mask);
      int outside = ~mask & full;
      while (outside != 0) {
        int i = Integer.numberOfTrailingZeros(outside);
        outside &= outside - 1;
        long d = units[mask | (1 << i)] - here;
        int cell = i * n + size;
        long before = low[cell];
        long after = before + d;
        low[cell] = after;
        high[cell] += (d >> 63) + (Long.compareUnsigned(after, before) < 0 ? 1 : 0);
      }
    }
    BigInteger[] factorial = factorials(n);
    BigInteger denominator = factorial[n].multiply(BigInteger.TEN.pow(table.scale));
    List<Rational> values = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      BigInteger numerator = BigInteger.ZERO;
      for (int size = 0; size < n; size++) {
        BigInteger sum = BigInteger.valueOf(high[i * n + size]).shiftLeft(64).add(unsigned(low[i * n + size]));
        numerator = numerator.add(sum.multiply(factorial[size]).multiply(factorial[n - size - 1]));
      }
      values.add(Rational.of(numerator, denominator));
    }
    return new ShapleyValue(game.players(), values, Rational.of(table.value(full)));
  }

  /**
   * Estimates the Shapley value from random orders of the players (Castro, Gomez and Tejada, 2009):
   * each order is drawn uniformly, the players join in that order, and each is credited with what
   * it adds to the coalition it joins.
   *
   * @param game a game of any size up to {@link CoalitionGame#MAX_PLAYERS}
   * @param orders how many random orders to draw; at least 2
   * @param seed the seed, so that the estimate can be reproduced
   * @return the estimates with their standard errors
   */
  public static ShapleyEstimate sampled(CoalitionGame game, int orders, long seed) {
    Checks.check(orders >= 2, "Shapley.orders", orders, "must be at least 2");
    int n = game.size();
    SplittableRandom random = new SplittableRandom(seed);
    BigDecimal[] sums = new BigDecimal[n];
    double[] sumsOfSquares = new double[n];
    double[] means = new double[n];
    java.util.Arrays.fill(sums, BigDecimal.ZERO);
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int draw = 0; draw < orders; draw++) {
      for (int i = n - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int swap = order[i];
        order[i] = order[j];
        order[j] = swap;
      }
      long mask = 0;
      BigDecimal previous = BigDecimal.ZERO;
      for (int position = 0; position < n; position++) {
        int player = order[position];
        mask |= 1L << player;
        BigDecimal current = game.value(mask);
        BigDecimal marginal = current.subtract(previous);
        sums[player] = sums[player].add(marginal);
        // Welford's update keeps the variance stable for large, similar contributions.
        double x = marginal.doubleValue();
        double delta = x - means[player];
        means[player] += delta / (draw + 1);
        sumsOfSquares[player] += delta * (x - means[player]);
        previous = current;
      }
    }
    List<Rational> estimates = new ArrayList<>(n);
    List<Double> errors = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      estimates.add(Rational.of(sums[i]).dividedBy(Rational.of(orders)));
      errors.add(Math.sqrt(sumsOfSquares[i] / (orders - 1) / orders));
    }
    return new ShapleyEstimate(game.players(), estimates, errors, orders, seed, Rational.of(game.grandValue()));
  }

  private static BigInteger[] factorials(int n) {
    BigInteger[] f = new BigInteger[n + 1];
    f[0] = BigInteger.ONE;
    for (int k = 1; k <= n; k++) {
      f[k] = f[k - 1].multiply(BigInteger.valueOf(k));
    }
    return f;
  }

  private static BigInteger unsigned(long value) {
    BigInteger v = BigInteger.valueOf(value);
    return value < 0 ? v.add(BigInteger.ONE.shiftLeft(64)) : v;
  }
}
