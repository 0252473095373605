package dev.alliance.spi.scoring;

import dev.alliance.api.scoring.HealthIndicators;
import dev.alliance.api.scoring.Score;
import dev.alliance.spi.Provider;

/**
 * Judges an alliance's health from its indicators. The core ships a documented default
 * (commitment fulfillment, burden equity, objective progress, open disputes, and trust when
 * known).
 *
 * <p>Contract: the score is in {@code [0, 1]}, higher is healthier, explains itself through its
 * components, and never falls when an indicator improves (more fulfillment or progress or trust,
 * less inequity, fewer open disputes); the scorer is safe for use by several threads at once.
 */
public interface HealthScorer extends Provider {

  /**
   * @param indicators what is known about the alliance
   * @return its health, with the components that say why
   */
  Score score(HealthIndicators indicators);
}
