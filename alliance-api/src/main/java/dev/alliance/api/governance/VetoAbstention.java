package dev.alliance.api.governance;

/**
 * Whether a veto player who abstains (or is absent) blocks a decision. By the established practice
 * of the UN Security Council since 1946, an abstaining permanent member does not.
 */
public enum VetoAbstention {
  /** Only a veto player's no blocks (UN Security Council practice). */
  ABSTENTION_DOES_NOT_BLOCK,
  /** A veto player must vote yes: abstaining or being absent blocks as a no would. */
  ABSTENTION_BLOCKS
}
