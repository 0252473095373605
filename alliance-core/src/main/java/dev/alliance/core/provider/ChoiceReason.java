package dev.alliance.core.provider;

/** Why discovery chose the provider it chose. */
public enum ChoiceReason {
  /** The caller named it ({@link Discovery#named}). */
  NAMED_BY_CALLER,
  /** The system property for the service named it. */
  NAMED_BY_SYSTEM_PROPERTY,
  /** It had the highest priority among the providers that started (ties: see {@link Discovery}). */
  HIGHEST_PRIORITY,
  /** No provider was found or none started: the built-in default is used. */
  DEFAULT
}
