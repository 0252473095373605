package dev.alliance.core.power;

/** How an index is computed. */
public enum Method {
  /**
   * Exact, by counting coalitions with generating functions (dynamic programming over weights): a
   * one-dimensional table for a weighted game, a multi-dimensional one for several criteria. Fast
   * when the criteria's totals are moderate, whatever the number of players.
   */
  GENERATING_FUNCTIONS,
  /**
   * Exact, by visiting all 2^n coalitions. Works for any game, and is the only exact method here
   * for Johnston on games with several criteria; practical up to about 30 players.
   */
  ENUMERATION,
  /**
   * An estimate with a confidence interval, from random coalitions (Banzhaf, Johnston) or random
   * voting orders (Shapley-Shubik), when exact computation is out of reach. Deterministic for a
   * given seed. Not available for Deegan-Packel and Holler, whose minimal winning coalitions random
   * sampling almost never meets.
   */
  MONTE_CARLO
}
