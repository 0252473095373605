package dev.alliance.api.agreement;

import dev.alliance.api.Checks;
import java.util.Objects;

/**
 * The collective-defense clause: an attack on one party is an attack on all, as NATO's Article 5.
 *
 * @param article where the clause stands in the agreement, such as {@code "Article 5"}
 * @param terms the terms in words; not blank
 */
public record CollectiveDefenseClause(String article, String terms) {
  /** Validates the clause. */
  public CollectiveDefenseClause {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(terms, "terms");
    Checks.notBlank("CollectiveDefenseClause.article", article);
    Checks.notBlank("CollectiveDefenseClause.terms", terms);
  }
}
