package dev.alliance.api.ip;

import dev.alliance.api.Checks;
import java.util.Objects;

/**
 * The identity of an intellectual-property asset, such as a patent number or a registry code.
 *
 * @param value the identity; not blank, at most 64 characters, no surrounding whitespace
 */
public record IpAssetId(String value) implements Comparable<IpAssetId> {

  /** Validates the identity. */
  public IpAssetId {
    Objects.requireNonNull(value, "value");
    Checks.identifier("IpAssetId.value", value);
  }

  /**
   * @param value the identity
   * @return the asset identity
   */
  public static IpAssetId of(String value) {
    return new IpAssetId(value);
  }

  @Override
  public int compareTo(IpAssetId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
