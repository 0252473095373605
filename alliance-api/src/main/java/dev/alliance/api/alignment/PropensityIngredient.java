package dev.alliance.api.alignment;

/**
 * A documented fact about a pair of actors from which a propensity can be built. Axelrod and
 * Bennett (1993) built theirs for Europe in 1936 from religion, territorial disputes, ethnic
 * conflict, type of government and the history of wars between each pair; shared alliances are
 * the ingredient the treaty record adds. Each ingredient is an amount for the pair (a count, or 1
 * and 0 for a yes-or-no fact) with a conventional direction: {@link #conventionalSign()}.
 */
public enum PropensityIngredient {
  /** Alliances both belong to (a count). Draws together. */
  SHARED_ALLIANCES(Sign.POSITIVE),
  /** Same type of regime (1 or 0). Draws together. */
  SHARED_REGIME_TYPE(Sign.POSITIVE),
  /** Same dominant religion (1 or 0). Draws together. */
  SHARED_RELIGION(Sign.POSITIVE),
  /** Wars fought against each other (a count). Pushes apart. */
  PAST_WARS(Sign.NEGATIVE),
  /** Open territorial claims between them (a count). Pushes apart. */
  TERRITORIAL_DISPUTES(Sign.NEGATIVE),
  /** Ethnic conflict between them (1 or 0). Pushes apart. */
  ETHNIC_CONFLICT(Sign.NEGATIVE);

  private final Sign conventionalSign;

  PropensityIngredient(Sign conventionalSign) {
    this.conventionalSign = conventionalSign;
  }

  /** @return whether the ingredient conventionally draws a pair together or pushes it apart */
  public Sign conventionalSign() {
    return conventionalSign;
  }
}
