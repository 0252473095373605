package dev.alliance.api.governance;

/** A member's ballot on a proposal. */
public enum Vote {
  /** In favour. */
  YES,
  /** Against: under consensus, an objection. */
  NO,
  /** Present and abstaining: under consensus, not an objection. */
  ABSTAIN,
  /** Not taking part. */
  ABSENT;

  /** @return true when the member took part (yes, no or abstain) */
  public boolean isPresent() {
    return this != ABSENT;
  }
}
