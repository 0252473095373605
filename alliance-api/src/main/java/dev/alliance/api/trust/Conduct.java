package dev.alliance.api.trust;

/**
 * What a partner was seen to do, as far as trust is concerned. Each conduct builds trust, damages
 * it, or repairs damage done earlier.
 */
public enum Conduct {
  /** It kept a commitment: delivered what it promised, on time. Builds trust. */
  COMMITMENT_KEPT(Effect.BUILDS),
  /** It consulted the observer before acting on a matter that concerned it. Builds trust. */
  CONSULTED(Effect.BUILDS),
  /** It missed a commitment: did not deliver, or not on time. Damages trust. */
  COMMITMENT_MISSED(Effect.DAMAGES),
  /** It acted on a matter that concerned the observer without consulting it. Damages trust. */
  UNILATERAL_ACTION(Effect.DAMAGES),
  /** It breached the agreement or a solemn undertaking. Damages trust. */
  BREACH(Effect.DAMAGES),
  /** It acknowledged a breach or an act it took without consulting. Repairs damage. */
  ACKNOWLEDGEMENT(Effect.REPAIRS),
  /** It took corrective action: undid or changed what caused the damage. Repairs damage. */
  CORRECTIVE_ACTION(Effect.REPAIRS),
  /** It paid restitution for the harm done. Repairs damage. */
  RESTITUTION(Effect.REPAIRS);

  /** What a conduct does to trust. */
  public enum Effect {
    /** It adds to the evidence that the partner can be relied on. */
    BUILDS,
    /** It adds to the evidence that it cannot, and opens a wound. */
    DAMAGES,
    /** It tends an open wound. */
    REPAIRS
  }

  private final Effect effect;

  Conduct(Effect effect) {
    this.effect = effect;
  }

  /** @return whether the conduct builds, damages or repairs trust */
  public Effect effect() {
    return effect;
  }
}
