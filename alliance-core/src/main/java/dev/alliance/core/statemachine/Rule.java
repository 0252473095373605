package dev.alliance.core.statemachine;

import dev.alliance.api.Checks;
import dev.alliance.api.command.Rejection;
import java.util.Objects;

/**
 * A named rule: a stable id that rejections carry, and what must hold, in words, for the
 * documentation.
 *
 * <pre>{@code
 * Rule twoParties = new Rule("operation.requires-two-parties", "at least two parties are bound by the agreement");
 * twoParties.reject("only 1 party: P0"); // operation.requires-two-parties: only 1 party: P0
 * }</pre>
 *
 * @param id the stable id: dot-separated lower-case words
 * @param description what must hold; not blank
 */
public record Rule(String id, String description) {

  /** Validates the rule; the id follows {@link Rejection}'s format. */
  public Rule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(description, "description");
    Checks.notBlank("Rule.description", description);
    new Rejection(id, description);
  }

  /**
   * @param reason what was wrong, with the figures
   * @return a rejection for breaking this rule
   */
  public Rejection reject(String reason) {
    return new Rejection(id, reason);
  }
}
