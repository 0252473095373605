package dev.alliance.api.agreement;

import dev.alliance.api.Checks;
import java.util.Objects;

/**
 * The purpose clause.
 *
 * @param statement what the alliance is for, in the parties' words; not blank
 */
public record PurposeClause(String statement) {
  /** Validates the clause. */
  public PurposeClause {
    Objects.requireNonNull(statement, "statement");
    Checks.notBlank("PurposeClause.statement", statement);
  }
}
