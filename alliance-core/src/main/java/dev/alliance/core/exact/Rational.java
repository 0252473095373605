package dev.alliance.core.exact;

import dev.alliance.api.Checks;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact fraction of arbitrary-precision integers, always in lowest terms with a positive
 * denominator, so that equal values are equal objects. Immutable.
 *
 * <pre>{@code
 * Rational third = Rational.of(1, 3);
 * third.plus(third).plus(third);                      // 1
 * third.toBigDecimal(4, RoundingMode.HALF_EVEN);      // 0.3333
 * Rational.of(new BigDecimal("0.125"));              // 1/8
 * }</pre>
 */
public final class Rational implements Comparable<Rational> {
  /** Zero. */
  public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
  /** One. */
  public static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);

  private final BigInteger numerator;
  private final BigInteger denominator;

  private Rational(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * @param numerator the numerator
   * @param denominator the denominator; not zero
   * @return the fraction in lowest terms
   * @throws dev.alliance.api.InvalidValueException when the denominator is zero
   */
  public static Rational of(BigInteger numerator, BigInteger denominator) {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    Checks.check(denominator.signum() != 0, "Rational.denominator", denominator, "must not be zero");
    if (numerator.signum() == 0) {
      return ZERO;
    }
    BigInteger gcd = numerator.gcd(denominator);
    BigInteger n = numerator.divide(gcd);
    BigInteger d = denominator.divide(gcd);
    if (d.signum() < 0) {
      n = n.negate();
      d = d.negate();
    }
    return new Rational(n, d);
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
   * @param value a whole number
   * @return it as a fraction
   */
  public static Rational of(long value) {
    return value == 0 ? ZERO : new Rational(BigInteger.valueOf(value), BigInteger.ONE);
  }

  /**
   * @param value a whole number
   * @return it as a fraction
   */
  public static Rational of(BigInteger value) {
    return value.signum() == 0 ? ZERO : new Rational(value, BigInteger.ONE);
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

  /** @return the numerator, in lowest terms; carries the sign */
  public BigInteger numerator() {
    return numerator;
  }

  /** @return the denominator, in lowest terms; always positive */
  public BigInteger denominator() {
    return denominator;
  }

  /**
   * @param other a fraction
   * @return the sum
   */
  public Rational plus(Rational other) {
    if (denominator.equals(other.denominator)) {
      return of(numerator.add(other.numerator), denominator);
    }
    return of(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)), denominator.multiply(other.denominator));
  }

  /**
   * @param other a fraction
   * @return the difference
   */
  public Rational minus(Rational other) {
    return plus(other.negate());
  }

  /**
   * @param other a fraction
   * @return the product
   */
  public Rational times(Rational other) {
    return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  /**
   * @param other a fraction; not zero
   * @return the quotient
   * @throws dev.alliance.api.InvalidValueException when dividing by zero
   */
  public Rational dividedBy(Rational other) {
    Checks.check(other.signum() != 0, "Rational.divisor", other, "must not be zero");
    return of(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
  }

  /** @return minus this */
  public Rational negate() {
    return signum() == 0 ? this : new Rational(numerator.negate(), denominator);
  }

  /** @return -1, 0 or 1 */
  public int signum() {
    return numerator.signum();
  }

  /** @return the greatest whole number not above this */
  public BigInteger floor() {
    BigInteger[] qr = numerator.divideAndRemainder(denominator);
    return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
  }

  /**
   * @param scale the number of decimal places
   * @param rounding how to round the last place
   * @return a decimal approximation, for display
   */
  public BigDecimal toBigDecimal(int scale, RoundingMode rounding) {
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, rounding);
  }

  /** @return the nearest double, for display and floating-point consumers */
  public double doubleValue() {
    return toBigDecimal(20, RoundingMode.HALF_EVEN).doubleValue();
  }

  @Override
  public int compareTo(Rational other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Rational that && numerator.equals(that.numerator) && denominator.equals(that.denominator);
  }

  @Override
  public int hashCode() {
    return 31 * numerator.hashCode() + denominator.hashCode();
  }

  /** @return {@code n} for a whole number, {@code n/d} otherwise */
  @Override
  public String toString() {
    return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
  }
}
