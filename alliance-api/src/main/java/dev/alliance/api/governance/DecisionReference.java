package dev.alliance.api.governance;

import dev.alliance.api.Checks;
import java.util.Objects;

/**
 * A reference to a decision an alliance has adopted under its governance: the authority for an act
 * such as admitting a member or amending the agreement. The reference is opaque to the lifecycle;
 * whoever checks decisions (a decision gate) resolves it, for example to an adopted proposal.
 *
 * <pre>{@code
 * DecisionReference extension = DecisionReference.of("European Council Decision (EU) 2019/584");
 * }</pre>
 *
 * @param value the identifier or citation of the decision; not blank, at most 256 characters, no
 *     surrounding whitespace
 */
public record DecisionReference(String value) {

  /** Validates the reference. */
  public DecisionReference {
    Objects.requireNonNull(value, "value");
    Checks.notBlank("DecisionReference.value", value);
    Checks.check(value.strip().equals(value), "DecisionReference.value", value, "must not start or end with whitespace");
    Checks.check(value.length() <= 256, "DecisionReference.value", value, "must be at most 256 characters");
  }

  /**
   * @param value the identifier or citation
   * @return the reference
   */
  public static DecisionReference of(String value) {
    return new DecisionReference(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
