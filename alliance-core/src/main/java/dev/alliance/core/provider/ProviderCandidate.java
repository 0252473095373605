package dev.alliance.core.provider;

import java.util.Objects;

/**
 * A provider that discovery found and started.
 *
 * @param name the provider's name
 * @param priority its priority
 * @param type its class name
 */
public record ProviderCandidate(String name, int priority, String type) {
  /** Checks for nulls. */
  public ProviderCandidate {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }

  @Override
  public String toString() {
    return name + " (priority " + priority + ", " + type + ")";
  }
}
