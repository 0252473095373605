package dev.alliance.api.alignment;

import dev.alliance.api.InvalidValueException;

/** The sign of a tie between two actors: alliance or amity, or enmity. */
public enum Sign {
  /** Alliance, amity, friendship. */
  POSITIVE(1),
  /** Enmity, rivalry, antagonism. */
  NEGATIVE(-1);

  private final int value;

  Sign(int value) {
    this.value = value;
  }

  /** @return +1 or -1 */
  public int value() {
    return value;
  }

  /** @return the opposite sign */
  public Sign negate() {
    return this == POSITIVE ? NEGATIVE : POSITIVE;
  }

  /**
   * Multiplies signs, as balance theory does along a cycle: the friend of an enemy is an enemy.
   *
   * @param other the other sign
   * @return the product
   */
  public Sign times(Sign other) {
    return this == other ? POSITIVE : NEGATIVE;
  }

  /**
   * @param value +1 or -1
   * @return the sign
   */
  public static Sign of(int value) {
    if (value == 1) {
      return POSITIVE;
    }
    if (value == -1) {
      return NEGATIVE;
    }
    throw new InvalidValueException("Sign.value", value, "must be +1 or -1");
  }
}
