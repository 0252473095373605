package dev.alliance.api.negotiation;

import dev.alliance.api.Checks;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One issue on the table and the values it can take: a finite list of options, or a range cut
 * into steps. The options make the offer space that searches (the Nash bargaining solution, the
 * zone of possible agreement, log-rolling) run over; an offer may also name any value between the
 * lowest and the highest option.
 *
 * <pre>{@code
 * Issue price = Issue.range("price", "USD million", new BigDecimal("90"), new BigDecimal("130"), new BigDecimal("5"));
 * price.options();  // [90, 95, 100, ..., 130]
 * Issue treaty = Issue.of("peace treaty", "0 = none, 1 = signed", BigDecimal.ZERO, BigDecimal.ONE);
 * }</pre>
 *
 * @param name the issue's name, unique within a negotiation; not blank
 * @param unit what the values measure, in words; not blank
 * @param options the values the issue can take, ascending, distinct; at least one and at most
 *     {@value #MAX_OPTIONS}
 */
public record Issue(String name, String unit, List<BigDecimal> options) {
  /** The most options one issue may have. */
  public static final int MAX_OPTIONS = 100_000;

  /** Validates the issue and normalizes its options. */
  public Issue {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(options, "options");
    Checks.notBlank("Issue.name", name);
    Checks.notBlank("Issue.unit", unit);
    Checks.notEmpty("Issue.options", options);
    Checks.check(options.size() <= MAX_OPTIONS, "Issue.options", options.size() + " options", "must be at most " + MAX_OPTIONS);
    List<BigDecimal> normalized = new ArrayList<>(options.size());
    for (int i = 0; i < options.size(); i++) {
      BigDecimal option = Terms.normalize(Objects.requireNonNull(options.get(i), "options[" + i + "]"));
      if (i > 0) {
        Checks.check(
            option.compareTo(normalized.get(i - 1)) > 0,
            "Issue.options[" + i + "]",
            option,
            "must be greater than the option before it, " + normalized.get(i - 1).toPlainString() + ": options ascend and are distinct");
      }
      normalized.add(option);
    }
    options = List.copyOf(normalized);
  }

  /**
   * @param name the issue's name
   * @param unit what the values measure
   * @param options the values, in any order; distinct
   * @return the issue, its options sorted
   */
  public static Issue of(String name, String unit, BigDecimal... options) {
    BigDecimal[] sorted = options.clone();
    Arrays.sort(sorted);
    return new Issue(name, unit, Arrays.asList(sorted));
  }

  /**
   * An issue whose options run from {@code low} to {@code high} in equal steps.
   *
   * @param name the issue's name
   * @param unit what the values measure
   * @param low the lowest option
   * @param high the highest option; {@code high - low} is a whole number of steps
   * @param step the step; positive
   * @return the issue
   */
  public static Issue range(String name, String unit, BigDecimal low, BigDecimal high, BigDecimal step) {
    Objects.requireNonNull(low, "low");
    Objects.requireNonNull(high, "high");
    Objects.requireNonNull(step, "step");
    Checks.check(step.signum() > 0, "Issue.step", step, "must be positive");
    Checks.check(high.compareTo(low) >= 0, "Issue.high", high, "must not be below the lowest option " + low.toPlainString());
    BigDecimal[] steps = high.subtract(low).divideAndRemainder(step);
    Checks.check(
        steps[1].signum() == 0,
        "Issue.step",
        step,
        "must divide the range " + low.toPlainString() + ".." + high.toPlainString() + " into whole steps");
    Checks.check(
        steps[0].compareTo(BigDecimal.valueOf(MAX_OPTIONS - 1L)) < 0,
        "Issue.step",
        step,
        "makes " + steps[0].add(BigDecimal.ONE).toPlainString() + " options; at most " + MAX_OPTIONS + " are allowed");
    List<BigDecimal> options = new ArrayList<>();
    for (BigDecimal v = low; v.compareTo(high) <= 0; v = v.add(step)) {
      options.add(v);
    }
    return new Issue(name, unit, options);
  }

  /** @return the lowest option */
  public BigDecimal low() {
    return options.get(0);
  }

  /** @return the highest option */
  public BigDecimal high() {
    return options.get(options.size() - 1);
  }

  /**
   * @param value a value
   * @return true when it lies between the lowest and the highest option, both included
   */
  public boolean spans(BigDecimal value) {
    return value.compareTo(low()) >= 0 && value.compareTo(high()) <= 0;
  }
}
