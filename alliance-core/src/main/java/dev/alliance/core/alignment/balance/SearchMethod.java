package dev.alliance.core.alignment.balance;

/** How a best partition was found. */
public enum SearchMethod {
  /** Every partition was accounted for (branch and bound): the result is a proven optimum. */
  EXACT,
  /**
   * Doreian and Mrvar's relocation heuristic from random starts: the best of many local optima,
   * with no proof that nothing better exists.
   */
  RELOCATION
}
