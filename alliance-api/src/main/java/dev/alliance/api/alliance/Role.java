package dev.alliance.api.alliance;

/** The role a member plays in an alliance. */
public enum Role {
  /** Leads the alliance: the hegemon of a hierarchical alliance, the lead partner of a consortium. */
  LEAD,
  /** A founding member. */
  FOUNDER,
  /** A member that joined later. */
  MEMBER,
  /** An associate with limited rights and obligations. */
  ASSOCIATE,
  /** Observes without voting. */
  OBSERVER
}
