package dev.alliance.api.agreement;

/** Who owns a category of intellectual property under an agreement. */
public enum IpOwnership {
  /** The partner who brought or created it keeps it. */
  CONTRIBUTOR,
  /** All partners own it jointly. */
  JOINT,
  /** The alliance's own legal entity owns it (a joint venture). */
  ALLIANCE_ENTITY,
  /** The lead partner owns it. */
  LEAD_PARTNER
}
