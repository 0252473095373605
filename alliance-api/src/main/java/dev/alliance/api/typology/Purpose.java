package dev.alliance.api.typology;

/** What an alliance is for. An alliance may have several purposes. */
public enum Purpose {
  /** Protection against a common threat, as NATO. */
  DEFENSIVE,
  /** Joint attack or expansion. */
  OFFENSIVE,
  /** Economic gain: trade, markets, production, as OPEC or NAFTA. */
  ECONOMIC,
  /** Political influence or a common political cause. */
  POLITICAL,
  /** A social cause, as the anti-apartheid movement. */
  SOCIAL,
  /** Shared research and learning, as CERN. */
  KNOWLEDGE_SHARING,
  /** Responding to an emergency, as the UN cluster system in Haiti in 2010. */
  CRISIS_RESPONSE
}
