package dev.alliance.api.partner;

/** Hall's distinction between cultures that treat time as linear or as fluid. */
public enum TimeOrientation {
  /** One thing at a time, schedules and deadlines are firm. */
  MONOCHRONIC,
  /** Several things at once, relationships come before schedules. */
  POLYCHRONIC
}
