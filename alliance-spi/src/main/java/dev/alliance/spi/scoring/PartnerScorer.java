package dev.alliance.spi.scoring;

import dev.alliance.api.scoring.Candidate;
import dev.alliance.api.scoring.PartnerSearch;
import dev.alliance.api.scoring.Score;
import dev.alliance.spi.Provider;

/**
 * Judges how well a candidate fits an alliance. The core ships a documented default (capability
 * complementarity, value alignment, reputation and cultural distance); a provider may weigh other
 * things, or the same things differently.
 *
 * <p>Contract: the score is in {@code [0, 1]}, higher is a better fit, and explains itself through
 * its components; it depends only on the search and the candidate's data, never on the
 * candidate's identity (two candidates equal but for id and name score the same); the scorer is
 * safe for use by several threads at once.
 *
 * <pre>{@code
 * public final class CapabilitiesOnly implements PartnerScorer {
 *   public String name() { return "capabilities-only"; }
 *   public int priority() { return 10; }
 *   public Score score(PartnerSearch search, Candidate candidate) {
 *     long brought = search.lacking().stream().filter(candidate.partner()::hasCapability).count();
 *     double value = search.lacking().isEmpty() ? 0 : (double) brought / search.lacking().size();
 *     return Score.of(List.of(ScoreComponent.scored("capabilities", value, 1, brought + " brought")));
 *   }
 * }
 * }</pre>
 */
public interface PartnerScorer extends Provider {

  /**
   * @param search the alliance looking for a partner
   * @param candidate the candidate
   * @return how well the candidate fits, with the components that say why
   */
  Score score(PartnerSearch search, Candidate candidate);
}
