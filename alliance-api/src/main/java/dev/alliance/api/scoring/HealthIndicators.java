package dev.alliance.api.scoring;

import dev.alliance.api.Checks;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * What alliance health is judged on, as measured by whoever knows: the contributions engine
 * (fulfillment, burden inequity), the objectives (progress), the dispute record (open disputes)
 * and, when a trust model supplies it, trust. Each figure is optional except the count of open
 * disputes; a health scorer leaves unknown figures unscored.
 *
 * <ul>
 *   <li>{@link #fulfillment()}: the share of committed contributions delivered, by value, in
 *       {@code [0, 1]}.
 *   <li>{@link #burdenInequity()}: how unevenly the burden falls relative to what the members can
 *       carry, in {@code [0, 1]}, 0 for perfectly even (a Gini coefficient of burden over capacity
 *       is one such measure).
 *   <li>{@link #objectiveProgress()}: the mean share of the way from baseline to target that the
 *       objectives have come, in {@code [0, 1]}.
 *   <li>{@link #openDisputes()}: disputes raised and not yet settled.
 *   <li>{@link #trust()}: mutual trust in {@code [0, 1]}, when a trust model supplies it.
 * </ul>
 *
 * <pre>{@code
 * HealthIndicators nato2014 = HealthIndicators.builder()
 *     .fulfillment(0.8).burdenInequity(0.35).objectiveProgress(0.6).openDisputes(1)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class HealthIndicators implements WithHealthIndicators {
  HealthIndicators() {}

  /** @return the share of committed contributions delivered, by value, when known */
  public abstract OptionalDouble fulfillment();

  /** @return how unevenly the burden falls (0 even, 1 as uneven as can be), when known */
  public abstract OptionalDouble burdenInequity();

  /** @return the mean progress of the objectives from baseline to target, when known */
  public abstract OptionalDouble objectiveProgress();

  /** @return the number of disputes raised and not yet settled; 0 unless set */
  @Value.Default
  public int openDisputes() {
    return 0;
  }

  /** @return mutual trust among the members, when a trust model supplies it */
  public abstract OptionalDouble trust();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HealthIndicators}. */
  public static final class Builder extends ImmutableHealthIndicators.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    fulfillment().ifPresent(v -> Checks.inRange("HealthIndicators.fulfillment", v, 0.0, 1.0));
    burdenInequity().ifPresent(v -> Checks.inRange("HealthIndicators.burdenInequity", v, 0.0, 1.0));
    objectiveProgress().ifPresent(v -> Checks.inRange("HealthIndicators.objectiveProgress", v, 0.0, 1.0));
    trust().ifPresent(v -> Checks.inRange("HealthIndicators.trust", v, 0.0, 1.0));
    Checks.nonNegative("HealthIndicators.openDisputes", openDisputes());
  }
}
