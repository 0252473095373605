package dev.alliance.api.objective;

import dev.alliance.api.Checks;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A SMART objective: a specific statement, a measurable metric moving from a baseline to a
 * target, and a deadline; core or aspirational. Within an alliance the name identifies it.
 *
 * <pre>{@code
 * Objective spending = Objective.builder()
 *     .name("Defense spending at 2% of GDP")
 *     .metric("defense spending, % of GDP")
 *     .baseline(new BigDecimal("1.4"))
 *     .target(new BigDecimal("2.0"))
 *     .deadline(LocalDate.of(2024, 12, 31))
 *     .priority(Priority.CORE)
 *     .build();
 * spending.progress(new BigDecimal("1.7")); // 0.5
 * }</pre>
 */
@Value.Immutable
public abstract class Objective implements WithObjective {
  Objective() {}

  /** @return the specific statement of the objective; not blank; unique within an alliance */
  public abstract String name();

  /** @return what is measured, with its unit; not blank */
  public abstract String metric();

  /** @return the metric's value when the objective was set */
  public abstract BigDecimal baseline();

  /** @return the value to reach; differs from the baseline */
  public abstract BigDecimal target();

  /** @return the last day by which the target must be reached */
  public abstract LocalDate deadline();

  /** @return core (minimum viable alliance) or aspirational */
  public abstract Priority priority();

  /** @return whether the metric must rise or fall, derived from baseline and target */
  public Direction direction() {
    return target().compareTo(baseline()) > 0 ? Direction.INCREASE : Direction.DECREASE;
  }

  /** @return true for a core objective */
  public boolean isCore() {
    return priority() == Priority.CORE;
  }

  /**
   * Tells whether a measured value reaches the target.
   *
   * @param current the metric's current value
   * @return true when the target is reached or passed in the objective's direction
   */
  public boolean isMetBy(BigDecimal current) {
    int comparison = current.compareTo(target());
    return direction() == Direction.INCREASE ? comparison >= 0 : comparison <= 0;
  }

  /**
   * Returns the share of the way from baseline to target that a measured value covers.
   *
   * @param current the metric's current value
   * @return a fraction in {@code [0, 1]}: 0 at or behind the baseline, 1 at or past the target
   */
  public BigDecimal progress(BigDecimal current) {
    BigDecimal covered = current.subtract(baseline());
    BigDecimal distance = target().subtract(baseline());
    BigDecimal fraction = covered.divide(distance, MathContext.DECIMAL64);
    return fraction.max(BigDecimal.ZERO).min(BigDecimal.ONE);
  }

  /**
   * Tells whether the deadline has passed on a given day.
   *
   * @param today the day to judge on
   * @return true when {@code today} is after the deadline
   */
  public boolean isOverdueOn(LocalDate today) {
    return today.isAfter(deadline());
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Objective}. */
  public static final class Builder extends ImmutableObjective.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank("Objective.name", name());
    Checks.notBlank("Objective.metric", metric());
    Checks.check(
        target().compareTo(baseline()) != 0,
        "Objective.target",
        target(),
        "must differ from the baseline " + baseline().toPlainString() + ", or there is nothing to achieve");
  }
}
