package dev.alliance.core.provider;

import java.util.Objects;

/**
 * A provider that discovery found but could not start (its class was missing, its constructor
 * threw, it had no name); it was skipped.
 *
 * @param type the provider's class name, as declared, or what is known of it
 * @param problem what went wrong
 */
public record ProviderFailure(String type, String problem) {
  /** Checks for nulls. */
  public ProviderFailure {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(problem, "problem");
  }

  @Override
  public String toString() {
    return type + " failed to start and was skipped: " + problem;
  }
}
