package dev.alliance.api.objective;

/** How essential an objective is to the alliance. */
public enum Priority {
  /** Part of the minimum viable alliance: without it the alliance would not have formed. */
  CORE,
  /** A stretch goal the partners hope to reach. */
  ASPIRATIONAL
}
