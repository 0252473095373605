package dev.alliance.examples.power;

import dev.alliance.core.power.PowerValue;
import dev.alliance.core.exact.Rational;
import java.util.Locale;

/** Formatting shared by the power examples: shares as percentages, exact values as fractions too. */
final class PowerTables {
  private PowerTables() {}

  /** @return {@code "23.8%"} */
  static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }

  /** @return {@code "23.8%"} */
  static String percent(Rational share) {
    return percent(share.toDouble());
  }

  /** @return {@code "5/21 = 23.8%"} for an exact value, the estimate with its interval otherwise */
  static String value(PowerValue value) {
    if (value instanceof PowerValue.Exact exact) {
      return exact.value().isZero() ? "0" : exact.value() + " = " + percent(exact.value());
    }
    PowerValue.Estimate e = (PowerValue.Estimate) value;
    return percent(e.value()) + " (" + percent(e.lower()) + ".." + percent(e.upper()) + ")";
  }

  /** @return {@code "23.8%"} for any value */
  static String percent(PowerValue value) {
    return percent(value.toDouble());
  }
}
