package dev.alliance.api;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Thrown when a value would be constructed in breach of one of its rules.
 *
 * <p>The exception carries the three facts a caller needs to fix the input, as data and in the
 * message: which field of which type, the offending value, and the rule. For example:
 *
 * <pre>{@code
 * Member.weight = -1: must not be negative
 * Scope.excluded = [joint aircraft ownership]: an activity cannot be both included and excluded
 * }</pre>
 */
public final class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String value;
  private final String rule;

  /**
   * Creates the exception.
   *
   * @param field the qualified field, such as {@code "Member.weight"}
   * @param value the offending value; text is quoted, decimals are shown in plain notation
   * @param rule the rule that was broken, phrased as what must hold
   */
  public InvalidValueException(String field, Object value, String rule) {
    super(field + " = " + render(value) + ": " + rule);
    this.field = Objects.requireNonNull(field, "field");
    this.value = render(value);
    this.rule = Objects.requireNonNull(rule, "rule");
  }

  private static String render(Object value) {
    if (value instanceof CharSequence) {
      return "\"" + value + "\"";
    }
    return value instanceof BigDecimal decimal ? decimal.toPlainString() : String.valueOf(value);
  }

  /** @return the qualified field that holds the invalid value, such as {@code Member.weight} */
  public String field() {
    return field;
  }

  /** @return the offending value as text (strings are quoted) */
  public String value() {
    return value;
  }

  /** @return the rule that the value broke */
  public String rule() {
    return rule;
  }
}
