package dev.alliance.api.objective;

/** Whether an objective's metric should rise or fall: derived from its baseline and target. */
public enum Direction {
  /** The target is above the baseline. */
  INCREASE,
  /** The target is below the baseline. */
  DECREASE
}
