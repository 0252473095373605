package dev.alliance.core.negotiation;

import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.exact.Rational;
import java.util.Objects;

/**
 * What an offer is worth to one party, next to what it is measured against (its BATNA, or another
 * offer's worth), exactly.
 *
 * @param party the party
 * @param utility the offer's worth to it, on its own scale (0 at its reservation points, 1 at its ideals)
 * @param baseline what the utility is compared with: the party's BATNA, or its utility from a reference offer
 */
public record PartyUtility(PartnerId party, Rational utility, Rational baseline) {

  /** Checks for nulls. */
  public PartyUtility {
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(utility, "utility");
    Objects.requireNonNull(baseline, "baseline");
  }

  /** @return utility minus baseline: the party's gain (negative: its loss) */
  public Rational gain() {
    return utility.minus(baseline);
  }

  @Override
  public String toString() {
    return party + " " + Exact.format(utility) + " (" + Exact.signed(gain()) + ")";
  }
}
