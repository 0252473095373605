package dev.alliance.core.power;

/**
 * The power indices the library computes. Each is a share of power per player that sums to 1
 * over the players (the absolute Banzhaf index excepted), and each comes with a raw figure, listed
 * here, from which it is derived.
 *
 * <p>A player <em>swings</em> for a coalition of others when that coalition loses without it and
 * wins with it; it is <em>critical</em> in a winning coalition when the coalition loses without
 * it. A coalition is <em>minimal winning</em> when every member is critical.
 */
public enum PowerIndex {
  /**
   * Normalized Banzhaf (Penrose-Banzhaf): the player's swings over everyone's swings. Raw: the
   * swing count. Banzhaf, "Weighted voting doesn't work", Rutgers Law Review 19 (1965).
   */
  BANZHAF,
  /**
   * Absolute Banzhaf: the probability that the player swings when the others vote yes or no with
   * equal chance, {@code swings / 2^(n-1)}. Does not sum to 1. Raw: the swing count.
   */
  BANZHAF_ABSOLUTE,
  /**
   * Shapley-Shubik: the share of the n! voting orders in which the player is pivotal, the one
   * whose yes first makes the coalition win. Raw: the number of such orders. Shapley and Shubik,
   * American Political Science Review 48 (1954).
   */
  SHAPLEY_SHUBIK,
  /**
   * Deegan-Packel: every minimal winning coalition is equally likely and shares its spoils equally
   * among its members. Raw: the sum of {@code 1/|S|} over the minimal winning coalitions S that
   * contain the player. Deegan and Packel, International Journal of Game Theory 7 (1978).
   */
  DEEGAN_PACKEL,
  /**
   * Johnston: like Banzhaf, but a swing in a coalition with c critical members counts 1/c. Raw:
   * that sum. Johnston, "On the measurement of power", Environment and Planning A 10 (1978).
   */
  JOHNSTON,
  /**
   * Holler (public good index): the player's memberships of minimal winning coalitions over
   * everyone's. Raw: the number of minimal winning coalitions containing the player. Holler,
   * "Forming coalitions and measuring voting power", Political Studies 30 (1982).
   */
  HOLLER;

  /** @return whether the index is computed from minimal winning coalitions */
  boolean needsMinimalWinning() {
    return this == DEEGAN_PACKEL || this == HOLLER;
  }

  /** @return whether the index is computed from swing counts */
  boolean isBanzhaf() {
    return this == BANZHAF || this == BANZHAF_ABSOLUTE;
  }
}
