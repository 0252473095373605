package dev.alliance.core.scoring;

import dev.alliance.api.Checks;
import dev.alliance.api.scoring.HealthIndicators;
import dev.alliance.api.scoring.Score;
import dev.alliance.api.scoring.ScoreComponent;
import dev.alliance.spi.scoring.HealthScorer;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The default alliance-health scorer: the weighted mean of five components, each in {@code [0,
 * 1]}, from the {@link HealthIndicators}.
 *
 * <ol>
 *   <li><b>{@value #FULFILLMENT}</b>: the share of committed contributions delivered, as given.
 *   <li><b>{@value #EQUITY}</b>: one minus the burden inequity.
 *   <li><b>{@value #PROGRESS}</b>: the objectives' mean progress, as given.
 *   <li><b>{@value #CALM}</b>: {@code 1 / (1 + open disputes)}: 1 with none, one half with one, a
 *       quarter with three. Always scored.
 *   <li><b>{@value #TRUST}</b>: trust, as given, when a trust model supplies it.
 * </ol>
 *
 * <p>Unknown indicators are unscored and take no part. Default weights: fulfillment 0.3, equity
 * 0.2, progress 0.3, calm 0.2, trust 0.2 (a judgement: delivering what was promised and getting the
 * work done weigh most; strain from inequity and disputes next). Every component is monotone in its
 * indicator, so a better indicator never lowers the score.
 *
 * <p>To score an alliance as its event stream stands, read the indicators with {@link
 * dev.alliance.core.health.HealthReader} (fulfillment from the contribution ledger, objective
 * progress from the lifecycle, disputes and trust from the relations, burden inequity against a
 * capacity measure) and score its {@link dev.alliance.core.health.HealthReading}.
 *
 * <pre>{@code
 * new DefaultHealthScorer().score(HealthIndicators.builder().fulfillment(0.9).openDisputes(1).build());
 * // 0.74 = 0.6 x commitment fulfillment 0.9 + 0.4 x dispute calm 0.5; burden equity not scored: ...
 * }</pre>
 */
public final class DefaultHealthScorer implements HealthScorer {
  /** The name to choose this scorer by. */
  public static final String NAME = "default";
  /** The name of the fulfillment component. */
  public static final String FULFILLMENT = "commitment fulfillment";
  /** The name of the burden component. */
  public static final String EQUITY = "burden equity";
  /** The name of the objectives component. */
  public static final String PROGRESS = "objective progress";
  /** The name of the disputes component. */
  public static final String CALM = "dispute calm";
  /** The name of the trust component. */
  public static final String TRUST = "trust";

  private final double[] weights;

  /** A scorer with the default weights. */
  public DefaultHealthScorer() {
    this(new double[] {0.3, 0.2, 0.3, 0.2, 0.2});
  }

  private DefaultHealthScorer(double[] weights) {
    String[] names = {FULFILLMENT, EQUITY, PROGRESS, CALM, TRUST};
    for (int i = 0; i < weights.length; i++) {
      Checks.check(
          Double.isFinite(weights[i]) && weights[i] > 0, "DefaultHealthScorer.weights[" + names[i] + "]", weights[i], "must be a positive number");
    }
    this.weights = weights;
  }

  /**
   * @param fulfillment the weight of commitment fulfillment
   * @param equity the weight of burden equity
   * @param progress the weight of objective progress
   * @param calm the weight of dispute calm
   * @param trust the weight of trust
   * @return a scorer with these weights, each positive
   */
  public static DefaultHealthScorer withWeights(double fulfillment, double equity, double progress, double calm, double trust) {
    return new DefaultHealthScorer(new double[] {fulfillment, equity, progress, calm, trust});
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public int priority() {
    return 0;
  }

  @Override
  public Score score(HealthIndicators indicators) {
    Objects.requireNonNull(indicators, "indicators");
    int disputes = indicators.openDisputes();
    OptionalDouble inequity = indicators.burdenInequity();
    return Score.of(
        List.of(
            given(FULFILLMENT, indicators.fulfillment(), weights[0], "of committed value delivered", "no commitments measured"),
            inequity.isPresent()
                ? ScoreComponent.scored(EQUITY, 1.0 - inequity.getAsDouble(), weights[1], "burden inequity " + DefaultPartnerScorer.round(inequity.getAsDouble()) + "; 1 - inequity")
                : ScoreComponent.unscored(EQUITY, weights[1], "burden inequity not measured"),
            given(PROGRESS, indicators.objectiveProgress(), weights[2], "mean progress toward the objectives' targets", "no objective measured"),
            ScoreComponent.scored(CALM, 1.0 / (1.0 + disputes), weights[3], disputes + " open dispute" + (disputes == 1 ? "" : "s") + "; 1 / (1 + " + disputes + ")"),
            given(TRUST, indicators.trust(), weights[4], "as the trust model reports", "no trust model supplied")));
  }

  private static ScoreComponent given(String name, OptionalDouble value, double weight, String basis, String unknown) {
    return value.isPresent()
        ? ScoreComponent.scored(name, value.getAsDouble(), weight, DefaultPartnerScorer.round(value.getAsDouble()) + " " + basis)
        : ScoreComponent.unscored(name, weight, unknown);
  }
}
