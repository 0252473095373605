package dev.alliance.core.health;

import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.scoring.HealthIndicators;
import dev.alliance.api.scoring.Score;
import dev.alliance.core.provider.Discovery;
import dev.alliance.spi.scoring.HealthScorer;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An alliance's health indicators at the end of a day, read off its stream, with the lines that
 * say how each was reached. Scoring is a separate step, so the same reading can be scored by any
 * {@link HealthScorer}.
 *
 * <pre>{@code
 * HealthReading reading = HealthReader.standard().read(log, nato, LocalDate.of(2025, 6, 30));
 * reading.indicators().fulfillment();   // OptionalDouble[0.75]
 * reading.lines();                      // [fulfillment 0.750: ..., objective progress 0.500: ..., ...]
 * reading.score().describe();           // the discovered scorer's verdict with its components
 * }</pre>
 *
 * @param alliance the alliance
 * @param asOf the day
 * @param sequence the sequence number of the last event read: the stream up to the end of the day
 * @param indicators the indicators
 * @param lines the explanation, one line each, in the order of the indicators
 */
public record HealthReading(AllianceId alliance, LocalDate asOf, long sequence, HealthIndicators indicators, List<String> lines) {

  /** Checks for nulls and copies the lines. */
  public HealthReading {
    Objects.requireNonNull(alliance, "alliance");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(indicators, "indicators");
    lines = List.copyOf(lines);
  }

  /**
   * @param scorer a health scorer
   * @return its score of the indicators
   */
  public Score score(HealthScorer scorer) {
    return Objects.requireNonNull(scorer, "scorer").score(indicators);
  }

  /**
   * Scores with the discovered health scorer ({@link Discovery#healthScorer()}): the one named by
   * the {@code alliance.health-scorer} system property, else the highest-priority provider, else
   * the {@code DefaultHealthScorer}.
   *
   * @return its score of the indicators
   */
  public Score score() {
    return score(Discovery.healthScorer().get());
  }
}
