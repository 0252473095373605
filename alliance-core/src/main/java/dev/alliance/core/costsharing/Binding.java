package dev.alliance.core.costsharing;

/** Why a member pays what it pays: its quota, or a floor or ceiling that held it back. */
public enum Binding {
  /** Its share of the formula, rounded to a minor unit. */
  NONE,
  /** Its floor: the formula would have asked less. */
  FLOOR,
  /** Its ceiling: the formula would have asked more. */
  CEILING
}
