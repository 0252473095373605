package dev.alliance.api.agreement;

/** The stages of dispute resolution, in order of escalation. */
public enum DisputeStage {
  /** The parties talk it out themselves. */
  DIRECT_NEGOTIATION(false),
  /** A neutral facilitator helps them agree. */
  MEDIATION(false),
  /** An arbitrator decides, and the decision binds. */
  ARBITRATION(true),
  /** A court decides. */
  COURT(true);

  private final boolean binding;

  DisputeStage(boolean binding) {
    this.binding = binding;
  }

  /** @return true when the stage ends in a decision that binds the parties */
  public boolean isBinding() {
    return binding;
  }
}
