package dev.alliance.api.lifecycle;

/** Where a proposal put to an alliance's decision stands. */
public enum ProposalState {
  /** Being drafted; not yet open for ballots. */
  DRAFT,
  /** Open for ballots. */
  OPEN,
  /** Adopted: terminal. */
  ADOPTED,
  /** Rejected: terminal. */
  REJECTED,
  /** The deadline passed without a decision: terminal. */
  EXPIRED,
  /** Withdrawn before it was decided: terminal. */
  WITHDRAWN;

  /** @return true for every state but {@link #DRAFT} and {@link #OPEN} */
  public boolean isTerminal() {
    return this != DRAFT && this != OPEN;
  }
}
