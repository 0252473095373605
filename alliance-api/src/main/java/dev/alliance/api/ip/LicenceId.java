package dev.alliance.api.ip;

import dev.alliance.api.Checks;
import java.util.Objects;

/**
 * The identity of a licence, such as a contract number.
 *
 * @param value the identity; not blank, at most 64 characters, no surrounding whitespace
 */
public record LicenceId(String value) implements Comparable<LicenceId> {

  /** Validates the identity. */
  public LicenceId {
    Objects.requireNonNull(value, "value");
    Checks.identifier("LicenceId.value", value);
  }

  /**
   * @param value the identity
   * @return the licence identity
   */
  public static LicenceId of(String value) {
    return new LicenceId(value);
  }

  @Override
  public int compareTo(LicenceId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
