package dev.alliance.api.partner;

import dev.alliance.api.Checks;
import java.util.Objects;

/**
 * The identity of a partner: a short, stable code such as an ISO country code ({@code "FRA"}), a
 * ticker or a registry number.
 *
 * @param value the code; not blank, at most 64 characters, no surrounding whitespace
 */
public record PartnerId(String value) implements Comparable<PartnerId> {

  /** Validates the code. */
  public PartnerId {
    Objects.requireNonNull(value, "value");
    Checks.notBlank("PartnerId.value", value);
    Checks.check(value.strip().equals(value), "PartnerId.value", value, "must not start or end with whitespace");
    Checks.check(value.length() <= 64, "PartnerId.value", value, "must be at most 64 characters");
  }

  /**
   * Creates an identity.
   *
   * @param value the code
   * @return the identity
   */
  public static PartnerId of(String value) {
    return new PartnerId(value);
  }

  @Override
  public int compareTo(PartnerId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
