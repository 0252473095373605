package dev.alliance.core.exact;

import dev.alliance.api.Checks;
import dev.alliance.api.InvalidValueException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact fraction of two integers of any size, always in lowest terms with a positive
 * denominator, so that equal values are equal objects. Power indices are ratios of coalition
 * counts that overflow any fixed-size type beyond 60 or so players, and Shapley values and
 * unrounded quotas must add up exactly; this keeps them exact, and {@link #toDouble()} gives the
 * value for display and plotting. One type serves every engine.
 *
 * <pre>{@code
 * Rational permanent = Rational.of(421, 2145);
 * permanent.plus(Rational.of(4, 2145)).times(Rational.of(5));  // 2125/2145 = 425/429
 * Rational.parse("5/12").toDouble();                          // 0.41666666666666669
 * Rational.of(new BigDecimal("0.125"));                       // 1/8
 * Rational.of(1, 3).toBigDecimal(4, RoundingMode.HALF_EVEN);  // 0.3333
 * }</pre>
 *
 * <p>The core may not depend on a math library at run time, so the type is ours; see
 * docs/decisions/0030-exact-rational-type.md.
 */
public final class Rational extends Number implements Comparable<Rational> {
  private static final long serialVersionUID = 1L;

  /** Zero. */
  public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
  /** One. */
  public static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);

  /** Enough digits that rounding the decimal to a double is the correctly rounded double. */
  private static final MathContext DOUBLE_CONTEXT = new MathContext(40);

  private final BigInteger numerator;
  private final BigInteger denominator;

  private Rational(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * @param value an integer
   * @return the integer as a fraction
   */
  public static Rational of(long value) {
    return new Rational(BigInteger.valueOf(value), BigInteger.ONE);
  }

  /**
   * @param value an integer
   * @return the integer as a fraction
   */
  public static Rational of(BigInteger value) {
    return new Rational(Objects.requireNonNull(value, "value"), BigInteger.ONE);
  }

  /**
   * @param numerator the numerator
   * @param denominator the denominator; not zero
   * @return the fraction in lowest terms
   */
  public static Rational of(long numerator, long denominator) {
    return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  /**
   * @param numerator the numerator
   * @param denominator the denominator; not zero
   * @return the fraction in lowest terms, the sign carried by the numerator
   */
  public static Rational of(BigInteger numerator, BigInteger denominator) {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    Checks.check(denominator.signum() != 0, "Rational.denominator", denominator, "must not be zero");
    if (numerator.signum() == 0) {
      return ZERO;
    }
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    BigInteger gcd = numerator.gcd(denominator);
    if (!gcd.equals(BigInteger.ONE)) {
      numerator = numerator.divide(gcd);
      denominator = denominator.divide(gcd);
    }
    return new Rational(numerator, denominator);
  }

  /**
   * @param value a decimal
   * @return the same number exactly, such as 1/8 for 0.125
   */
  public static Rational of(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    if (value.scale() <= 0) {
      return of(value.toBigIntegerExact());
    }
    return of(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
  }

  /**
   * Reads a fraction written {@code "n/d"} or an integer {@code "n"}, as {@link #toString()} writes
   * them.
   *
   * @param text the fraction, such as {@code "421/2145"} or {@code "-3"}
   * @return the fraction in lowest terms
   */
  public static Rational parse(String text) {
    Objects.requireNonNull(text, "text");
    int slash = text.indexOf('/');
    try {
      if (slash < 0) {
        return of(new BigInteger(text.strip()));
      }
      return of(new BigInteger(text.substring(0, slash).strip()), new BigInteger(text.substring(slash + 1).strip()));
    } catch (NumberFormatException e) {
      throw new InvalidValueException("Rational.text", text, "must be an integer or n/d with integers n and d");
    }
  }

  /** @return the numerator; its sign is the fraction's sign */
  public BigInteger numerator() {
    return numerator;
  }

  /** @return the denominator; always positive */
  public BigInteger denominator() {
    return denominator;
  }

  /** @return -1, 0 or 1 as the fraction is negative, zero or positive */
  public int signum() {
    return numerator.signum();
  }

  /** @return true when the fraction is zero */
  public boolean isZero() {
    return numerator.signum() == 0;
  }

  /**
   * @param other a fraction
   * @return {@code this + other}
   */
  public Rational plus(Rational other) {
    if (denominator.equals(other.denominator)) {
      return of(numerator.add(other.numerator), denominator);
    }
    return of(
        numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  /**
   * @param other a fraction
   * @return {@code this - other}
   */
  public Rational minus(Rational other) {
    return plus(other.negate());
  }

  /**
   * @param other a fraction
   * @return {@code this * other}
   */
  public Rational times(Rational other) {
    return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  /**
   * @param other a non-zero fraction
   * @return {@code this / other}
   */
  public Rational dividedBy(Rational other) {
    Checks.check(!other.isZero(), "Rational.divisor", other, "must not be zero");
    return of(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
  }

  /** @return {@code -this} */
  public Rational negate() {
    return numerator.signum() == 0 ? this : new Rational(numerator.negate(), denominator);
  }

  /**
   * @param context the precision and rounding
   * @return the fraction as a decimal rounded in that context
   */
  public BigDecimal toBigDecimal(MathContext context) {
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), context);
  }

  /** @return the greatest integer not above this */
  public BigInteger floor() {
    BigInteger[] qr = numerator.divideAndRemainder(denominator);
    return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
  }

  /**
   * @param scale the number of decimal places
   * @param rounding how to round the last place
   * @return the fraction as a decimal with that many places
   */
  public BigDecimal toBigDecimal(int scale, RoundingMode rounding) {
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, rounding);
  }

  /** @return the nearest double (huge numerators and denominators are no problem) */
  public double toDouble() {
    if (numerator.bitLength() < 53 && denominator.bitLength() < 53) {
      // Both exact as doubles; one IEEE division is then correctly rounded.
      return numerator.doubleValue() / denominator.doubleValue();
    }
    return toBigDecimal(DOUBLE_CONTEXT).doubleValue();
  }

  @Override
  public double doubleValue() {
    return toDouble();
  }

  @Override
  public float floatValue() {
    return (float) toDouble();
  }

  /** @return the integer part, truncated toward zero, as {@link Number} requires */
  @Override
  public long longValue() {
    return numerator.divide(denominator).longValue();
  }

  /** @return the integer part, truncated toward zero, as {@link Number} requires */
  @Override
  public int intValue() {
    return (int) longValue();
  }

  @Override
  public int compareTo(Rational other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Rational other && numerator.equals(other.numerator) && denominator.equals(other.denominator);
  }

  @Override
  public int hashCode() {
    return 31 * numerator.hashCode() + denominator.hashCode();
  }

  /** @return {@code "n/d"}, or {@code "n"} for an integer */
  @Override
  public String toString() {
    return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
  }
}
