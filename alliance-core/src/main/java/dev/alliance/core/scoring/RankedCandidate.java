package dev.alliance.core.scoring;

import dev.alliance.api.InvalidValueException;
import dev.alliance.api.scoring.Candidate;
import dev.alliance.api.scoring.Score;
import java.util.Objects;

/**
 * A candidate's place in a ranking.
 *
 * @param rank the place, from 1; candidates with equal scores get consecutive places by partner id
 * @param candidate the candidate
 * @param score its score, with the components that explain it
 */
public record RankedCandidate(int rank, Candidate candidate, Score score) {
  /** Validates the place. */
  public RankedCandidate {
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(score, "score");
    if (rank < 1) {
      throw new InvalidValueException("RankedCandidate.rank", rank, "must be at least 1");
    }
  }
}
