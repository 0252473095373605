package dev.alliance.core.burden;

import dev.alliance.api.partner.PartnerId;
import java.util.Objects;

/**
 * A member flagged as a free rider: the rule it fell foul of and the figures.
 *
 * @param member the member
 * @param rule the rule
 * @param figures the member's figures against the rule, such as {@code 1.28% < 2%}
 */
public record FreeRiderFlag(PartnerId member, FreeRiderRule rule, String figures) {
  /** Checks for nulls. */
  public FreeRiderFlag {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(figures, "figures");
  }

  @Override
  public String toString() {
    return member + ": " + rule.describe() + " (" + figures + ")";
  }
}
