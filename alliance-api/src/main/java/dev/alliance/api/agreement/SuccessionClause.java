package dev.alliance.api.agreement;

import dev.alliance.api.Checks;
import java.util.Objects;

/**
 * The succession clause: the agreement binds the parties' successors, as the Treaty of Kadesh
 * bound the heirs of Ramesses II and Hattusili III.
 *
 * @param terms the terms in words; not blank
 */
public record SuccessionClause(String terms) {
  /** Validates the clause. */
  public SuccessionClause {
    Objects.requireNonNull(terms, "terms");
    Checks.notBlank("SuccessionClause.terms", terms);
  }
}
