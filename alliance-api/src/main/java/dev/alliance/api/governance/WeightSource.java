package dev.alliance.api.governance;

import dev.alliance.api.Checks;
import dev.alliance.api.partner.Measure;
import dev.alliance.api.partner.PartnerId;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/** Where a weighted rule takes each member's weight from. */
public sealed interface WeightSource
    permits WeightSource.Explicit,
        WeightSource.OfMeasure,
        WeightSource.MemberWeights,
        WeightSource.Contributions {

  /**
   * @param weights a weight per member
   * @return weights given explicitly
   */
  static WeightSource explicit(Map<PartnerId, BigDecimal> weights) {
    return new Explicit(weights);
  }

  /**
   * @param measure the partner attribute, such as {@link Measure#QUOTA} or {@link
   *     Measure#POPULATION}
   * @return weights read from each partner's attribute
   */
  static WeightSource ofMeasure(Measure measure) {
    return new OfMeasure(measure);
  }

  /** @return the weights recorded on the alliance's members */
  static WeightSource memberWeights() {
    return new MemberWeights();
  }

  /**
   * @param unit the valuation unit of the contributions to count
   * @return weights proportional to each member's delivered contributions in that unit
   */
  static WeightSource contributions(String unit) {
    return new Contributions(unit);
  }

  /**
   * Weights given explicitly, one per member; members not listed weigh nothing.
   *
   * @param weights the weights; never negative
   */
  record Explicit(Map<PartnerId, BigDecimal> weights) implements WeightSource {
    /** Validates and copies the weights. */
    public Explicit {
      weights = Map.copyOf(Objects.requireNonNull(weights, "weights"));
      weights.forEach((id, w) -> Checks.nonNegative("Explicit.weights[" + id + "]", w));
    }
  }

  /**
   * Weights read from a measurable attribute of each partner (a quota, a population).
   *
   * @param measure the attribute
   */
  record OfMeasure(Measure measure) implements WeightSource {
    /** Validates the measure. */
    public OfMeasure {
      Objects.requireNonNull(measure, "measure");
    }
  }

  /** The weight recorded on each member of the alliance. */
  record MemberWeights() implements WeightSource {}

  /**
   * Weights equal to each member's delivered contributions valued in one unit.
   *
   * @param unit the valuation unit; not blank
   */
  record Contributions(String unit) implements WeightSource {
    /** Validates the unit. */
    public Contributions {
      Objects.requireNonNull(unit, "unit");
      Checks.notBlank("Contributions.unit", unit);
    }
  }
}
