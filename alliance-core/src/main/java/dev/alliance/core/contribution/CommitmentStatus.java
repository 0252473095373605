package dev.alliance.core.contribution;

/** Where a commitment stands on a given day. */
public enum CommitmentStatus {
  /** Not fully delivered, and its due date has not passed. */
  OPEN,
  /** Its due date has passed with part of it undelivered. */
  IN_ARREARS,
  /** Delivered in full by its due date. */
  FULFILLED_ON_TIME,
  /** Delivered in full, after its due date. */
  FULFILLED_LATE
}
