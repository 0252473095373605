package dev.alliance.core.governance;

import dev.alliance.api.Checks;
import dev.alliance.api.alliance.Member;
import dev.alliance.api.partner.Measure;
import dev.alliance.api.partner.PartnerId;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * A member entitled to vote, with what weighted rules may weigh it by.
 *
 * <pre>{@code
 * Voter germany = Voter.of(PartnerId.of("DEU")).withMeasure(Measure.POPULATION, new BigDecimal("83445000"));
 * }</pre>
 *
 * @param id the member
 * @param weight its recorded weight ({@link dev.alliance.api.governance.WeightSource.MemberWeights});
 *     never negative
 * @param measures its measurable attributes ({@link dev.alliance.api.governance.WeightSource.OfMeasure});
 *     never negative
 */
public record Voter(PartnerId id, BigDecimal weight, Map<Measure, BigDecimal> measures) {

  /** Validates the voter. */
  public Voter {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(weight, "weight");
    measures = Map.copyOf(measures);
    Checks.nonNegative("Voter.weight", weight);
    measures.forEach((measure, value) -> Checks.nonNegative("Voter.measures[" + measure + "]", value));
  }

  /**
   * @param id the member
   * @return a voter of weight 1 with no measures
   */
  public static Voter of(PartnerId id) {
    return new Voter(id, BigDecimal.ONE, Map.of());
  }

  /**
   * @param member a member
   * @return the member as a voter: its recorded weight, and its partner's attributes as measures
   */
  public static Voter of(Member member) {
    return new Voter(member.id(), member.weight(), member.partner().attributes());
  }

  /**
   * @param id the member
   * @param weight its weight
   * @return a voter of that weight with no measures
   */
  public static Voter of(PartnerId id, BigDecimal weight) {
    return new Voter(id, weight, Map.of());
  }

  /**
   * @param measure a measure
   * @param value its value for this voter
   * @return a copy that also carries the measure
   */
  public Voter withMeasure(Measure measure, BigDecimal value) {
    Map<Measure, BigDecimal> copy = new java.util.HashMap<>(measures);
    copy.put(measure, value);
    return new Voter(id, weight, copy);
  }
}
