package dev.alliance.api.alliance;

import dev.alliance.api.Checks;
import java.util.Objects;

/**
 * The identity of an alliance, such as {@code "NATO"} or a generated key.
 *
 * @param value the identifier; not blank, at most 128 characters, no surrounding whitespace
 */
public record AllianceId(String value) implements Comparable<AllianceId> {

  /** Validates the identifier. */
  public AllianceId {
    Objects.requireNonNull(value, "value");
    Checks.notBlank("AllianceId.value", value);
    Checks.check(value.strip().equals(value), "AllianceId.value", value, "must not start or end with whitespace");
    Checks.check(value.length() <= 128, "AllianceId.value", value, "must be at most 128 characters");
  }

  /**
   * @param value the identifier
   * @return the identity
   */
  public static AllianceId of(String value) {
    return new AllianceId(value);
  }

  @Override
  public int compareTo(AllianceId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
