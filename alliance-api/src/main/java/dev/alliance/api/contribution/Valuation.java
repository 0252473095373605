package dev.alliance.api.contribution;

import dev.alliance.api.Checks;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a contribution is worth: a non-negative amount in a unit, such as {@code 1200000 EUR} or
 * {@code 40 person-years}. Valuations in different units never mix.
 *
 * @param amount the amount; never negative
 * @param unit the unit, such as a currency code; not blank
 */
public record Valuation(BigDecimal amount, String unit) {

  /** Validates the valuation. */
  public Valuation {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(unit, "unit");
    Checks.nonNegative("Valuation.amount", amount);
    Checks.notBlank("Valuation.unit", unit);
  }

  /**
   * Creates a valuation.
   *
   * @param amount the amount
   * @param unit the unit
   * @return the valuation
   */
  public static Valuation of(BigDecimal amount, String unit) {
    return new Valuation(amount, unit);
  }

  /**
   * Creates a valuation from text, such as {@code Valuation.of("1.5", "EUR")}.
   *
   * @param amount the amount, as {@link BigDecimal#BigDecimal(String)} reads it
   * @param unit the unit
   * @return the valuation
   */
  public static Valuation of(String amount, String unit) {
    return new Valuation(new BigDecimal(amount), unit);
  }

  /**
   * Adds a valuation in the same unit.
   *
   * @param other the valuation to add
   * @return the sum
   */
  public Valuation plus(Valuation other) {
    requireSameUnit(other);
    return new Valuation(amount.add(other.amount), unit);
  }

  /**
   * Subtracts a valuation in the same unit.
   *
   * @param other the valuation to subtract; not larger than this one
   * @return the difference
   */
  public Valuation minus(Valuation other) {
    requireSameUnit(other);
    return new Valuation(amount.subtract(other.amount), unit);
  }

  private void requireSameUnit(Valuation other) {
    Checks.check(unit.equals(other.unit), "Valuation.unit", other.unit, "must be " + unit + " to combine with " + this);
  }

  @Override
  public String toString() {
    return amount.toPlainString() + " " + unit;
  }
}
