package dev.alliance.core.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.alliance.api.InvalidValueException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The exact fraction type: normal form, arithmetic, order and the double view. */
class RationalTest {
  static Gen<Rational> rationals() {
    return longs().between(-1_000_000_000_000L, 1_000_000_000_000L)
        .zip(longs().between(1, 1_000_000_000L), Rational::of)
        .describedAs(Rational::toString);
  }

  @Test
  void isAlwaysInLowestTermsWithAPositiveDenominator() {
    assertEquals("2/3", Rational.of(-4, -6).toString());
    assertEquals("-2/3", Rational.of(4, -6).toString());
    assertEquals(Rational.ZERO, Rational.of(0, -7));
    assertEquals("0", Rational.of(0, 5).toString());
    assertEquals("5", Rational.of(10, 2).toString());
    assertEquals(Rational.of(421, 2145), Rational.parse(" 421 / 2145 "));
  }

  @Test
  void rejectsAZeroDenominatorAndGarbledText() {
    InvalidValueException zero = assertThrows(InvalidValueException.class, () -> Rational.of(1, 0));
    assertEquals("Rational.denominator = 0: must not be zero", zero.getMessage());
    InvalidValueException text = assertThrows(InvalidValueException.class, () -> Rational.parse("1/2/3"));
    assertEquals("Rational.text", text.field());
    assertThrows(InvalidValueException.class, () -> Rational.ONE.dividedBy(Rational.ZERO));
  }

  @Test
  void convertsHugeFractionsToTheNearestDouble() {
    BigInteger big = BigInteger.TEN.pow(400);
    Rational third = Rational.of(big, big.multiply(BigInteger.valueOf(3)).add(BigInteger.ONE));
    assertEquals(1.0 / 3, third.toDouble());
    assertEquals(0.19627039627039627, Rational.of(421, 2145).toDouble());
    assertEquals(2, Rational.of(7, 3).longValue());
  }

  @Test
  void arithmeticIsThatOfAField() {
    qt().forAll(rationals(), rationals(), rationals())
        .checkAssert(
            (a, b, c) -> {
              assertEquals(a.plus(b).plus(c), a.plus(b.plus(c)));
              assertEquals(a.plus(b), b.plus(a));
              assertEquals(a.times(b.plus(c)), a.times(b).plus(a.times(c)));
              assertEquals(a, a.plus(b).minus(b));
              if (!b.isZero()) {
                assertEquals(a, a.times(b).dividedBy(b));
              }
              assertEquals(Rational.ZERO, a.plus(a.negate()));
            });
  }

  @Test
  void orderAgreesWithExactDecimalsAndTextRoundTrips() {
    qt().forAll(rationals(), rationals())
        .checkAssert(
            (a, b) -> {
              BigDecimal x = a.toBigDecimal(MathContext.DECIMAL128);
              BigDecimal y = b.toBigDecimal(MathContext.DECIMAL128);
              assertEquals(Integer.signum(x.compareTo(y)), Integer.signum(a.compareTo(b)), a + " vs " + b);
              assertEquals(a.compareTo(b) == 0, a.equals(b));
              assertEquals(a, Rational.parse(a.toString()));
              assertTrue(a.denominator().signum() > 0);
              assertEquals(BigInteger.ONE, a.numerator().gcd(a.denominator()), "lowest terms (zero is 0/1)");
              assertEquals(x.doubleValue(), a.toDouble(), Math.ulp(x.doubleValue()));
            });
  }

  @Test
  void readsDecimalsExactlyAndRoundsToAScaleOrDownToAnInteger() {
    assertEquals(Rational.of(1, 8), Rational.of(new BigDecimal("0.125")));
    assertEquals(Rational.of(1200), Rational.of(new BigDecimal("1.2E+3")));
    assertEquals(new BigDecimal("0.3333"), Rational.of(1, 3).toBigDecimal(4, java.math.RoundingMode.HALF_EVEN));
    assertEquals(new BigDecimal("-0.67"), Rational.of(-2, 3).toBigDecimal(2, java.math.RoundingMode.HALF_EVEN));
    assertEquals(BigInteger.valueOf(2), Rational.of(7, 3).floor());
    assertEquals(BigInteger.valueOf(-3), Rational.of(-7, 3).floor());
    assertEquals(BigInteger.valueOf(-2), Rational.of(-6, 3).floor());
    qt().forAll(rationals())
        .checkAssert(
            r -> {
              Rational floor = Rational.of(r.floor());
              assertTrue(floor.compareTo(r) <= 0 && r.minus(floor).compareTo(Rational.ONE) < 0, r + " floor " + floor);
            });
  }
}
