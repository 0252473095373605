package dev.alliance.core.negotiation;

import dev.alliance.api.negotiation.Offer;
import dev.alliance.api.negotiation.Preference;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.exact.Rational;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Whether an offer is acceptable to each party, and why not where it is not: a party accepts an
 * offer when every term is at least as good as its reservation point on that issue and the offer
 * is worth at least its BATNA.
 *
 * <pre>{@code
 * OfferAssessment a = bargaining.assess(offer);
 * a.isAcceptableToAll();  // false
 * a.lines();              // [EGY 0.900 (BATNA 0.100): acceptable,
 *                         //  ISR 0.200 (BATNA 0.300): Sinai returned 100 is worse than its reservation point 80 (LESS_IS_BETTER); ...]
 * }</pre>
 *
 * @param offer the offer
 * @param parties each party's verdict, in the negotiation's order of parties
 */
public record OfferAssessment(Offer offer, List<Verdict> parties) {

  /** Copies the verdicts. */
  public OfferAssessment {
    Objects.requireNonNull(offer, "offer");
    parties = List.copyOf(parties);
  }

  /** @return true when every party accepts the offer */
  public boolean isAcceptableToAll() {
    return parties.stream().allMatch(Verdict::isAcceptable);
  }

  /**
   * @param party a party
   * @return its verdict
   */
  public Verdict party(PartnerId party) {
    return parties.stream().filter(v -> v.party().equals(party)).findFirst().orElseThrow(
        () -> new dev.alliance.api.InvalidValueException("OfferAssessment.parties", party, "is not a party to the negotiation"));
  }

  /** @return one line per party */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    parties.forEach(v -> lines.add(v.toString()));
    return lines;
  }

  /**
   * One party's verdict on an offer.
   *
   * @param party the party
   * @param utility the offer's worth to it
   * @param batna its BATNA's worth
   * @param objections why it refuses the offer; empty when it accepts
   */
  public record Verdict(PartnerId party, Rational utility, Rational batna, List<Objection> objections) {
    /** Copies the objections. */
    public Verdict {
      Objects.requireNonNull(party, "party");
      Objects.requireNonNull(utility, "utility");
      Objects.requireNonNull(batna, "batna");
      objections = List.copyOf(objections);
    }

    /** @return true when the party accepts the offer */
    public boolean isAcceptable() {
      return objections.isEmpty();
    }

    /** @return utility minus BATNA */
    public Rational gain() {
      return utility.minus(batna);
    }

    @Override
    public String toString() {
      return party + " " + Exact.format(utility) + " (BATNA " + Exact.format(batna) + "): "
          + (objections.isEmpty() ? "acceptable" : String.join("; ", objections.stream().map(Object::toString).toList()));
    }
  }

  /** Why a party refuses an offer. */
  public sealed interface Objection permits Objection.OutsideReservation, Objection.BelowBatna {

    /**
     * A term is worse for the party than its reservation point on that issue.
     *
     * @param issue the issue
     * @param value the offer's value
     * @param reservation the party's reservation point
     * @param preference which way the party wants the issue to go
     */
    record OutsideReservation(String issue, BigDecimal value, BigDecimal reservation, Preference preference) implements Objection {
      /** Checks for nulls. */
      public OutsideReservation {
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(reservation, "reservation");
        Objects.requireNonNull(preference, "preference");
      }

      @Override
      public String toString() {
        return issue + " " + value.toPlainString() + " is " + (preference == Preference.MORE_IS_BETTER ? "below" : "above")
            + " its reservation point " + reservation.toPlainString();
      }
    }

    /**
     * The offer is worth less to the party than its BATNA.
     *
     * @param utility the offer's worth
     * @param batna the BATNA's worth
     */
    record BelowBatna(Rational utility, Rational batna) implements Objection {
      /** Checks for nulls. */
      public BelowBatna {
        Objects.requireNonNull(utility, "utility");
        Objects.requireNonNull(batna, "batna");
      }

      @Override
      public String toString() {
        return "worth " + Exact.format(utility) + ", less than its BATNA " + Exact.format(batna);
      }
    }
  }
}
