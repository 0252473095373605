package dev.alliance.api.agreement;

/**
 * What a party to a security agreement promises to do, in the five types of the Alliance Treaty
 * Obligations and Provisions project (ATOP; Leeds, Ritter, Mitchell and Long 2002, International
 * Interactions 28: 237-260). A treaty may contain several; each is held by an {@link
 * ObligationClause}.
 */
public enum Obligation {
  /** To come to the military aid of a party that is attacked. */
  DEFENSE(true),
  /** To take part with a party in a war it starts. */
  OFFENSE(true),
  /** To stay out of a war a party fights with a third state. */
  NEUTRALITY(false),
  /** Not to attack another party. */
  NON_AGGRESSION(false),
  /** To consult the other parties in a crisis or a war. */
  CONSULTATION(false);

  private final boolean active;

  Obligation(boolean active) {
    this.active = active;
  }

  /**
   * ATOP calls defense and offense the <i>active</i> obligations: they commit a party to fight,
   * where the others commit it only to refrain or to talk.
   *
   * @return true for {@link #DEFENSE} and {@link #OFFENSE}
   */
  public boolean isActive() {
    return active;
  }
}
