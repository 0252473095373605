package dev.alliance.examples.providers;

import dev.alliance.api.scoring.Candidate;
import dev.alliance.api.scoring.PartnerSearch;
import dev.alliance.api.scoring.Score;
import dev.alliance.api.scoring.ScoreComponent;
import dev.alliance.core.scoring.DefaultPartnerScorer;
import dev.alliance.spi.scoring.PartnerScorer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A partner scorer written by a framework author: the default's four components plus the stake a
 * candidate offers to take in the consortium, full marks at a 20% stake or more, none for a
 * candidate that offers none (offering nothing is known, not unknown). In a consortium that shares
 * work by stake, as Airbus did, the stake is what a partner commits to carry. Declared
 * in {@code META-INF/services/dev.alliance.spi.scoring.PartnerScorer} with priority 10, so
 * discovery prefers it to the default.
 */
public final class StakeWeightedScorer implements PartnerScorer {
  /** The name of the added component. */
  static final String STAKE = "stake offered";
  private static final BigDecimal FULL = new BigDecimal("20");

  private final PartnerScorer base = new DefaultPartnerScorer();

  /** Public and without arguments, as {@link java.util.ServiceLoader} needs. */
  public StakeWeightedScorer() {}

  @Override
  public String name() {
    return "stake-weighted";
  }

  @Override
  public int priority() {
    return 10;
  }

  @Override
  public Score score(PartnerSearch search, Candidate candidate) {
    List<ScoreComponent> components = new ArrayList<>(base.score(search, candidate).components());
    components.add(
        candidate
            .partner()
            .attribute(AirbusCandidates.STAKE)
            .map(stake -> ScoreComponent.scored(STAKE, Math.min(1.0, stake.doubleValue() / FULL.doubleValue()), 0.5, stake.toPlainString() + "% offered; full marks at 20%"))
            .orElse(ScoreComponent.scored(STAKE, 0.0, 0.5, "no stake offered")));
    return Score.of(components);
  }
}
