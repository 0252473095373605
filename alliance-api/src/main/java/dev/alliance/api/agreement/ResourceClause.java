package dev.alliance.api.agreement;

import dev.alliance.api.Checks;
import dev.alliance.api.contribution.Contribution;
import java.util.List;
import java.util.Objects;

/**
 * The resource-commitment clause: what each party commits, how much and for when.
 *
 * @param terms the terms in words; not blank
 * @param commitments the individual commitments, when they are itemized
 */
public record ResourceClause(String terms, List<Contribution> commitments) {
  /** Validates the clause. */
  public ResourceClause {
    Objects.requireNonNull(terms, "terms");
    commitments = List.copyOf(Objects.requireNonNull(commitments, "commitments"));
    Checks.notBlank("ResourceClause.terms", terms);
  }

  /**
   * @param terms the terms in words
   * @return a clause without itemized commitments
   */
  public static ResourceClause of(String terms) {
    return new ResourceClause(terms, List.of());
  }
}
