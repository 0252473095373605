package dev.alliance.api.partner;

/**
 * What a partner can bring to an alliance. Partner selection looks for complementarity: a
 * candidate that brings what the others lack.
 */
public enum Capability {
  /** Money to invest. */
  CAPITAL,
  /** Technology and technical know-how. */
  TECHNOLOGY,
  /** Production capacity. */
  MANUFACTURING,
  /** Distribution channels and logistics to reach customers. */
  DISTRIBUTION,
  /** Access to a market, including regulatory and political access. */
  MARKET_ACCESS,
  /** Intelligence gathering and analysis. */
  INTELLIGENCE,
  /** Armed forces, bases and military equipment. */
  MILITARY_ASSETS,
  /** Knowledge of a place, its people and its institutions. */
  LOCAL_KNOWLEDGE,
  /** Research capacity. */
  RESEARCH,
  /** A brand or reputation others want to be associated with. */
  BRAND,
  /** Moral or political standing that lends legitimacy to a cause. */
  LEGITIMACY
}
