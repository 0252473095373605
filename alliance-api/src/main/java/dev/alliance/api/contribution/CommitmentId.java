package dev.alliance.api.contribution;

import dev.alliance.api.Checks;
import java.util.Objects;

/**
 * The identity of one commitment on an alliance's stream, chosen by whoever records it (a budget
 * line, a pledge number), so that deliveries and arrears can name it.
 *
 * <pre>{@code
 * CommitmentId dues = CommitmentId.of("dues-1988-INTC");
 * }</pre>
 *
 * @param value the identity; not blank, at most 64 characters, no surrounding whitespace
 */
public record CommitmentId(String value) implements Comparable<CommitmentId> {

  /** Validates the identity. */
  public CommitmentId {
    Objects.requireNonNull(value, "value");
    Checks.identifier("CommitmentId.value", value);
  }

  /**
   * @param value the identity
   * @return the commitment identity
   */
  public static CommitmentId of(String value) {
    return new CommitmentId(value);
  }

  @Override
  public int compareTo(CommitmentId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
