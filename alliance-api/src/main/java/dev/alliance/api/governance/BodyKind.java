package dev.alliance.api.governance;

/** The kinds of body an alliance's governance is made of. */
public enum BodyKind {
  /** The plenary of all members, such as the North Atlantic Council. */
  COUNCIL,
  /** Strategic oversight by senior representatives. */
  STEERING_COMMITTEE,
  /** Administration and institutional memory. */
  SECRETARIAT,
  /** Functional detail on one subject. */
  WORKING_GROUP,
  /** Officers who carry coordination between partners. */
  LIAISON,
  /** A body or office with executive authority, such as a commander or a managing board. */
  EXECUTIVE
}
