package dev.alliance.core.negotiation;

import dev.alliance.core.exact.Rational;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** Exact conversions and formatting shared by the negotiation results. */
final class Exact {
  private Exact() {}

  /** A decimal as the exact fraction it denotes. */
  static Rational of(BigDecimal value) {
    BigInteger unscaled = value.unscaledValue();
    int scale = value.scale();
    return scale >= 0 ? Rational.of(unscaled, BigInteger.TEN.pow(scale)) : Rational.of(unscaled.multiply(BigInteger.TEN.pow(-scale)));
  }

  static BigInteger lcm(BigInteger a, BigInteger b) {
    return a.divide(a.gcd(b)).multiply(b);
  }

  /** The least integer n with n >= value (strict: n > value). */
  static BigInteger ceiling(Rational value, boolean strict) {
    BigInteger[] qr = value.numerator().divideAndRemainder(value.denominator());
    BigInteger floor = qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    boolean whole = qr[1].signum() == 0;
    if (strict) {
      return floor.add(BigInteger.ONE);
    }
    return whole ? floor : floor.add(BigInteger.ONE);
  }

  /** A fraction as a decimal with three places, for explanations. */
  static String format(Rational value) {
    return new BigDecimal(value.numerator()).divide(new BigDecimal(value.denominator()), 3, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** A fraction with a sign, for gains and losses. */
  static String signed(Rational value) {
    return (value.signum() >= 0 ? "+" : "") + format(value);
  }
}
