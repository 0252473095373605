package dev.alliance.api.dispute;

import dev.alliance.api.Checks;
import java.util.Objects;

/**
 * The identity of a dispute within its alliance's stream, such as {@code "DS267"}.
 *
 * @param value the identity; not blank, at most 256 characters, no surrounding whitespace
 */
public record DisputeId(String value) {

  /** Validates the identity. */
  public DisputeId {
    Objects.requireNonNull(value, "value");
    Checks.notBlank("DisputeId.value", value);
    Checks.check(value.strip().equals(value), "DisputeId.value", value, "must not start or end with whitespace");
    Checks.check(value.length() <= 256, "DisputeId.value", value, "must be at most 256 characters");
  }

  /**
   * @param value the identity
   * @return the dispute id
   */
  public static DisputeId of(String value) {
    return new DisputeId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
