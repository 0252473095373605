package dev.alliance.core.provider;

/**
 * Thrown when a provider was chosen by name (by the caller or a system property) and no provider
 * of that name started. Discovery does not fall back silently when the user asked for a specific
 * provider: the message lists the names that are available and the providers that failed.
 */
public final class ProviderNotFoundException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what was asked for and what is available
   */
  public ProviderNotFoundException(String message) {
    super(message);
  }
}
