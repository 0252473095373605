package dev.alliance.core.costsharing;

import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.exact.Rational;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The exact apportionment behind {@link CostSharing}: proportional quotas with floors and ceilings
 * by iterative capping, then rounding to minor units by largest remainder.
 *
 * <p>The solution it computes is the unique {@code amount(i) = clamp(lambda * w(i), lo(i), hi(i))}
 * whose amounts add up to the total. Each round computes the quotas {@code R * w(i) / W} of the
 * members still free ({@code R} the total less what fixed members pay, {@code W} the free members'
 * weights) and compares the excess over ceilings with the shortfall under floors: when the excess
 * is larger, the final {@code lambda} can only be larger, so every member over its ceiling stays
 * there and is fixed at it; when the shortfall is larger, members under their floors are fixed at
 * their floors; when they are equal, both. Every round fixes at least one member, so there are at
 * most n rounds, usually two or three. All comparisons are exact: products of two 62-bit numbers
 * are compared in 128 bits, and inputs too large for that are computed with {@link BigInteger}.
 */
final class Apportioner {
  /** Totals, bounds and weights below this fit the fast path: their products fit in 128 bits. */
  static final long LIMIT = 1L << 62;

  private Apportioner() {}

  /** What one apportionment produced. */
  static final class Result {
    final long[] amounts;
    final Binding[] bindings;
    final boolean[] roundedUp;
    final int rounds;
    final long remaining;
    final Arith arith;

    private Result(long[] amounts, Binding[] bindings, boolean[] roundedUp, int rounds, long remaining, Arith arith) {
      this.amounts = amounts;
      this.bindings = bindings;
      this.roundedUp = roundedUp;
      this.rounds = rounds;
      this.remaining = remaining;
      this.arith = arith;
    }

    /** The exact, unrounded amount of member i, in minor units. */
    Rational quota(int i) {
      return bindings[i] == Binding.NONE ? arith.quota(i, remaining) : Rational.of(amounts[i]);
    }
  }

  /**
   * @param total the total, in minor units; below {@link #LIMIT}
   * @param weights non-negative weights
   * @param lo floors in minor units, each at most its ceiling; their sum at most the total
   * @param hi ceilings in minor units, each at most the total; enough room for the total among the
   *     members with a positive weight and the floors of the others
   * @param ids the members' identities, for the tie-break
   */
  static Result apportion(long total, BigDecimal[] weights, long[] lo, long[] hi, PartnerId[] ids) {
    int n = weights.length;
    Arith arith = Arith.of(weights);
    long[] amounts = new long[n];
    Binding[] bindings = new Binding[n];
    boolean[] free = new boolean[n];
    java.util.Arrays.fill(free, true);
    java.util.Arrays.fill(bindings, Binding.NONE);
    long remaining = total;
    boolean[] over = new boolean[n];
    boolean[] under = new boolean[n];
    int rounds = 0;
    while (true) {
      rounds++;
      arith.useFree(free);
      if (arith.freeWeightIsZero()) {
        // Only members the formula weighs at zero are left: they pay their floors, which the
        // feasibility check made add up to what remains.
        for (int i = 0; i < n; i++) {
          if (free[i]) {
            fix(i, lo[i], Binding.FLOOR, amounts, bindings, free);
            remaining -= lo[i];
          }
        }
        if (remaining != 0) {
          throw new IllegalStateException("zero-weight members cannot absorb " + remaining + " minor units");
        }
        break;
      }
      boolean anyOver = false;
      boolean anyUnder = false;
      long clamped = 0;
      for (int i = 0; i < n; i++) {
        over[i] = free[i] && arith.compareQuota(i, remaining, hi[i]) > 0;
        under[i] = free[i] && !over[i] && arith.compareQuota(i, remaining, lo[i]) < 0;
        if (over[i]) {
          anyOver = true;
          clamped += hi[i];
        } else if (under[i]) {
          anyUnder = true;
          clamped += lo[i];
        }
      }
      if (!anyOver && !anyUnder) {
        break;
      }
      int excessVersusShortfall = -arith.compareClampedSum(clamped, remaining, over, under);
      for (int i = 0; i < n; i++) {
        if (over[i] && excessVersusShortfall >= 0) {
          fix(i, hi[i], Binding.CEILING, amounts, bindings, free);
          remaining -= hi[i];
        } else if (under[i] && excessVersusShortfall <= 0) {
          fix(i, lo[i], Binding.FLOOR, amounts, bindings, free);
          remaining -= lo[i];
        }
      }
    }
    boolean[] roundedUp = new boolean[n];
    if (!arith.freeWeightIsZero()) {
      roundDown(arith, remaining, free, amounts, roundedUp, ids);
    }
    return new Result(amounts, bindings, roundedUp, rounds, remaining, arith);
  }

  private static void fix(int i, long amount, Binding binding, long[] amounts, Binding[] bindings, boolean[] free) {
    amounts[i] = amount;
    bindings[i] = binding;
    free[i] = false;
  }

  /** Floors every free quota, then gives the units left over to the largest remainders. */
  private static void roundDown(Arith arith, long remaining, boolean[] free, long[] amounts, boolean[] roundedUp, PartnerId[] ids) {
    long left = remaining;
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < free.length; i++) {
      if (free[i]) {
        amounts[i] = arith.floorQuota(i, remaining);
        left -= amounts[i];
        if (arith.hasRemainder(i)) {
          candidates.add(i);
        }
      }
    }
    if (left == 0) {
      return;
    }
    Comparator<Integer> largestFirst = (a, b) -> {
      int byRemainder = arith.compareRemainders(b, a);
      return byRemainder != 0 ? byRemainder : ids[a].compareTo(ids[b]);
    };
    candidates.sort(largestFirst);
    for (int k = 0; k < left; k++) {
      int i = candidates.get(k);
      amounts[i]++;
      roundedUp[i] = true;
    }
  }

  /** Exact arithmetic on the weights: 128-bit products when everything fits, BigInteger otherwise. */
  abstract static class Arith {
    static Arith of(BigDecimal[] weights) {
      int scale = 0;
      for (BigDecimal w : weights) {
        scale = Math.max(scale, w.scale());
      }
      long[] small = new long[weights.length];
      long sum = 0;
      for (int i = 0; i < weights.length; i++) {
        BigInteger unscaled = weights[i].unscaledValue();
        int shift = scale - weights[i].scale();
        if (shift != 0 || unscaled.bitLength() >= 62) {
          return big(weights, scale);
        }
        small[i] = unscaled.longValue();
        sum += small[i];
        if (sum >= LIMIT) {
          return big(weights, scale);
        }
      }
      return new Small(small);
    }

    private static Arith big(BigDecimal[] weights, int scale) {
      BigInteger[] big = new BigInteger[weights.length];
      BigInteger sum = BigInteger.ZERO;
      for (int i = 0; i < weights.length; i++) {
        big[i] = weights[i].unscaledValue().multiply(BigInteger.TEN.pow(scale - weights[i].scale()));
        sum = sum.add(big[i]);
      }
      if (sum.bitLength() < 62) {
        long[] small = new long[weights.length];
        for (int i = 0; i < weights.length; i++) {
          small[i] = big[i].longValue();
        }
        return new Small(small);
      }
      return new Big(big);
    }

    /** Sets the free members, whose weights make up W. */
    abstract void useFree(boolean[] free);

    abstract boolean freeWeightIsZero();

    /** Signum of {@code R * w(i) - bound * W}. */
    abstract int compareQuota(int i, long remaining, long bound);

    /**
     * Signum of {@code clamped * W - R * W_c}, where W_c is the weight of the over and under
     * members: negative when clamping leaves the free members short of R.
     */
    abstract int compareClampedSum(long clamped, long remaining, boolean[] over, boolean[] under);

    /** {@code floor(R * w(i) / W)}; remembers the remainder. */
    abstract long floorQuota(int i, long remaining);

    abstract boolean hasRemainder(int i);

    abstract int compareRemainders(int a, int b);

    /** The exact quota {@code R * w(i) / W}. */
    abstract Rational quota(int i, long remaining);
  }

  private static final class Small extends Arith {
    private final long[] w;
    private final long[] remainders;
    private long total;

    private Small(long[] w) {
      this.w = w;
      this.remainders = new long[w.length];
    }

    @Override
    void useFree(boolean[] free) {
      long sum = 0;
      for (int i = 0; i < w.length; i++) {
        if (free[i]) {
          sum += w[i];
        }
      }
      total = sum;
    }

    @Override
    boolean freeWeightIsZero() {
      return total == 0;
    }

    @Override
    int compareQuota(int i, long remaining, long bound) {
      return compareProducts(remaining, w[i], bound, total);
    }

    @Override
    int compareClampedSum(long clamped, long remaining, boolean[] over, boolean[] under) {
      long weight = 0;
      for (int i = 0; i < w.length; i++) {
        if (over[i] || under[i]) {
          weight += w[i];
        }
      }
      return compareProducts(clamped, total, remaining, weight);
    }

    @Override
    long floorQuota(int i, long remaining) {
      long q;
      if (Math.multiplyHigh(remaining, w[i]) == 0 && remaining * w[i] >= 0) {
        q = remaining * w[i] / total;
      } else {
        q = BigInteger.valueOf(remaining).multiply(BigInteger.valueOf(w[i])).divide(BigInteger.valueOf(total)).longValueExact();
      }
      // The true remainder is below W < 2^62, so the wrapped low 64 bits are exact.
      remainders[i] = remaining * w[i] - q * total;
      return q;
    }

    @Override
    boolean hasRemainder(int i) {
      return remainders[i] != 0;
    }

    @Override
    int compareRemainders(int a, int b) {
      return Long.compare(remainders[a], remainders[b]);
    }

    @Override
    Rational quota(int i, long remaining) {
      return Rational.of(BigInteger.valueOf(remaining).multiply(BigInteger.valueOf(w[i])), BigInteger.valueOf(total));
    }

    /** Compares {@code a * b} with {@code c * d} for non-negative longs, exactly, in 128 bits. */
    private static int compareProducts(long a, long b, long c, long d) {
      long high1 = Math.multiplyHigh(a, b);
      long high2 = Math.multiplyHigh(c, d);
      if (high1 != high2) {
        return Long.compare(high1, high2);
      }
      return Long.compareUnsigned(a * b, c * d);
    }
  }

  private static final class Big extends Arith {
    private final BigInteger[] w;
    private final BigInteger[] remainders;
    private BigInteger total = BigInteger.ZERO;

    private Big(BigInteger[] w) {
      this.w = w;
      this.remainders = new BigInteger[w.length];
    }

    @Override
    void useFree(boolean[] free) {
      BigInteger sum = BigInteger.ZERO;
      for (int i = 0; i < w.length; i++) {
        if (free[i]) {
          sum = sum.add(w[i]);
        }
      }
      total = sum;
    }

    @Override
    boolean freeWeightIsZero() {
      return total.signum() == 0;
    }

    @Override
    int compareQuota(int i, long remaining, long bound) {
      return BigInteger.valueOf(remaining).multiply(w[i]).compareTo(BigInteger.valueOf(bound).multiply(total));
    }

    @Override
    int compareClampedSum(long clamped, long remaining, boolean[] over, boolean[] under) {
      BigInteger weight = BigInteger.ZERO;
      for (int i = 0; i < w.length; i++) {
        if (over[i] || under[i]) {
          weight = weight.add(w[i]);
        }
      }
      return BigInteger.valueOf(clamped).multiply(total).compareTo(BigInteger.valueOf(remaining).multiply(weight));
    }

    @Override
    long floorQuota(int i, long remaining) {
      BigInteger[] qr = BigInteger.valueOf(remaining).multiply(w[i]).divideAndRemainder(total);
      remainders[i] = qr[1];
      return qr[0].longValueExact();
    }

    @Override
    boolean hasRemainder(int i) {
      return remainders[i].signum() != 0;
    }

    @Override
    int compareRemainders(int a, int b) {
      return remainders[a].compareTo(remainders[b]);
    }

    @Override
    Rational quota(int i, long remaining) {
      return Rational.of(BigInteger.valueOf(remaining).multiply(w[i]), total);
    }
  }
}
