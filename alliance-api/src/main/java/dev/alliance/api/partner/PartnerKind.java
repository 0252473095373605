package dev.alliance.api.partner;

/** What kind of entity a partner is. */
public enum PartnerKind {
  /** A sovereign state. */
  STATE,
  /** A company or other commercial enterprise. */
  FIRM,
  /** A non-governmental, non-profit organization. */
  NGO,
  /** An organization whose members are states, such as the United Nations or the African Union. */
  INTERGOVERNMENTAL_ORGANIZATION,
  /** A natural person: a ruler, an activist, an investor. */
  INDIVIDUAL
}
