package dev.alliance.core.negotiation;

import dev.alliance.api.negotiation.Issue;
import dev.alliance.api.negotiation.Negotiation;
import dev.alliance.api.negotiation.Offer;
import dev.alliance.api.negotiation.Party;
import dev.alliance.api.negotiation.Stance;
import dev.alliance.core.exact.Rational;
import java.math.BigDecimal;
import java.util.List;

/**
 * The utility model, exactly: each party's weighted, normalized linear utility (see {@link
 * Bargaining}). Holds the weight shares and BATNAs as fractions and evaluates any value of any
 * issue.
 */
final class UtilityTable {
  private final List<Issue> issues;
  private final List<Party> parties;
  private final Rational[][] shares;
  private final Rational[] batnas;

  UtilityTable(Negotiation negotiation) {
    this.issues = negotiation.issues();
    this.parties = negotiation.parties();
    this.shares = new Rational[parties.size()][issues.size()];
    this.batnas = new Rational[parties.size()];
    for (int p = 0; p < parties.size(); p++) {
      Party party = parties.get(p);
      Rational total = Exact.of(party.totalWeight());
      for (int i = 0; i < issues.size(); i++) {
        shares[p][i] = Exact.of(party.stance(issues.get(i).name()).weight()).dividedBy(total);
      }
      batnas[p] = Exact.of(party.batna().utility());
    }
  }

  int parties() {
    return parties.size();
  }

  int issues() {
    return issues.size();
  }

  Party party(int p) {
    return parties.get(p);
  }

  Issue issue(int i) {
    return issues.get(i);
  }

  Stance stance(int p, int i) {
    return parties.get(p).stance(issues.get(i).name());
  }

  /** Party p's share of its weight on issue i: w / W. */
  Rational share(int p, int i) {
    return shares[p][i];
  }

  Rational batna(int p) {
    return batnas[p];
  }

  /**
   * How far a value goes from the party's reservation point (0) to its ideal point (1); capped at
   * 1 beyond the ideal, negative below the reservation point. A party whose ideal is its
   * reservation point gets 1 from every value at least that good and 0 from any other.
   */
  Rational progress(int p, int i, BigDecimal value) {
    Stance stance = stance(p, i);
    if (stance.meetsIdeal(value)) {
      return Rational.ONE;
    }
    BigDecimal range = stance.ideal().subtract(stance.reservation());
    if (range.signum() == 0) {
      return Rational.ZERO;
    }
    return Exact.of(value.subtract(stance.reservation())).dividedBy(Exact.of(range));
  }

  /** Party p's utility from value on issue i: its weight share times the progress. */
  Rational contribution(int p, int i, BigDecimal value) {
    Rational share = shares[p][i];
    return share.signum() == 0 ? Rational.ZERO : share.times(progress(p, i, value));
  }

  Rational utility(int p, Offer offer) {
    Rational sum = Rational.ZERO;
    for (int i = 0; i < issues.size(); i++) {
      sum = sum.plus(contribution(p, i, offer.term(issues.get(i).name())));
    }
    return sum;
  }
}
