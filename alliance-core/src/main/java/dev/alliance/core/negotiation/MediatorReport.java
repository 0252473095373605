package dev.alliance.core.negotiation;

import dev.alliance.api.negotiation.Offer;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.exact.Rational;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a mediator's proposal does for each party: whether it accepts (and why not), its gain over
 * its BATNA, how far it concedes on each issue, how the proposal compares with the Nash bargaining
 * solution, and whether some acceptable offer would leave every party at least as well off and one
 * better (then the proposal leaves value on the table).
 *
 * @param assessment each party's verdict on the proposal
 * @param concessions for each party, its concession on each issue
 * @param dominatedBy an acceptable offer at least as good for every party and better for one; empty
 *     when the proposal is Pareto-optimal among acceptable offers
 * @param nash the Nash bargaining solution, when there is one
 */
public record MediatorReport(
    OfferAssessment assessment, Map<PartnerId, List<Concession>> concessions, Optional<Offer> dominatedBy, Optional<NashSolution> nash) {

  /** Copies the concessions. */
  public MediatorReport {
    Objects.requireNonNull(assessment, "assessment");
    concessions = Map.copyOf(concessions);
    Objects.requireNonNull(dominatedBy, "dominatedBy");
    Objects.requireNonNull(nash, "nash");
  }

  /** @return the proposal */
  public Offer proposal() {
    return assessment.offer();
  }

  /** @return true when every party accepts the proposal */
  public boolean isAcceptableToAll() {
    return assessment.isAcceptableToAll();
  }

  /**
   * @param party a party
   * @return its utility from the proposal minus its utility from the Nash solution; empty without one
   */
  public Optional<Rational> againstNash(PartnerId party) {
    Rational utility = assessment.party(party).utility();
    return nash.map(n -> utility.minus(n.utilities().stream().filter(u -> u.party().equals(party)).findFirst().orElseThrow().utility()));
  }

  /** @return the explanation, one line each */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add("proposal " + proposal() + ": " + (isAcceptableToAll() ? "acceptable to all" : "refused by some"));
    for (OfferAssessment.Verdict verdict : assessment.parties()) {
      StringBuilder line = new StringBuilder("  ").append(verdict).append("; gain over BATNA ").append(Exact.signed(verdict.gain()));
      againstNash(verdict.party()).ifPresent(d -> line.append(", against the Nash solution ").append(Exact.signed(d)));
      lines.add(line.toString());
      List<Concession> conceded = concessions.getOrDefault(verdict.party(), List.of());
      lines.add("    concedes " + String.join(", ", conceded.stream().map(Object::toString).toList()));
    }
    lines.add(dominatedBy.map(o -> "  leaves value on the table: " + o + " is at least as good for all and better for some")
        .orElse("  Pareto-optimal: no acceptable offer is better for one party without being worse for another"));
    return lines;
  }

  /**
   * How far a party gives way on one issue: 0 at its ideal point, 1 at its reservation point,
   * more than 1 beyond it.
   *
   * @param issue the issue
   * @param value the proposal's value
   * @param ideal the party's ideal point
   * @param reservation its reservation point
   * @param conceded the share of the way from ideal to reservation point that the value concedes
   */
  public record Concession(String issue, BigDecimal value, BigDecimal ideal, BigDecimal reservation, Rational conceded) {
    /** Checks for nulls. */
    public Concession {
      Objects.requireNonNull(issue, "issue");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(ideal, "ideal");
      Objects.requireNonNull(reservation, "reservation");
      Objects.requireNonNull(conceded, "conceded");
    }

    @Override
    public String toString() {
      return issue + " " + Exact.format(conceded) + " (" + value.toPlainString() + " between ideal " + ideal.toPlainString()
          + " and reservation " + reservation.toPlainString() + ")";
    }
  }
}
