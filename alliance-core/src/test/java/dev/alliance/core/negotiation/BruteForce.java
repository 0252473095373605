package dev.alliance.core.negotiation;

import dev.alliance.api.negotiation.Issue;
import dev.alliance.api.negotiation.Negotiation;
import dev.alliance.api.negotiation.Offer;
import dev.alliance.api.negotiation.Party;
import dev.alliance.api.negotiation.Preference;
import dev.alliance.api.negotiation.Stance;
import dev.alliance.core.exact.Rational;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The negotiation model written out again, plainly, for the properties to check the engine
 * against: every offer of the space enumerated, every utility summed from scratch.
 */
final class BruteForce {
  private BruteForce() {}

  /** Every offer made of one option of each issue. */
  static List<Offer> offers(Negotiation n) {
    List<Map<String, BigDecimal>> partial = new ArrayList<>();
    partial.add(new LinkedHashMap<>());
    for (Issue issue : n.issues()) {
      List<Map<String, BigDecimal>> next = new ArrayList<>();
      for (Map<String, BigDecimal> p : partial) {
        for (BigDecimal option : issue.options()) {
          Map<String, BigDecimal> m = new LinkedHashMap<>(p);
          m.put(issue.name(), option);
          next.add(m);
        }
      }
      partial = next;
    }
    return partial.stream().map(Offer::of).toList();
  }

  static Rational utility(Party party, Offer offer) {
    Rational total = Rational.ZERO;
    Rational weighted = Rational.ZERO;
    for (Map.Entry<String, Stance> e : party.stances().entrySet()) {
      Stance s = e.getValue();
      Rational w = exact(s.weight());
      total = total.plus(w);
      BigDecimal x = offer.term(e.getKey());
      Rational progress;
      boolean beyondIdeal = s.preference() == Preference.MORE_IS_BETTER ? x.compareTo(s.ideal()) >= 0 : x.compareTo(s.ideal()) <= 0;
      if (beyondIdeal) {
        progress = Rational.ONE;
      } else if (s.ideal().compareTo(s.reservation()) == 0) {
        progress = Rational.ZERO;
      } else {
        progress = exact(x).minus(exact(s.reservation())).dividedBy(exact(s.ideal()).minus(exact(s.reservation())));
      }
      weighted = weighted.plus(w.times(progress));
    }
    return weighted.dividedBy(total);
  }

  static boolean acceptable(Party party, Offer offer) {
    for (Map.Entry<String, Stance> e : party.stances().entrySet()) {
      Stance s = e.getValue();
      BigDecimal x = offer.term(e.getKey());
      boolean ok = s.preference() == Preference.MORE_IS_BETTER ? x.compareTo(s.reservation()) >= 0 : x.compareTo(s.reservation()) <= 0;
      if (!ok) {
        return false;
      }
    }
    return utility(party, offer).compareTo(exact(party.batna().utility())) >= 0;
  }

  static boolean acceptableToAll(Negotiation n, Offer offer) {
    return n.parties().stream().allMatch(p -> acceptable(p, offer));
  }

  /** True when a is at least as good as b for every party and better for one. */
  static boolean dominates(Negotiation n, Offer a, Offer b) {
    boolean better = false;
    for (Party p : n.parties()) {
      int c = utility(p, a).compareTo(utility(p, b));
      if (c < 0) {
        return false;
      }
      better |= c > 0;
    }
    return better;
  }

  static Rational nashProduct(Negotiation n, Offer offer) {
    Rational product = Rational.ONE;
    for (Party p : n.parties()) {
      product = product.times(utility(p, offer).minus(exact(p.batna().utility())));
    }
    return product;
  }

  static Rational exact(BigDecimal value) {
    return value.scale() >= 0
        ? Rational.of(value.unscaledValue(), BigInteger.TEN.pow(value.scale()))
        : Rational.of(value.unscaledValue().multiply(BigInteger.TEN.pow(-value.scale())));
  }
}
