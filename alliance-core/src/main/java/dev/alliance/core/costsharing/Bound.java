package dev.alliance.core.costsharing;

import dev.alliance.api.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A floor or a ceiling on what one member pays: a share of the total (the UN scale's floor of
 * 0.001% is {@code Bound.share(new BigDecimal("0.00001"))}) or an amount of money.
 *
 * <p>Converted to minor units, a floor rounds up and a ceiling rounds down, so that the bound
 * holds for the rounded amounts: a floor of 0.001% of 1,000.00 is 0.01, a ceiling of 22% of 0.10
 * is 0.02.
 */
public sealed interface Bound permits Bound.Share, Bound.Amount {

  /**
   * @param fraction a share of the total, from 0 to 1, such as {@code 0.22} for 22%
   * @return the bound
   */
  static Bound share(BigDecimal fraction) {
    return new Share(fraction);
  }

  /**
   * @param fraction a share of the total, from 0 to 1, as text
   * @return the bound
   */
  static Bound share(String fraction) {
    return new Share(new BigDecimal(fraction));
  }

  /**
   * @param amount an amount of money, in the total's unit; not negative
   * @return the bound
   */
  static Bound amount(BigDecimal amount) {
    return new Amount(amount);
  }

  /**
   * The bound in minor units of a total.
   *
   * @param total the total, in minor units
   * @param digits the number of decimal places of a minor unit
   * @param floor true to round up (a floor), false to round down (a ceiling)
   * @return the bound in minor units
   */
  long toMinorUnits(long total, int digits, boolean floor);

  /**
   * A share of the total.
   *
   * @param fraction from 0 to 1
   */
  record Share(BigDecimal fraction) implements Bound {
    /** Validates the fraction. */
    public Share {
      Objects.requireNonNull(fraction, "fraction");
      Checks.check(
          fraction.signum() >= 0 && fraction.compareTo(BigDecimal.ONE) <= 0, "Bound.share", fraction, "must lie between 0 and 1");
    }

    @Override
    public long toMinorUnits(long total, int digits, boolean floor) {
      return fraction.multiply(BigDecimal.valueOf(total)).setScale(0, floor ? RoundingMode.CEILING : RoundingMode.FLOOR).longValueExact();
    }

    @Override
    public String toString() {
      return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "% of the total";
    }
  }

  /**
   * An amount of money.
   *
   * @param amount not negative
   */
  record Amount(BigDecimal amount) implements Bound {
    /** Validates the amount. */
    public Amount {
      Objects.requireNonNull(amount, "amount");
      Checks.nonNegative("Bound.amount", amount);
    }

    @Override
    public long toMinorUnits(long total, int digits, boolean floor) {
      BigDecimal units = amount.movePointRight(digits).setScale(0, floor ? RoundingMode.CEILING : RoundingMode.FLOOR);
      return units.min(BigDecimal.valueOf(total).add(BigDecimal.ONE)).longValueExact();
    }

    @Override
    public String toString() {
      return amount.toPlainString();
    }
  }
}
