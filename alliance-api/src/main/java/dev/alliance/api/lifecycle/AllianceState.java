package dev.alliance.api.lifecycle;

/** Where an alliance stands in its lifecycle. */
public enum AllianceState {
  /** Someone has proposed the alliance; partners are being assessed. */
  PROPOSED,
  /** The partners are negotiating the agreement. */
  NEGOTIATING,
  /** The agreement is signed; operations have not started. */
  FORMED,
  /** The alliance operates. */
  OPERATING,
  /** A formal review, renegotiation or amendment is under way. */
  UNDER_REVIEW,
  /** Operations are suspended. */
  SUSPENDED,
  /** Winding down under the exit clause. */
  DISSOLVING,
  /** Dissolved: terminal. */
  DISSOLVED,
  /** An ad hoc alliance whose mission is done: terminal. */
  COMPLETED;

  /** @return true for {@link #DISSOLVED} and {@link #COMPLETED}, which accept no command */
  public boolean isTerminal() {
    return this == DISSOLVED || this == COMPLETED;
  }
}
