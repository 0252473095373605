package dev.alliance.core.governance;

import dev.alliance.api.governance.AbstentionPolicy;
import dev.alliance.api.governance.Base;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;

/**
 * One weight per voter, as exact integers: every weight scaled by the same power of ten so that
 * sums and threshold comparisons need no rounding. When the scaled total fits in a {@code long}
 * (any realistic weights: populations, votes, quotas, currency amounts to the cent) the tally adds
 * {@code long}s; otherwise it falls back to {@link BigInteger}, slower but just as exact.
 */
final class Column {
  /** Which weights a final tally must sum for this column, from the bases its rules use. */
  enum Need {
    /** The yes weight only: every base is all members. */
    YES,
    /** Yes and no: a base of votes cast, abstentions not counted. */
    YES_AND_NO,
    /** Yes, and no with abstain together: members present, or votes cast with abstentions as no. */
    YES_AND_NO_WITH_ABSTAIN,
    /** Yes, no and abstain apart: both kinds of base at once. */
    ALL_THREE;

    static Need of(Set<Base> bases, AbstentionPolicy abstention) {
      boolean votesCast = bases.contains(Base.VOTES_CAST);
      boolean no = votesCast && abstention == AbstentionPolicy.NOT_COUNTED;
      boolean noWithAbstain = bases.contains(Base.MEMBERS_PRESENT) || (votesCast && abstention == AbstentionPolicy.COUNTED_AS_NO);
      if (no && noWithAbstain) {
        return ALL_THREE;
      }
      return no ? YES_AND_NO : noWithAbstain ? YES_AND_NO_WITH_ABSTAIN : YES;
    }
  }

  /** What the weights are, for explanations: {@code "population"}, {@code "weight"}. */
  final String label;
  /** Weights are {@code units * 10^-scale}. */
  final int scale;
  /** Position of this column's sums in a {@link Count}. */
  final int slot;
  final long[] units;
  final long total;
  /** Non-null only when the scaled weights or their total do not fit in a {@code long}. */
  final BigInteger[] bigUnits;
  final BigInteger bigTotal;

  private Column(String label, int scale, int slot, long[] units, long total, BigInteger[] bigUnits, BigInteger bigTotal) {
    this.label = label;
    this.scale = scale;
    this.slot = slot;
    this.units = units;
    this.total = total;
    this.bigUnits = bigUnits;
    this.bigTotal = bigTotal;
  }

  /**
   * @param nextLongSlot the slot this column takes if it fits in longs
   * @param nextBigSlot the slot this column takes if it needs big integers
   */
  static Column of(String label, List<BigDecimal> weights, int nextLongSlot, int nextBigSlot) {
    int scale = 0;
    for (BigDecimal weight : weights) {
      scale = Math.max(scale, weight.stripTrailingZeros().scale());
    }
    BigInteger[] big = new BigInteger[weights.size()];
    BigInteger bigTotal = BigInteger.ZERO;
    for (int i = 0; i < big.length; i++) {
      big[i] = weights.get(i).movePointRight(scale).toBigIntegerExact();
      bigTotal = bigTotal.add(big[i]);
    }
    if (bigTotal.bitLength() < Long.SIZE - 1) {
      long[] units = new long[big.length];
      for (int i = 0; i < units.length; i++) {
        units[i] = big[i].longValueExact();
      }
      return new Column(label, scale, nextLongSlot, units, bigTotal.longValueExact(), null, null);
    }
    return new Column(label, scale, nextBigSlot, null, 0, big, bigTotal);
  }

  boolean isBig() {
    return bigUnits != null;
  }

  BigDecimal amount(long scaled) {
    return BigDecimal.valueOf(scaled, scale);
  }

  BigDecimal amount(BigInteger scaled) {
    return new BigDecimal(scaled, scale);
  }

  /** The least number of units that meets a quota of {@code amount}: rounded up to the unit. */
  BigInteger unitsAtLeast(BigDecimal amount) {
    return amount.movePointRight(scale).setScale(0, RoundingMode.CEILING).toBigIntegerExact();
  }
}
