package dev.alliance.core.power;

import dev.alliance.core.exact.Rational;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Every index straight from its definition, by listing all 2^n coalitions of a winning predicate
 * given independently of the library's game representation. The reference the algorithms are
 * checked against; it shares no code with them beyond {@link Rational}.
 */
final class BruteForce {
  final int n;
  final boolean[] winning;

  /** Number of critical members of each coalition (0 for losing ones). */
  final int[] criticalCount;

  BruteForce(int n, Predicate<boolean[]> wins) {
    this.n = n;
    this.winning = new boolean[1 << n];
    for (int mask = 0; mask < winning.length; mask++) {
      boolean[] in = new boolean[n];
      for (int i = 0; i < n; i++) {
        in[i] = (mask >> i & 1) != 0;
      }
      winning[mask] = wins.test(in);
    }
    this.criticalCount = new int[winning.length];
    for (int mask = 0; mask < winning.length; mask++) {
      for (int i = 0; i < n; i++) {
        if (critical(mask, i)) {
          criticalCount[mask]++;
        }
      }
    }
  }

  static BruteForce of(SimpleGame game) {
    long[][] w = game.weights();
    return new BruteForce(game.size(), in -> game.condition().holds(sumsOf(w, in)));
  }

  private static long[] sumsOf(long[][] w, boolean[] in) {
    long[] s = new long[w.length];
    for (int c = 0; c < w.length; c++) {
      for (int i = 0; i < in.length; i++) {
        if (in[i]) {
          s[c] += w[c][i];
        }
      }
    }
    return s;
  }

  boolean critical(int mask, int i) {
    return (mask >> i & 1) != 0 && winning[mask] && !winning[mask & ~(1 << i)];
  }

  BigInteger[] swings() {
    BigInteger[] swings = new BigInteger[n];
    for (int i = 0; i < n; i++) {
      long count = 0;
      for (int mask = 0; mask < winning.length; mask++) {
        if (critical(mask, i)) {
          count++;
        }
      }
      swings[i] = BigInteger.valueOf(count);
    }
    return swings;
  }

  boolean isNull(int i) {
    for (int mask = 0; mask < winning.length; mask++) {
      if (critical(mask, i)) {
        return false;
      }
    }
    return true;
  }

  /** @return whether swapping players i and j leaves every coalition's outcome unchanged */
  boolean symmetric(int i, int j) {
    for (int mask = 0; mask < winning.length; mask++) {
      int bi = mask >> i & 1;
      int bj = mask >> j & 1;
      int swapped = (mask & ~(1 << i) & ~(1 << j)) | bi << j | bj << i;
      if (winning[mask] != winning[swapped]) {
        return false;
      }
    }
    return true;
  }

  Map<PowerIndex, List<Rational>> indices() {
    Map<PowerIndex, List<Rational>> out = new EnumMap<>(PowerIndex.class);
    BigInteger[] swings = swings();
    List<Rational> swingRaw = new ArrayList<>();
    for (BigInteger s : swings) {
      swingRaw.add(Rational.of(s));
    }
    out.put(PowerIndex.BANZHAF, normalize(swingRaw));
    List<Rational> absolute = new ArrayList<>();
    for (BigInteger s : swings) {
      absolute.add(Rational.of(s, BigInteger.ONE.shiftLeft(n - 1)));
    }
    out.put(PowerIndex.BANZHAF_ABSOLUTE, absolute);
    BigInteger[] fact = new BigInteger[n + 1];
    fact[0] = BigInteger.ONE;
    for (int i = 1; i <= n; i++) {
      fact[i] = fact[i - 1].multiply(BigInteger.valueOf(i));
    }
    List<Rational> ss = new ArrayList<>();
    List<Rational> dp = new ArrayList<>();
    List<Rational> johnston = new ArrayList<>();
    List<Rational> holler = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      // Counted by size (Shapley-Shubik, Deegan-Packel) or by number of critical members
      // (Johnston), then weighted once: the definitions, summed in a cheaper order.
      long[] pivotalBySize = new long[n + 1];
      long[] minimalBySize = new long[n + 1];
      long[] criticalByCount = new long[n + 1];
      for (int mask = 0; mask < winning.length; mask++) {
        if (!winning[mask] || (mask >> i & 1) == 0) {
          continue;
        }
        int size = Integer.bitCount(mask);
        if (critical(mask, i)) {
          pivotalBySize[size]++;
          criticalByCount[criticalCount[mask]]++;
        }
        if (criticalCount[mask] == size) {
          minimalBySize[size]++;
        }
      }
      BigInteger orders = BigInteger.ZERO;
      Rational d = Rational.ZERO;
      Rational j = Rational.ZERO;
      long h = 0;
      for (int k = 1; k <= n; k++) {
        orders = orders.add(BigInteger.valueOf(pivotalBySize[k]).multiply(fact[k - 1]).multiply(fact[n - k]));
        d = d.plus(Rational.of(minimalBySize[k], k));
        j = j.plus(Rational.of(criticalByCount[k], k));
        h += minimalBySize[k];
      }
      ss.add(Rational.of(orders, fact[n]));
      dp.add(d);
      johnston.add(j);
      holler.add(Rational.of(h));
    }
    out.put(PowerIndex.SHAPLEY_SHUBIK, ss);
    out.put(PowerIndex.DEEGAN_PACKEL, normalize(dp));
    out.put(PowerIndex.JOHNSTON, normalize(johnston));
    out.put(PowerIndex.HOLLER, normalize(holler));
    return out;
  }

  static List<Rational> normalize(List<Rational> raw) {
    Rational total = raw.stream().reduce(Rational.ZERO, Rational::plus);
    return raw.stream().map(r -> total.isZero() ? Rational.ZERO : r.dividedBy(total)).toList();
  }
}
