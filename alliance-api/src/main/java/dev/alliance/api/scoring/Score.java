package dev.alliance.api.scoring;

import dev.alliance.api.Checks;
import dev.alliance.api.InvalidValueException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A score in {@code [0, 1]} with the components it was computed from. The value is the weighted
 * mean of the scored components' values, {@code Σ wᵢ·vᵢ / Σ wᵢ} over the components that have a
 * value; unscored components are listed but take no part. At least one scored component must
 * carry a positive weight. The value is checked against the components at construction, so a
 * stored or transmitted score cannot contradict its own explanation.
 *
 * <pre>{@code
 * Score fit = Score.of(List.of(
 *     ScoreComponent.scored("capability complementarity", 1.0, 3, "brings 2 of 2 missing capabilities"),
 *     ScoreComponent.scored("reputation", 0.5, 1, "no track record")));
 * fit.value();                                   // 0.875 = (3 x 1.0 + 1 x 0.5) / 4
 * fit.component("reputation").orElseThrow();     // the component, with its basis
 * }</pre>
 *
 * @param value the score in {@code [0, 1]}: the weighted mean of the scored components
 * @param components the components, in the scorer's order; names are unique
 */
public record Score(double value, List<ScoreComponent> components) {
  /** How far a given value may stray from the weighted mean recomputed here (rounding). */
  public static final double TOLERANCE = 1e-9;

  /** Validates the score against its components. */
  public Score {
    components = List.copyOf(components);
    Checks.inRange("Score.value", value, 0.0, 1.0);
    Checks.notEmpty("Score.components", components);
    Set<String> names = new HashSet<>();
    for (ScoreComponent component : components) {
      Checks.check(names.add(component.name()), "Score.components", component.name(), "component names must be unique");
    }
    double weight = scoredWeight(components);
    Checks.check(weight > 0, "Score.components", components, "at least one scored component must carry a positive weight");
    double mean = weightedMean(components, weight);
    if (Math.abs(mean - value) > TOLERANCE) {
      throw new InvalidValueException("Score.value", value, "must equal the weighted mean of the scored components, " + mean);
    }
  }

  /**
   * @param components the components; at least one scored with a positive weight
   * @return the score whose value is their weighted mean
   */
  public static Score of(List<ScoreComponent> components) {
    List<ScoreComponent> copy = List.copyOf(components);
    double weight = scoredWeight(copy);
    // Checked again by the constructor; computed here only when it can succeed.
    return new Score(weight > 0 ? Math.min(1.0, Math.max(0.0, weightedMean(copy, weight))) : 0.0, copy);
  }

  /**
   * @param name a component's name
   * @return the component with that name, if any
   */
  public Optional<ScoreComponent> component(String name) {
    Objects.requireNonNull(name, "name");
    return components.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /**
   * @param component one of this score's components
   * @return its share of the score's weight: its weight over the scored components' total, or 0
   *     when it is unscored
   */
  public double share(ScoreComponent component) {
    return component.isScored() ? component.weight() / scoredWeight(components) : 0.0;
  }

  /**
   * @return the score as one line: the value, then each scored component as share x value, then
   *     the unscored ones
   */
  public String describe() {
    StringBuilder text = new StringBuilder(format(value)).append(" =");
    String sep = " ";
    for (ScoreComponent c : components) {
      if (c.isScored()) {
        text.append(sep).append(format(share(c))).append(" x ").append(c.name()).append(' ').append(format(c.value().getAsDouble()));
        sep = " + ";
      }
    }
    for (ScoreComponent c : components) {
      if (!c.isScored()) {
        text.append("; ").append(c.name()).append(" not scored: ").append(c.basis());
      }
    }
    return text.toString();
  }

  private static double scoredWeight(List<ScoreComponent> components) {
    double weight = 0;
    for (ScoreComponent c : components) {
      if (c.isScored()) {
        weight += c.weight();
      }
    }
    return weight;
  }

  private static double weightedMean(List<ScoreComponent> components, double weight) {
    double sum = 0;
    for (ScoreComponent c : components) {
      if (c.isScored()) {
        sum += c.weight() * c.value().getAsDouble();
      }
    }
    return sum / weight;
  }

  private static String format(double x) {
    return String.format(Locale.ROOT, "%.3f", x).replaceAll("0+$", "").replaceAll("\\.$", ".0");
  }
}
