package dev.alliance.atop;

/**
 * Thrown when an ATOP file cannot be read: a required column is missing, or a cell does not hold
 * what the column needs. The message names the file, the line, the column, the value and the rule.
 */
public final class AtopFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what is wrong and where
   */
  public AtopFormatException(String message) {
    super(message);
  }

  /**
   * @param message what is wrong and where
   * @param cause the underlying failure
   */
  public AtopFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
