package dev.alliance.core.costsharing;

import dev.alliance.api.Checks;
import dev.alliance.api.partner.Measure;
import dev.alliance.api.partner.Partner;
import dev.alliance.api.partner.PartnerId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a cost-sharing formula weighs each member before floors and ceilings: equally, in proportion
 * to a measure (GDP, GNI, population, market share, anticipated benefit), by a weighted blend of
 * measures, or by weights given outright. Weights only matter in proportion to each other.
 *
 * <pre>{@code
 * CostFormula.equal();
 * CostFormula.proportionalTo(Measure.GNI);
 * CostFormula.blend(Map.of(Measure.GDP, new BigDecimal("0.5"), Measure.POPULATION, new BigDecimal("0.5")));
 * }</pre>
 */
public sealed interface CostFormula
    permits CostFormula.Equal, CostFormula.ProportionalTo, CostFormula.Blend, CostFormula.Given {

  /** @return every member weighs the same */
  static CostFormula equal() {
    return new Equal();
  }

  /**
   * @param measure the partner attribute, such as {@link Measure#GDP}
   * @return members weigh their value of the measure
   */
  static CostFormula proportionalTo(Measure measure) {
    return new ProportionalTo(measure);
  }

  /**
   * @param components each measure with its weight in the blend, in the order given
   * @return members weigh the weighted sum of their shares of each measure
   */
  static CostFormula blend(Map<Measure, BigDecimal> components) {
    return new Blend(components);
  }

  /**
   * @param weights each member's weight
   * @return members weigh what is given
   */
  static CostFormula given(Map<PartnerId, BigDecimal> weights) {
    return new Given(weights);
  }

  /**
   * Weighs the members.
   *
   * @param members the members, in the order the allocation lists them; identities unique
   * @return each member's weight, never negative, in the members' order; only proportions matter
   * @throws dev.alliance.api.InvalidValueException when a member lacks a measure or weight the
   *     formula needs
   */
  Map<PartnerId, BigDecimal> weights(List<Partner> members);

  /** @return the formula in words, for explanations */
  String describe();

  /** Every member weighs 1. */
  record Equal() implements CostFormula {
    @Override
    public Map<PartnerId, BigDecimal> weights(List<Partner> members) {
      Map<PartnerId, BigDecimal> weights = new LinkedHashMap<>();
      members.forEach(member -> weights.put(member.id(), BigDecimal.ONE));
      return Collections.unmodifiableMap(weights);
    }

    @Override
    public String describe() {
      return "equal shares";
    }
  }

  /**
   * Each member weighs its value of one measure.
   *
   * @param measure the measure
   */
  record ProportionalTo(Measure measure) implements CostFormula {
    /** Validates the formula. */
    public ProportionalTo {
      Objects.requireNonNull(measure, "measure");
    }

    @Override
    public Map<PartnerId, BigDecimal> weights(List<Partner> members) {
      Map<PartnerId, BigDecimal> weights = new LinkedHashMap<>();
      members.forEach(member -> weights.put(member.id(), Measures.valueOf(member, measure)));
      return Collections.unmodifiableMap(weights);
    }

    @Override
    public String describe() {
      return "in proportion to " + measure;
    }
  }

  /**
   * Each member weighs {@code sum over k of a_k * m_k(member) / S_k}, where {@code m_k} is the
   * k-th measure, {@code S_k} its total over the members and {@code a_k} its weight in the blend:
   * a weighted average of the member's shares of each measure, as quota formulas (the IMF's) blend
   * GDP, openness and reserves. The weights are computed exactly, multiplied by the product of the
   * totals (which changes no proportion).
   *
   * @param components each measure and its weight in the blend; at least one, weights not negative
   *     and not all zero
   */
  record Blend(Map<Measure, BigDecimal> components) implements CostFormula {
    /** Validates and copies the components, keeping their order. */
    public Blend {
      components = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(components, "components")));
      Checks.notEmpty("Blend.components", components.keySet());
      components.forEach((measure, weight) -> Checks.nonNegative("Blend.components[" + measure + "]", weight));
      Checks.check(
          components.values().stream().anyMatch(w -> w.signum() > 0), "Blend.components", components, "must not all weigh zero");
    }

    @Override
    public Map<PartnerId, BigDecimal> weights(List<Partner> members) {
      List<Measure> measures = new ArrayList<>(components.keySet());
      BigDecimal[] totals = new BigDecimal[measures.size()];
      for (int k = 0; k < totals.length; k++) {
        totals[k] = BigDecimal.ZERO;
        for (Partner member : members) {
          totals[k] = totals[k].add(Measures.valueOf(member, measures.get(k)));
        }
        Checks.check(
            totals[k].signum() > 0 || components.get(measures.get(k)).signum() == 0,
            "Blend.components[" + measures.get(k) + "]",
            totals[k],
            "every member's " + measures.get(k) + " is zero, so no member has a share of it");
      }
      Map<PartnerId, BigDecimal> weights = new LinkedHashMap<>();
      for (Partner member : members) {
        BigDecimal weight = BigDecimal.ZERO;
        for (int k = 0; k < totals.length; k++) {
          BigDecimal term = components.get(measures.get(k)).multiply(Measures.valueOf(member, measures.get(k)));
          for (int l = 0; l < totals.length; l++) {
            if (l != k && totals[l].signum() > 0) {
              term = term.multiply(totals[l]);
            }
          }
          weight = weight.add(term);
        }
        weights.put(member.id(), weight);
      }
      return Collections.unmodifiableMap(weights);
    }

    @Override
    public String describe() {
      List<String> parts = new ArrayList<>();
      components.forEach((measure, weight) -> parts.add(weight.toPlainString() + " x share of " + measure));
      return "blend of " + String.join(" + ", parts);
    }
  }

  /**
   * Weights given outright, such as anticipated benefits agreed in negotiation.
   *
   * @param weights each member's weight; never negative
   */
  record Given(Map<PartnerId, BigDecimal> weights) implements CostFormula {
    /** Validates and copies the weights. */
    public Given {
      weights = Map.copyOf(Objects.requireNonNull(weights, "weights"));
      weights.forEach((id, weight) -> Checks.nonNegative("Given.weights[" + id + "]", weight));
    }

    @Override
    public Map<PartnerId, BigDecimal> weights(List<Partner> members) {
      Map<PartnerId, BigDecimal> result = new LinkedHashMap<>();
      for (Partner member : members) {
        BigDecimal weight = weights.get(member.id());
        Checks.check(weight != null, "Given.weights", member.id(), "has no weight for this member");
        result.put(member.id(), weight);
      }
      return Collections.unmodifiableMap(result);
    }

    @Override
    public String describe() {
      return "given weights";
    }
  }
}
