package dev.alliance.api.partner;

/**
 * Hofstede's dimensions of national culture. Scores are conventionally reported on a scale of
 * about 0 to 100; a few published country scores exceed 100, so profiles accept up to 120.
 */
public enum HofstedeDimension {
  /** How far the less powerful accept that power is distributed unequally. */
  POWER_DISTANCE,
  /** Preference for a loosely knit social framework over tight in-groups. */
  INDIVIDUALISM,
  /** Preference for achievement and assertiveness over cooperation and care (masculinity). */
  MASCULINITY,
  /** Discomfort with uncertainty and ambiguity. */
  UNCERTAINTY_AVOIDANCE,
  /** Long-term orientation: pragmatic preparation for the future over tradition. */
  LONG_TERM_ORIENTATION,
  /** Indulgence: free gratification of desires over their restraint by strict norms. */
  INDULGENCE
}
