package dev.alliance.core.power;

import dev.alliance.api.Checks;
import dev.alliance.api.partner.Measure;
import dev.alliance.api.partner.PartnerId;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One voting member as a power computation sees it: who it is, and every figure a weighted rule
 * may read its weight from.
 *
 * <pre>{@code
 * Voter france = Voter.of(PartnerId.of("FRA"), "France", new BigDecimal("4"));
 * Voter germany = new Voter(PartnerId.of("DEU"), "Germany", BigDecimal.ONE,
 *     Map.of(Measure.POPULATION, new BigDecimal("83445000")), Map.of());
 * }</pre>
 *
 * @param id the member's identity
 * @param name its display name; not blank
 * @param weight its weight as a member (read by {@code WeightSource.memberWeights()}); never
 *     negative
 * @param measures its measurable attributes (read by {@code WeightSource.ofMeasure(...)}); never
 *     negative
 * @param contributions its delivered contributions per valuation unit (read by {@code
 *     WeightSource.contributions(unit)}); never negative
 */
public record Voter(
    PartnerId id,
    String name,
    BigDecimal weight,
    Map<Measure, BigDecimal> measures,
    Map<String, BigDecimal> contributions) {

  /** Validates and copies the figures. */
  public Voter {
    Objects.requireNonNull(id, "id");
    Checks.notBlank("Voter.name", name);
    Objects.requireNonNull(weight, "weight");
    Checks.nonNegative("Voter.weight", weight);
    measures = Map.copyOf(Objects.requireNonNull(measures, "measures"));
    contributions = Map.copyOf(Objects.requireNonNull(contributions, "contributions"));
    measures.forEach((measure, value) -> Checks.nonNegative("Voter.measures[" + measure + "]", value));
    contributions.forEach((unit, value) -> Checks.nonNegative("Voter.contributions[" + unit + "]", value));
  }

  /**
   * @param id the identity
   * @param name the display name
   * @param weight the member weight
   * @return a voter with no measures and no contributions
   */
  public static Voter of(PartnerId id, String name, BigDecimal weight) {
    return new Voter(id, name, weight, Map.of(), Map.of());
  }

  /**
   * @param id the identity, also used as the name
   * @param weight the member weight
   * @return a voter with no measures and no contributions
   */
  public static Voter of(String id, long weight) {
    return of(PartnerId.of(id), id, BigDecimal.valueOf(weight));
  }

  /**
   * @param measure a measure
   * @param value its value for this voter
   * @return a copy with the measure set
   */
  public Voter withMeasure(Measure measure, BigDecimal value) {
    Map<Measure, BigDecimal> copy = new HashMap<>(measures);
    copy.put(measure, value);
    return new Voter(id, name, weight, copy, contributions);
  }
}
