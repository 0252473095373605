package dev.alliance.api.objective;

/** What a {@link Scope} says about an activity. */
public enum ScopeVerdict {
  /** Included, and in an allowed region. */
  IN_SCOPE,
  /** Explicitly excluded by the partners. */
  EXCLUDED,
  /** Not among the included activities: doing it would be mission creep. */
  MISSION_CREEP,
  /** Included, but outside the alliance's geographic limits. */
  OUTSIDE_GEOGRAPHY;

  /** @return true only for {@link #IN_SCOPE} */
  public boolean isAllowed() {
    return this == IN_SCOPE;
  }
}
