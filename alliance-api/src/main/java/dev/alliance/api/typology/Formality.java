package dev.alliance.api.typology;

/**
 * How formal the instrument that founds an alliance is. Formal instruments are legally
 * enforceable but rigid; informal ones are flexible but bind only by goodwill.
 */
public enum Formality {
  /** An international treaty between states. */
  TREATY(true),
  /** A commercial contract. */
  CONTRACT(true),
  /** A charter founding an organization. */
  CHARTER(true),
  /** A memorandum of understanding: a statement of intent, usually not enforceable. */
  MEMORANDUM_OF_UNDERSTANDING(false),
  /** A letter of intent. */
  LETTER_OF_INTENT(false),
  /** No written instrument at all. */
  INFORMAL(false);

  private final boolean legallyBinding;

  Formality(boolean legallyBinding) {
    this.legallyBinding = legallyBinding;
  }

  /** @return true when the instrument is, as a rule, legally enforceable */
  public boolean isLegallyBinding() {
    return legallyBinding;
  }
}
