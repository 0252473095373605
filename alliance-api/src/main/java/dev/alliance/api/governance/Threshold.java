package dev.alliance.api.governance;

import dev.alliance.api.Checks;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * How much support a rule requires: either a {@link Share} of a base (more than half, at least
 * two thirds, at least 55%) or a fixed {@link Quota} (at least nine votes, at least 12 weighted
 * votes).
 */
public sealed interface Threshold permits Threshold.Share, Threshold.Quota {

  /**
   * Tells whether an amount of support meets the threshold.
   *
   * @param support the support (votes or weight in favour)
   * @param base the base a share is measured against; ignored by a quota
   * @return true when the threshold is met
   */
  boolean isMetBy(BigDecimal support, BigDecimal base);

  /** @return more than half: the simple and absolute majorities */
  static Share moreThanHalf() {
    return new Share(1, 2, true);
  }

  /**
   * @param numerator the numerator
   * @param denominator the denominator
   * @return at least {@code numerator / denominator}
   */
  static Share atLeast(long numerator, long denominator) {
    return new Share(numerator, denominator, false);
  }

  /**
   * @param numerator the numerator
   * @param denominator the denominator
   * @return more than {@code numerator / denominator}
   */
  static Share moreThan(long numerator, long denominator) {
    return new Share(numerator, denominator, true);
  }

  /**
   * @param percent a percentage such as {@code "55"} or {@code "62.5"}, read exactly
   * @return at least that percentage
   */
  static Share atLeastPercent(String percent) {
    BigDecimal exact = new BigDecimal(percent);
    Checks.check(exact.scale() <= 6, "Threshold.percent", percent, "must have at most six decimals");
    BigDecimal scaled = exact.movePointRight(Math.max(exact.scale(), 0));
    long denominator = BigInteger.TEN.pow(Math.max(exact.scale(), 0)).longValueExact() * 100;
    return new Share(scaled.longValueExact(), denominator, false);
  }

  /**
   * @param amount the least amount of support
   * @return at least {@code amount} votes or weight
   */
  static Quota quota(long amount) {
    return new Quota(BigDecimal.valueOf(amount));
  }

  /**
   * @param amount the least amount of support
   * @return at least {@code amount} votes or weight
   */
  static Quota quota(BigDecimal amount) {
    return new Quota(amount);
  }

  /**
   * A share of a base: at least, or more than, {@code numerator / denominator}. Kept as an exact
   * fraction so that two thirds is two thirds.
   *
   * @param numerator the numerator; {@code 0 <= numerator <= denominator}
   * @param denominator the denominator; positive
   * @param strict true for "more than", false for "at least"
   */
  record Share(long numerator, long denominator, boolean strict) implements Threshold {

    /** Validates the fraction. */
    public Share {
      Checks.check(denominator > 0, "Share.denominator", denominator, "must be positive");
      Checks.check(
          numerator >= 0 && numerator <= denominator,
          "Share.numerator",
          numerator,
          "must lie between 0 and the denominator " + denominator);
    }

    @Override
    public boolean isMetBy(BigDecimal support, BigDecimal base) {
      // support / base (>|>=) numerator / denominator, cross-multiplied to stay exact.
      int comparison =
          support
              .multiply(BigDecimal.valueOf(denominator))
              .compareTo(base.multiply(BigDecimal.valueOf(numerator)));
      return strict ? comparison > 0 : comparison >= 0;
    }

    /** @return the fraction as a decimal, for display */
    public double toDouble() {
      return (double) numerator / denominator;
    }

    @Override
    public String toString() {
      return (strict ? "more than " : "at least ") + numerator + "/" + denominator;
    }
  }

  /**
   * A fixed least amount of support, whatever the base.
   *
   * @param amount the least amount; never negative
   */
  record Quota(BigDecimal amount) implements Threshold {

    /** Validates the amount. */
    public Quota {
      Objects.requireNonNull(amount, "amount");
      Checks.nonNegative("Quota.amount", amount);
    }

    @Override
    public boolean isMetBy(BigDecimal support, BigDecimal base) {
      return support.compareTo(amount) >= 0;
    }

    @Override
    public String toString() {
      return "at least " + amount.toPlainString();
    }
  }
}
