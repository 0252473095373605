package dev.alliance.core.benefit;

import dev.alliance.api.Checks;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Every coalition's value, evaluated once, as whole numbers at one decimal scale: the exact input
 * of the exact Shapley value and of the core check.
 */
final class Table {
  final int n;
  final int scale;
  final long[] units;

  private Table(int n, int scale, long[] units) {
    this.n = n;
    this.scale = scale;
    this.units = units;
  }

  static Table of(CoalitionGame game, int limit, String field) {
    int n = game.size();
    Checks.check(n <= limit, field, n, "players: exact computation is limited to " + limit + "; sample beyond");
    int size = 1 << n;
    long[] units = new long[size];
    byte[] scales = new byte[size];
    int scale = 0;
    for (int mask = 0; mask < size; mask++) {
      BigDecimal v = game.value(mask).stripTrailingZeros();
      int s = Math.max(0, v.scale());
      Checks.check(s <= 18, "CoalitionGame.value", v, "must have at most 18 decimal places for exact computation");
      BigInteger unscaled = v.setScale(s).unscaledValue();
      checkFits(unscaled, v);
      units[mask] = unscaled.longValue();
      scales[mask] = (byte) s;
      scale = Math.max(scale, s);
    }
    for (int mask = 0; mask < size; mask++) {
      int shift = scale - scales[mask];
      if (shift > 0) {
        BigInteger scaled = BigInteger.valueOf(units[mask]).multiply(BigInteger.TEN.pow(shift));
        checkFits(scaled, BigDecimal.valueOf(units[mask], scales[mask]));
        units[mask] = scaled.longValue();
      }
    }
    return new Table(n, scale, units);
  }

  private static void checkFits(BigInteger unscaled, BigDecimal value) {
    Checks.check(
        unscaled.bitLength() < 62,
        "CoalitionGame.value",
        value,
        "must fit in 62 bits at the game's common scale for exact computation; express the values in a larger unit");
  }

  BigDecimal value(long mask) {
    return BigDecimal.valueOf(units[(int) mask], scale);
  }
}
