package dev.alliance.api.typology;

/** Why partners ally. Recorded per alliance; an alliance usually has several. */
public enum Motivation {
  /** A common enemy or danger. */
  SHARED_THREAT,
  /** A common opportunity none could seize alone. */
  SHARED_OPPORTUNITY,
  /** Pooling resources and enhancing capabilities. */
  RESOURCE_POOLING,
  /** Legitimacy and status gained from the association. */
  LEGITIMACY,
  /** Spreading or reducing risk. */
  RISK_MITIGATION,
  /** Learning and exchanging knowledge. */
  LEARNING
}
