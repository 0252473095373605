package dev.alliance.api.governance;

/**
 * Where a decision stands: adopted, rejected, or still open.
 *
 * <p>A final tally (the vote has closed) is always {@link #ADOPTED} or {@link #REJECTED}. A tally
 * of the ballots cast so far is {@link #OPEN} while the ballots still missing could go either way,
 * and is decided early as soon as no way of casting them could change the result.
 */
public enum Decision {
  /** The proposal carries. */
  ADOPTED,
  /** The proposal fails. */
  REJECTED,
  /** Undecided: ballots are missing and they could still change the result. */
  OPEN;

  /** @return true for {@link #ADOPTED} and {@link #REJECTED} */
  public boolean isDecided() {
    return this != OPEN;
  }
}
