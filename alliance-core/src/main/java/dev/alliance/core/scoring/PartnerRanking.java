package dev.alliance.core.scoring;

import dev.alliance.api.partner.CulturalProfile;
import dev.alliance.api.partner.Partner;
import dev.alliance.api.scoring.Candidate;
import dev.alliance.api.scoring.PartnerSearch;
import dev.alliance.api.scoring.Score;
import dev.alliance.spi.scoring.PartnerScorer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Ranks candidates for an alliance with a {@link PartnerScorer}: best score first, ties broken by
 * partner id so that a ranking never depends on the order the candidates came in.
 *
 * <p>When the search gives no cultural variances, the ranking computes them once ({@link
 * KogutSingh#variances}) from the cultural profiles of the members and all the candidates, and
 * scores every candidate against that same scale.
 *
 * <pre>{@code
 * List<RankedCandidate> ranking = PartnerRanking.rank(new DefaultPartnerScorer(), search, candidates);
 * ranking.get(0).score().describe();
 * }</pre>
 */
public final class PartnerRanking {
  private PartnerRanking() {}

  /**
   * @param scorer the scorer
   * @param search the alliance looking for partners
   * @param candidates the candidates, in any order
   * @return every candidate with its place and score, best first
   */
  public static List<RankedCandidate> rank(PartnerScorer scorer, PartnerSearch search, Collection<Candidate> candidates) {
    Objects.requireNonNull(scorer, "scorer");
    PartnerSearch scaled = withVariances(search, candidates);
    List<Scored> scored = new ArrayList<>(candidates.size());
    for (Candidate candidate : candidates) {
      scored.add(new Scored(candidate, scorer.score(scaled, candidate)));
    }
    scored.sort(
        Comparator.comparingDouble((Scored s) -> -s.score.value()).thenComparing(s -> s.candidate.partner().id()));
    List<RankedCandidate> ranking = new ArrayList<>(scored.size());
    for (int i = 0; i < scored.size(); i++) {
      ranking.add(new RankedCandidate(i + 1, scored.get(i).candidate, scored.get(i).score));
    }
    return ranking;
  }

  /**
   * @param search the search
   * @param candidates the candidates
   * @return the search as given when it has variances; otherwise with the variances of the members'
   *     and candidates' profiles
   */
  public static PartnerSearch withVariances(PartnerSearch search, Collection<Candidate> candidates) {
    Objects.requireNonNull(search, "search");
    if (!search.culturalVariances().isEmpty()) {
      return search;
    }
    List<CulturalProfile> profiles = new ArrayList<>();
    search.members().forEach(member -> member.culturalProfile().ifPresent(profiles::add));
    for (Candidate candidate : candidates) {
      Partner partner = candidate.partner();
      partner.culturalProfile().ifPresent(profiles::add);
    }
    return search.withCulturalVariances(KogutSingh.variances(profiles));
  }

  private record Scored(Candidate candidate, Score score) {}
}
