package dev.alliance.api.governance;

import dev.alliance.api.partner.PartnerId;
import java.util.Objects;

/**
 * What happens when support and opposition are exactly equal under a majority of votes cast.
 */
public sealed interface TiePolicy permits TiePolicy.Fixed, TiePolicy.CastingVote {

  /** @return a tie rejects the proposal (the usual rule: a majority was not reached) */
  static TiePolicy rejected() {
    return Fixed.REJECTED;
  }

  /** @return a tie adopts the proposal */
  static TiePolicy adopted() {
    return Fixed.ADOPTED;
  }

  /**
   * @param chair the member whose ballot breaks a tie
   * @return the chair's ballot breaks a tie
   */
  static TiePolicy castingVote(PartnerId chair) {
    return new CastingVote(chair);
  }

  /** A tie has a fixed outcome. */
  enum Fixed implements TiePolicy {
    /** A tie rejects. */
    REJECTED,
    /** A tie adopts. */
    ADOPTED
  }

  /**
   * A chair's ballot breaks the tie: the side the chair voted with wins.
   *
   * @param chair the chair
   */
  record CastingVote(PartnerId chair) implements TiePolicy {
    /** Validates the policy. */
    public CastingVote {
      Objects.requireNonNull(chair, "chair");
    }
  }
}
