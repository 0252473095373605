package dev.alliance.api.contribution;

/** Whether a contribution has been promised or made. */
public enum ContributionStatus {
  /** Promised, not yet delivered. */
  COMMITTED,
  /** Delivered. */
  DELIVERED
}
