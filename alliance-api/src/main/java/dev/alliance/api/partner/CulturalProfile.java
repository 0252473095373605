package dev.alliance.api.partner;

import dev.alliance.api.Checks;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A partner's cultural profile: Hofstede scores for the dimensions that are known, and optionally
 * Hall's communication context and time orientation. Cultural distance between partners (the
 * Kogut-Singh index) is computed from these scores by the scoring engine.
 *
 * <pre>{@code
 * CulturalProfile france = CulturalProfile.of(68, 71, 43, 86); // PDI, IDV, MAS, UAI
 * }</pre>
 */
@Value.Immutable
public abstract class CulturalProfile implements WithCulturalProfile {
  /** The largest score accepted on any dimension. */
  public static final double MAX_SCORE = 120.0;

  CulturalProfile() {}

  /** @return the known Hofstede scores, each in {@code [0, 120]} */
  public abstract Map<HofstedeDimension, Double> scores();

  /** @return how the culture communicates, when known */
  public abstract Optional<CommunicationContext> context();

  /** @return how the culture treats time, when known */
  public abstract Optional<TimeOrientation> timeOrientation();

  /**
   * Returns the score on one dimension.
   *
   * @param dimension the dimension
   * @return the score, or empty when unknown
   */
  public OptionalDouble score(HofstedeDimension dimension) {
    Double score = scores().get(dimension);
    return score == null ? OptionalDouble.empty() : OptionalDouble.of(score);
  }

  /**
   * Creates a profile from the four original Hofstede dimensions.
   *
   * @param powerDistance power distance
   * @param individualism individualism
   * @param masculinity masculinity
   * @param uncertaintyAvoidance uncertainty avoidance
   * @return the profile
   */
  public static CulturalProfile of(
      double powerDistance, double individualism, double masculinity, double uncertaintyAvoidance) {
    return builder()
        .putScores(HofstedeDimension.POWER_DISTANCE, powerDistance)
        .putScores(HofstedeDimension.INDIVIDUALISM, individualism)
        .putScores(HofstedeDimension.MASCULINITY, masculinity)
        .putScores(HofstedeDimension.UNCERTAINTY_AVOIDANCE, uncertaintyAvoidance)
        .build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CulturalProfile}. */
  public static final class Builder extends ImmutableCulturalProfile.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    scores()
        .forEach(
            (dimension, score) ->
                Checks.inRange("CulturalProfile.scores[" + dimension + "]", score, 0.0, MAX_SCORE));
  }
}
