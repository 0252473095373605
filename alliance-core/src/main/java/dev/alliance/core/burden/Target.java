package dev.alliance.core.burden;

import dev.alliance.api.Checks;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A burden-to-capacity target, such as NATO's guideline of spending 2% of GDP on defence.
 *
 * <pre>{@code
 * Target nato = new Target("NATO guideline: 2% of GDP on defence", new BigDecimal("0.02"));
 * }</pre>
 *
 * @param name the target in words; not blank
 * @param ratio the burden over capacity to reach; not negative
 */
public record Target(String name, BigDecimal ratio) {
  /** Validates the target. */
  public Target {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(ratio, "ratio");
    Checks.notBlank("Target.name", name);
    Checks.nonNegative("Target.ratio", ratio);
  }

  @Override
  public String toString() {
    return name;
  }
}
