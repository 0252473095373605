package dev.alliance.api.governance;

/** What a share threshold is a share of. */
public enum Base {
  /** Yes and no votes (abstentions count as no only when the abstention policy says so). */
  VOTES_CAST,
  /** Members present: yes, no and abstain. */
  MEMBERS_PRESENT,
  /** Every member entitled to vote, present or not. */
  ALL_MEMBERS
}
