package dev.alliance.api.alignment;

import dev.alliance.api.Checks;
import dev.alliance.api.partner.PartnerId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The documented facts about one pair of actors, from which a {@link PropensityRecipe} builds
 * their propensity.
 *
 * <pre>{@code
 * PairFacts fraDeu = PairFacts.of("FRA", "DEU")
 *     .with(PropensityIngredient.PAST_WARS, 1)              // 1870-71
 *     .with(PropensityIngredient.TERRITORIAL_DISPUTES, 1);  // Alsace-Lorraine
 * }</pre>
 *
 * @param a one actor
 * @param b the other; not {@code a}
 * @param amounts the amount of each ingredient recorded; finite and not negative
 */
public record PairFacts(PartnerId a, PartnerId b, Map<PropensityIngredient, Double> amounts) {

  /** Validates the facts. */
  public PairFacts {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(amounts, "amounts");
    Checks.check(!a.equals(b), "PairFacts.b", b, "facts describe two different actors");
    Map<PropensityIngredient, Double> copy = new EnumMap<>(PropensityIngredient.class);
    amounts.forEach(
        (ingredient, amount) ->
            copy.put(ingredient, Checks.inRange("PairFacts.amounts[" + ingredient + "]", amount, 0, Double.MAX_VALUE)));
    amounts = Collections.unmodifiableMap(copy);
  }

  /**
   * @param a one actor
   * @param b the other
   * @return facts with nothing recorded yet
   */
  public static PairFacts of(String a, String b) {
    return new PairFacts(PartnerId.of(a), PartnerId.of(b), Map.of());
  }

  /**
   * @param ingredient an ingredient
   * @param amount its amount for this pair
   * @return a copy with that amount recorded
   */
  public PairFacts with(PropensityIngredient ingredient, double amount) {
    Map<PropensityIngredient, Double> copy = new EnumMap<>(PropensityIngredient.class);
    copy.putAll(amounts);
    copy.put(ingredient, amount);
    return new PairFacts(a, b, copy);
  }

  /**
   * @param ingredient an ingredient
   * @return its amount, zero when not recorded
   */
  public double amount(PropensityIngredient ingredient) {
    return amounts.getOrDefault(ingredient, 0.0);
  }
}
