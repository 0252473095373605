package dev.alliance.api.governance;

import java.util.Objects;

/**
 * How many members must take part (vote yes, no or abstain) for a vote to count. Until the quorum
 * is met a proposal stays open; at its deadline it fails for want of a quorum.
 *
 * @param threshold a share of all members entitled to vote, or a number of them
 */
public record Quorum(Threshold threshold) {

  /** Validates the quorum. */
  public Quorum {
    Objects.requireNonNull(threshold, "threshold");
  }

  /** @return no quorum: any participation counts */
  public static Quorum none() {
    return new Quorum(Threshold.quota(0));
  }

  /**
   * @param members the fewest members who must take part
   * @return a quorum of a number of members
   */
  public static Quorum ofMembers(int members) {
    return new Quorum(Threshold.quota(members));
  }

  /**
   * @param share the share of members who must take part
   * @return a quorum of a share of members
   */
  public static Quorum ofShare(Threshold.Share share) {
    return new Quorum(share);
  }
}
