package dev.alliance.api;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * The checks value types run at construction, each throwing {@link InvalidValueException} with a
 * uniform message. Public so that value types written by extensions report errors the same way.
 */
public final class Checks {
  private Checks() {}

  /**
   * Fails unless {@code condition} holds.
   *
   * @param condition the rule, evaluated
   * @param field the qualified field, such as {@code "Objective.target"}
   * @param value the value under test
   * @param rule what must hold, phrased for the message
   * @throws InvalidValueException when {@code condition} is false
   */
  public static void check(boolean condition, String field, Object value, String rule) {
    if (!condition) {
      throw new InvalidValueException(field, value, rule);
    }
  }

  /**
   * Fails when {@code value} is blank.
   *
   * @param field the qualified field
   * @param value the text
   * @return {@code value}, for use in assignments
   */
  public static String notBlank(String field, String value) {
    check(value != null && !value.isBlank(), field, value, "must not be blank");
    return value;
  }

  /**
   * Fails unless {@code value} is a usable identity: not blank, no surrounding whitespace, at most
   * 64 characters.
   *
   * @param field the qualified field, such as {@code "CommitmentId.value"}
   * @param value the identity
   * @return {@code value}
   */
  public static String identifier(String field, String value) {
    notBlank(field, value);
    check(value.strip().equals(value), field, value, "must not start or end with whitespace");
    check(value.length() <= 64, field, value, "must be at most 64 characters");
    return value;
  }

  /**
   * Fails when {@code value} is negative.
   *
   * @param field the qualified field
   * @param value the number
   * @return {@code value}
   */
  public static BigDecimal nonNegative(String field, BigDecimal value) {
    check(value.signum() >= 0, field, value, "must not be negative");
    return value;
  }

  /**
   * Fails when {@code value} is negative.
   *
   * @param field the qualified field
   * @param value the number
   * @return {@code value}
   */
  public static long nonNegative(String field, long value) {
    check(value >= 0, field, value, "must not be negative");
    return value;
  }

  /**
   * Fails when {@code value} lies outside {@code [min, max]} or is not a finite number.
   *
   * @param field the qualified field
   * @param value the number
   * @param min the smallest allowed value
   * @param max the largest allowed value
   * @return {@code value}
   */
  public static double inRange(String field, double value, double min, double max) {
    // The rule's text is built only on failure: formatting doubles is slow, and this check runs
    // for every score component.
    if (!(Double.isFinite(value) && value >= min && value <= max)) {
      throw new InvalidValueException(field, value, "must lie between " + min + " and " + max);
    }
    return value;
  }

  /**
   * Fails when {@code values} is empty.
   *
   * @param field the qualified field
   * @param values the collection
   * @param <C> the collection type
   * @return {@code values}
   */
  public static <C extends Collection<?>> C notEmpty(String field, C values) {
    check(!values.isEmpty(), field, values, "must not be empty");
    return values;
  }
}
