package dev.alliance.api.typology;

/** How authority is distributed inside an alliance. */
public enum GovernanceStyle {
  /** A clear leader decides or dominates. */
  HIERARCHICAL,
  /** Members are equals and seek consensus. */
  EGALITARIAN,
  /** Both: NATO decides by consensus in its council but its integrated command has a leader. */
  HYBRID
}
