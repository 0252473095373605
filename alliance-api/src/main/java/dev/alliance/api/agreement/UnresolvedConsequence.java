package dev.alliance.api.agreement;

/** What follows when a dispute is still unresolved after the last stage of the ladder. */
public enum UnresolvedConsequence {
  /** Nothing changes; the dispute is recorded as unresolved. */
  STATUS_QUO,
  /** The party complained against is suspended. */
  SUSPENSION,
  /** The complaining party may withdraw without serving the notice period. */
  RIGHT_TO_EXIT,
  /** The alliance dissolves. */
  DISSOLUTION
}
