package dev.alliance.api.agreement;

/** The clauses an agreement can contain; the essential ones must all be present to form. */
public enum ClauseKind {
  /** What the alliance is for. */
  PURPOSE(true),
  /** Bodies, decision procedures, leadership and meetings. */
  GOVERNANCE(true),
  /** Who commits what, how much, by when. */
  RESOURCE_COMMITMENTS(true),
  /** Who owns and may use background, foreground and sideground intellectual property. */
  INTELLECTUAL_PROPERTY(true),
  /** Withdrawal: notice period, obligations during wind-down, division of joint assets. */
  EXIT(true),
  /** The escalation ladder for disputes. */
  DISPUTE_RESOLUTION(true),
  /** Periodic review and renewal. */
  REVIEW(true),
  /** Whether the agreement binds the parties' successors; optional. */
  SUCCESSION(false),
  /** Whether an attack on one is an attack on all; optional. */
  COLLECTIVE_DEFENSE(false);

  private final boolean essential;

  ClauseKind(boolean essential) {
    this.essential = essential;
  }

  /** @return true when an alliance cannot form without this clause */
  public boolean isEssential() {
    return essential;
  }
}
