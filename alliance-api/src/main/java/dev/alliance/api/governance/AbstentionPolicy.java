package dev.alliance.api.governance;

/** How abstentions count. Either way an abstaining member is present for the quorum. */
public enum AbstentionPolicy {
  /** Abstentions are not votes cast: they neither help nor hurt a majority of votes cast. */
  NOT_COUNTED,
  /** Abstentions count against, as a no would (as in the EU Council's qualified majority). */
  COUNTED_AS_NO
}
