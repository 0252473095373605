package dev.alliance.core.power;

import dev.alliance.core.exact.Rational;
import dev.alliance.api.Checks;
import java.util.Objects;

/**
 * A player's value on one power index: exact, or estimated with a confidence interval.
 *
 * <pre>{@code
 * PowerValue v = profile.value(PowerIndex.SHAPLEY_SHUBIK, PartnerId.of("FRA")).orElseThrow();
 * v.toDouble();                                  // 0.19627...
 * if (v instanceof PowerValue.Exact e) e.value(); // 421/2145
 * }</pre>
 */
public sealed interface PowerValue permits PowerValue.Exact, PowerValue.Estimate {

  /** @return the value, or the estimate, as a double */
  double toDouble();

  /** @return true for an exact value */
  boolean isExact();

  /**
   * An exact value.
   *
   * @param value the exact fraction
   */
  record Exact(Rational value) implements PowerValue {
    /** Checks the value. */
    public Exact {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public double toDouble() {
      return value.toDouble();
    }

    @Override
    public boolean isExact() {
      return true;
    }

    @Override
    public String toString() {
      return value.toString();
    }
  }

  /**
   * A Monte-Carlo estimate.
   *
   * @param value the estimate
   * @param standardError its estimated standard error
   * @param lower the lower end of the confidence interval
   * @param upper the upper end of the confidence interval
   * @param confidence the interval's confidence level, such as 0.95
   * @param samples the number of random coalitions or orders it rests on
   */
  record Estimate(double value, double standardError, double lower, double upper, double confidence, long samples)
      implements PowerValue {
    /** Checks the figures. */
    public Estimate {
      Checks.check(Double.isFinite(value), "Estimate.value", value, "must be finite");
      Checks.check(standardError >= 0, "Estimate.standardError", standardError, "must not be negative");
      Checks.check(lower <= value && value <= upper, "Estimate.interval", "[" + lower + ", " + upper + "]", "must contain the value " + value);
      Checks.inRange("Estimate.confidence", confidence, 0, 1);
      Checks.check(samples > 0, "Estimate.samples", samples, "must be positive");
    }

    @Override
    public double toDouble() {
      return value;
    }

    @Override
    public boolean isExact() {
      return false;
    }

    /**
     * @param x a value
     * @return true when x lies in the confidence interval
     */
    public boolean covers(double x) {
      return lower <= x && x <= upper;
    }

    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT, "%.6f [%.6f, %.6f]", value, lower, upper);
    }
  }
}
