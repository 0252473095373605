package dev.alliance.api.alignment;

import dev.alliance.api.Checks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds propensities from {@link PairFacts}: the propensity of a pair is the weighted sum of its
 * ingredients, {@code p = sum over ingredients of weight * amount}. Ingredients without a weight
 * count for nothing.
 *
 * <pre>{@code
 * PropensityRecipe recipe = PropensityRecipe.unitWeights(); // +1 per drawing fact, -1 per pushing one
 * recipe.propensity(fraDeu); // -2.0: one war, one territorial dispute
 * }</pre>
 *
 * @param weights the weight of each ingredient; finite
 */
public record PropensityRecipe(Map<PropensityIngredient, Double> weights) {

  /** Validates and copies the weights. */
  public PropensityRecipe {
    Objects.requireNonNull(weights, "weights");
    Map<PropensityIngredient, Double> copy = new EnumMap<>(PropensityIngredient.class);
    weights.forEach(
        (ingredient, weight) -> {
          Checks.check(Double.isFinite(weight), "PropensityRecipe.weights[" + ingredient + "]", weight, "must be a finite number");
          copy.put(ingredient, weight);
        });
    weights = Collections.unmodifiableMap(copy);
  }

  /**
   * The plainest recipe: every ingredient weighs one unit in its {@linkplain
   * PropensityIngredient#conventionalSign() conventional direction}.
   *
   * @return the recipe
   */
  public static PropensityRecipe unitWeights() {
    Map<PropensityIngredient, Double> weights = new EnumMap<>(PropensityIngredient.class);
    for (PropensityIngredient ingredient : PropensityIngredient.values()) {
      weights.put(ingredient, (double) ingredient.conventionalSign().value());
    }
    return new PropensityRecipe(weights);
  }

  /**
   * @param facts a pair's facts
   * @return each weighted ingredient's share of the propensity: the explanation of {@link
   *     #propensity(PairFacts)}
   */
  public Map<PropensityIngredient, Double> contributions(PairFacts facts) {
    Map<PropensityIngredient, Double> parts = new EnumMap<>(PropensityIngredient.class);
    weights.forEach(
        (ingredient, weight) -> {
          double amount = facts.amount(ingredient);
          if (amount != 0) {
            parts.put(ingredient, weight * amount);
          }
        });
    return Collections.unmodifiableMap(parts);
  }

  /**
   * @param facts a pair's facts
   * @return the pair's propensity
   */
  public double propensity(PairFacts facts) {
    double sum = 0;
    for (double part : contributions(facts).values()) {
      sum += part;
    }
    return sum;
  }

  /**
   * Builds a landscape.
   *
   * @param actors the actors with their sizes
   * @param facts the facts of the pairs that have any; at most one entry per pair
   * @return the landscape with one propensity per pair of facts
   */
  public Landscape landscape(Collection<LandscapeActor> actors, Collection<PairFacts> facts) {
    List<Propensity> propensities = new ArrayList<>();
    for (PairFacts pair : facts) {
      propensities.add(new Propensity(pair.a(), pair.b(), propensity(pair)));
    }
    return Landscape.of(actors, propensities);
  }
}
