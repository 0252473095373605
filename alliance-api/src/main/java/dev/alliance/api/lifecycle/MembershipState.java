package dev.alliance.api.lifecycle;

/** Where a partner's membership of an alliance stands. */
public enum MembershipState {
  /** Invited to join; not yet bound. */
  INVITED,
  /** Ratifying or otherwise completing accession. */
  ACCEDING,
  /** A full member. */
  MEMBER,
  /** Suspended: still bound, rights withheld. */
  SUSPENDED,
  /** Notice of withdrawal given; bound until it takes effect. */
  WITHDRAWING,
  /** Withdrawn: terminal. */
  WITHDRAWN,
  /** Expelled: terminal. */
  EXPELLED;

  /** @return true for {@link #WITHDRAWN} and {@link #EXPELLED} */
  public boolean isTerminal() {
    return this == WITHDRAWN || this == EXPELLED;
  }

  /**
   * A party is bound by the agreement: a member, a suspended member, or one serving its notice.
   * Parties are what an alliance's structure counts.
   *
   * @return true for {@link #MEMBER}, {@link #SUSPENDED} and {@link #WITHDRAWING}
   */
  public boolean isParty() {
    return this == MEMBER || this == SUSPENDED || this == WITHDRAWING;
  }

  /**
   * A member in good standing may act: vote, propose, contribute. A withdrawing member keeps its
   * rights, as it keeps its obligations, until the withdrawal takes effect.
   *
   * @return true for {@link #MEMBER} and {@link #WITHDRAWING}
   */
  public boolean canAct() {
    return this == MEMBER || this == WITHDRAWING;
  }
}
