package dev.alliance.api.scoring;

import dev.alliance.api.Checks;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One ingredient of a {@link Score}: its name, its value in {@code [0, 1]} (higher is always
 * better), the weight the scorer gives it, and the basis on which the value was reached, in words
 * and figures. A component whose inputs are unknown is <em>unscored</em>: it is listed with its
 * weight and the reason, and takes no part in the score.
 *
 * <pre>{@code
 * ScoreComponent.scored("reputation", 0.75, 0.25, "2 of 2 commitments honored; (2 + 1) / (2 + 2)");
 * ScoreComponent.unscored("cultural closeness", 0.15, "no cultural profile");
 * }</pre>
 *
 * @param name the component's name, unique within a score; not blank
 * @param value the value in {@code [0, 1]}, or empty when the component could not be scored
 * @param weight the weight the scorer gives the component; finite and not negative
 * @param basis how the value was reached, or why it could not be; not blank
 */
public record ScoreComponent(String name, OptionalDouble value, double weight, String basis) {

  /** Validates the component. */
  public ScoreComponent {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(basis, "basis");
    Checks.notBlank("ScoreComponent.name", name);
    Checks.notBlank("ScoreComponent.basis", basis);
    if (value.isPresent()) {
      Checks.inRange("ScoreComponent.value", value.getAsDouble(), 0.0, 1.0);
    }
    Checks.inRange("ScoreComponent.weight", weight, 0.0, Double.MAX_VALUE);
  }

  /**
   * @param name the component's name
   * @param value the value in {@code [0, 1]}
   * @param weight the weight
   * @param basis how the value was reached
   * @return a scored component
   */
  public static ScoreComponent scored(String name, double value, double weight, String basis) {
    return new ScoreComponent(name, OptionalDouble.of(value), weight, basis);
  }

  /**
   * @param name the component's name
   * @param weight the weight it would have had
   * @param basis why it could not be scored
   * @return an unscored component
   */
  public static ScoreComponent unscored(String name, double weight, String basis) {
    return new ScoreComponent(name, OptionalDouble.empty(), weight, basis);
  }

  /** @return true when the component has a value and so takes part in the score */
  public boolean isScored() {
    return value.isPresent();
  }
}
