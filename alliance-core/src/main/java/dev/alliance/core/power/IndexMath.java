package dev.alliance.core.power;

import dev.alliance.core.exact.Rational;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns exact counts into indices: the definitions of {@link PowerIndex}, in exact arithmetic. */
final class IndexMath {
  private IndexMath() {}

  static Map<PowerIndex, IndexResult> banzhaf(BigInteger[] swings, Set<PowerIndex> wanted, Map<PowerIndex, MethodChoice> choices) {
    Map<PowerIndex, IndexResult> out = new EnumMap<>(PowerIndex.class);
    List<Rational> raw = new ArrayList<>();
    BigInteger total = BigInteger.ZERO;
    for (BigInteger s : swings) {
      raw.add(Rational.of(s));
      total = total.add(s);
    }
    if (wanted.contains(PowerIndex.BANZHAF)) {
      out.put(PowerIndex.BANZHAF, new IndexResult(PowerIndex.BANZHAF, normalized(raw), raw, choices.get(PowerIndex.BANZHAF)));
    }
    if (wanted.contains(PowerIndex.BANZHAF_ABSOLUTE)) {
      BigInteger coalitions = BigInteger.ONE.shiftLeft(swings.length - 1);
      List<PowerValue> values = new ArrayList<>();
      for (BigInteger s : swings) {
        values.add(new PowerValue.Exact(Rational.of(s, coalitions)));
      }
      out.put(PowerIndex.BANZHAF_ABSOLUTE, new IndexResult(PowerIndex.BANZHAF_ABSOLUTE, values, raw, choices.get(PowerIndex.BANZHAF_ABSOLUTE)));
    }
    return out;
  }

  /**
   * @param bySize per player (null: a player of no weight, a null player), its swings by the size
   *     of the coalition of other active players
   * @param active the number of active players the sizes refer to
   */
  static IndexResult shapleyShubik(BigInteger[][] bySize, int active, MethodChoice choice) {
    int n = bySize.length;
    BigInteger[] factorial = factorials(n);
    List<Rational> raw = new ArrayList<>();
    List<PowerValue> values = new ArrayList<>();
    for (BigInteger[] c : bySize) {
      BigInteger orders = BigInteger.ZERO;
      if (c != null) {
        for (int s = 0; s < active; s++) {
          orders = orders.add(c[s].multiply(factorial[s]).multiply(factorial[active - 1 - s]));
        }
      }
      Rational value = Rational.of(orders, factorial[active]);
      values.add(new PowerValue.Exact(value));
      raw.add(value.times(Rational.of(factorial[n])));
    }
    return new IndexResult(PowerIndex.SHAPLEY_SHUBIK, values, raw, choice);
  }

  /** Shapley-Shubik from winning coalitions counted by size, with and without each player. */
  static IndexResult shapleyShubik(long[][] winningWith, long[] winning, MethodChoice choice) {
    int n = winningWith.length;
    BigInteger[] factorial = factorials(n);
    List<Rational> raw = new ArrayList<>();
    List<PowerValue> values = new ArrayList<>();
    for (long[] with : winningWith) {
      BigInteger orders = BigInteger.ZERO;
      for (int s = 1; s <= n; s++) {
        orders = orders.add(BigInteger.valueOf(with[s]).multiply(factorial[s - 1]).multiply(factorial[n - s]));
        if (s < n) {
          long without = winning[s] - with[s];
          orders = orders.subtract(BigInteger.valueOf(without).multiply(factorial[s]).multiply(factorial[n - s - 1]));
        }
      }
      raw.add(Rational.of(orders));
      values.add(new PowerValue.Exact(Rational.of(orders, factorial[n])));
    }
    return new IndexResult(PowerIndex.SHAPLEY_SHUBIK, values, raw, choice);
  }

  /** Deegan-Packel and Holler from each player's minimal winning coalitions counted by size. */
  static Map<PowerIndex, IndexResult> minimalWinning(
      BigInteger[][] bySize, Set<PowerIndex> wanted, Map<PowerIndex, MethodChoice> choices) {
    Map<PowerIndex, IndexResult> out = new EnumMap<>(PowerIndex.class);
    List<Rational> deeganPackel = new ArrayList<>();
    List<Rational> holler = new ArrayList<>();
    for (BigInteger[] counts : bySize) {
      Rational dp = Rational.ZERO;
      BigInteger memberships = BigInteger.ZERO;
      for (int s = 1; s < counts.length; s++) {
        if (counts[s].signum() != 0) {
          dp = dp.plus(Rational.of(counts[s], BigInteger.valueOf(s)));
          memberships = memberships.add(counts[s]);
        }
      }
      deeganPackel.add(dp);
      holler.add(Rational.of(memberships));
    }
    if (wanted.contains(PowerIndex.DEEGAN_PACKEL)) {
      out.put(PowerIndex.DEEGAN_PACKEL, new IndexResult(PowerIndex.DEEGAN_PACKEL, normalized(deeganPackel), deeganPackel, choices.get(PowerIndex.DEEGAN_PACKEL)));
    }
    if (wanted.contains(PowerIndex.HOLLER)) {
      out.put(PowerIndex.HOLLER, new IndexResult(PowerIndex.HOLLER, normalized(holler), holler, choices.get(PowerIndex.HOLLER)));
    }
    return out;
  }

  static BigInteger[][] toBig(long[][] counts) {
    BigInteger[][] big = new BigInteger[counts.length][];
    for (int i = 0; i < counts.length; i++) {
      big[i] = new BigInteger[counts[i].length];
      for (int s = 0; s < counts[i].length; s++) {
        big[i][s] = BigInteger.valueOf(counts[i][s]);
      }
    }
    return big;
  }

  /** Johnston from the winning coalitions with c critical members that count each player critical. */
  static IndexResult johnston(long[][] criticalWith, MethodChoice choice) {
    List<Rational> raw = new ArrayList<>();
    for (long[] byCount : criticalWith) {
      Rational score = Rational.ZERO;
      for (int c = 1; c < byCount.length; c++) {
        if (byCount[c] != 0) {
          score = score.plus(Rational.of(byCount[c], c));
        }
      }
      raw.add(score);
    }
    return new IndexResult(PowerIndex.JOHNSTON, normalized(raw), raw, choice);
  }

  static List<PowerValue> normalized(List<Rational> raw) {
    Rational total = Rational.ZERO;
    for (Rational r : raw) {
      total = total.plus(r);
    }
    List<PowerValue> values = new ArrayList<>();
    for (Rational r : raw) {
      values.add(new PowerValue.Exact(total.isZero() ? Rational.ZERO : r.dividedBy(total)));
    }
    return values;
  }

  static BigInteger[] factorials(int n) {
    BigInteger[] f = new BigInteger[n + 1];
    f[0] = BigInteger.ONE;
    for (int i = 1; i <= n; i++) {
      f[i] = f[i - 1].multiply(BigInteger.valueOf(i));
    }
    return f;
  }
}
