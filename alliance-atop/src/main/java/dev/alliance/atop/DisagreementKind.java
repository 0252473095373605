package dev.alliance.atop;

/** The checks the importer runs between ATOP's own codes and what the library derives. */
public enum DisagreementKind {
  /** {@code bilat} against the number of distinct members in {@code mem1..mem59}. */
  BILATERAL_FLAG,
  /** {@code asymm} against whether the members' obligations (and their conditions) differ. */
  ASYMMETRY_FLAG,
  /** {@code conditio} against whether any member's obligation is conditional. */
  CONDITIONAL_FLAG,
  /** {@code active} against whether the treaty holds a defense or offense obligation. */
  ACTIVE_FLAG,
  /** {@code ineffect} against whether the treaty has an end date. */
  IN_EFFECT_FLAG,
  /** An alliance-level obligation flag against the member-level rows. */
  OBLIGATION_FLAGS,
  /** The alliance-level member list against the member-level rows. */
  MEMBER_LISTS,
  /** The alliance's begin or end date against its members' first entry and last exit. */
  DATES,
  /** The treaty breaks a rule of the domain model and was not imported. */
  INVALID_IN_DOMAIN
}
