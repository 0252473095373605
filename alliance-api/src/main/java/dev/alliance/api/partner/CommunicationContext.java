package dev.alliance.api.partner;

/** Hall's distinction between cultures that communicate explicitly and implicitly. */
public enum CommunicationContext {
  /** Meaning lies mostly in the explicit words. */
  LOW_CONTEXT,
  /** Meaning lies mostly in relationships, setting and what goes unsaid. */
  HIGH_CONTEXT
}
