package dev.alliance.api.negotiation;

/**
 * Which way a party wants an issue to go. Stored on the party's {@link Stance} rather than on the
 * issue, because parties to a bargain usually pull opposite ways on the same issue: the seller
 * wants a higher price, the buyer a lower one.
 */
public enum Preference {
  /** Higher values are better for the party. */
  MORE_IS_BETTER,
  /** Lower values are better for the party. */
  LESS_IS_BETTER;

  /**
   * @param a a value
   * @param b another value
   * @return true when {@code a} is at least as good as {@code b} for a party with this preference
   */
  public boolean atLeastAsGood(java.math.BigDecimal a, java.math.BigDecimal b) {
    int c = a.compareTo(b);
    return this == MORE_IS_BETTER ? c >= 0 : c <= 0;
  }
}
