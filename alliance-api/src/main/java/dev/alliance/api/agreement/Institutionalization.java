package dev.alliance.api.agreement;

/**
 * How far an agreement builds standing institutions between its parties, in the three levels of
 * Leeds and Anac (2005, International Interactions 31: 183-202), who derive them from ATOP's
 * provisions: integrated command, common defense policy, bases and troops abroad make an alliance
 * highly institutionalized; a formal organization, regular military contact or specified
 * contributions make it moderately so; none of these leaves it low.
 */
public enum Institutionalization {
  /** No standing institutions beyond the promise itself. */
  LOW,
  /** A formal organization, regular military contact or specified contributions. */
  MODERATE,
  /** Integrated command, a common defense policy, or bases or troops on a partner's soil. */
  HIGH
}
