package dev.alliance.api.agreement;

/** How jointly developed assets are divided when a partner leaves or the alliance dissolves. */
public enum AssetDivision {
  /** In proportion to what each partner contributed. */
  PRO_RATA_CONTRIBUTIONS,
  /** In equal parts. */
  EQUAL,
  /** Each partner takes back what it brought; joint assets are sold and the proceeds shared. */
  BY_ORIGIN,
  /** A leaving partner's share stays with the remaining partners. */
  TO_REMAINING_PARTNERS,
  /** Settled by negotiation at the time. */
  NEGOTIATED
}
