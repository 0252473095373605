package dev.alliance.core.governance;

import dev.alliance.api.governance.Threshold;
import java.math.BigInteger;

/**
 * A threshold compiled to exact integer comparisons. A share {@code n/d} of a base is met when
 * {@code support * d >= base * n} ({@code >} for "more than"), compared in 128 bits so that nothing
 * overflows, and, for any share above zero, when the support is not nil: a share of an empty base
 * is not reached by nobody. A quota is met when the support reaches it, rounded up to the unit the
 * support is counted in.
 */
final class Bar {
  private final boolean share;
  private final long numerator;
  private final long denominator;
  private final boolean strict;
  /** For a quota: the least support, in units, saturated at Long.MAX_VALUE. */
  private final long quota;
  private final BigInteger bigQuota;

  private Bar(boolean share, long numerator, long denominator, boolean strict, long quota, BigInteger bigQuota) {
    this.share = share;
    this.numerator = numerator;
    this.denominator = denominator;
    this.strict = strict;
    this.quota = quota;
    this.bigQuota = bigQuota;
  }

  /**
   * @param threshold the threshold
   * @param quotaUnits for a quota, the least support in the units the support is counted in
   */
  static Bar of(Threshold threshold, BigInteger quotaUnits) {
    if (threshold instanceof Threshold.Share s) {
      return new Bar(true, s.numerator(), s.denominator(), s.strict(), 0, null);
    }
    long quota = quotaUnits.bitLength() < Long.SIZE ? quotaUnits.longValue() : Long.MAX_VALUE;
    return new Bar(false, 0, 0, false, quota, quotaUnits);
  }

  /** A share of exactly one half: the majority whose ties the tie policy breaks. */
  boolean isHalf() {
    return share && numerator == denominator - numerator;
  }

  boolean met(long support, long base) {
    if (!share) {
      // Supports in longs stay below 2^62 (Column keeps bigger totals in BigIntegers), so a
      // saturated quota is out of reach, as it should be.
      return support >= quota;
    }
    if (numerator > 0 && support == 0) {
      return false;
    }
    int comparison = compareProducts(support, denominator, base, numerator);
    return strict ? comparison > 0 : comparison >= 0;
  }

  boolean met(BigInteger support, BigInteger base) {
    if (!share) {
      return support.compareTo(bigQuota) >= 0;
    }
    if (numerator > 0 && support.signum() == 0) {
      return false;
    }
    int comparison = support.multiply(BigInteger.valueOf(denominator)).compareTo(base.multiply(BigInteger.valueOf(numerator)));
    return strict ? comparison > 0 : comparison >= 0;
  }

  /**
   * Compares {@code a * b} with {@code c * d} exactly, for non-negative longs: the 128-bit
   * products are compared by their high words, then by their low words unsigned.
   */
  static int compareProducts(long a, long b, long c, long d) {
    long high = Math.multiplyHigh(a, b);
    long otherHigh = Math.multiplyHigh(c, d);
    if (high != otherHigh) {
      return Long.compare(high, otherHigh);
    }
    return Long.compareUnsigned(a * b, c * d);
  }
}
