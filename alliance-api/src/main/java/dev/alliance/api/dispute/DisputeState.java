package dev.alliance.api.dispute;

/**
 * Where a dispute stands. An open dispute sits at one stage of its ladder; it ends in one of four
 * ways, after which it accepts no further step.
 */
public enum DisputeState {
  /** Raised and not yet ended: at some stage of its ladder. */
  OPEN,
  /** The parties agreed on terms. */
  SETTLED,
  /** A binding stage (arbitration, court) decided it. */
  DECIDED,
  /** The complainant withdrew it. */
  WITHDRAWN,
  /** The last stage's time ran out without an end; the clause's consequence follows. */
  UNRESOLVED;

  /** @return true for the four ends */
  public boolean isClosed() {
    return this != OPEN;
  }
}
