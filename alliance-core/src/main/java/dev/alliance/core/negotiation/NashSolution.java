package dev.alliance.core.negotiation;

import dev.alliance.api.negotiation.Offer;
import dev.alliance.core.exact.Rational;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The Nash bargaining solution over the offer space: among the offers every party accepts, the one
 * that maximizes the product of the parties' gains over their BATNAs. Ties go to the larger sum of
 * gains, then to the first offer in the search order (issues in the negotiation's order, the last
 * issue fastest, options ascending), so the solution is Pareto-optimal among acceptable offers.
 *
 * @param offer the solution
 * @param utilities each party's utility from it, against its BATNA
 * @param product the product of the gains
 * @param ties how many acceptable offers reach the same product (1 when the maximum is unique)
 * @param searched how many acceptable offers were compared
 */
public record NashSolution(Offer offer, List<PartyUtility> utilities, Rational product, long ties, BigInteger searched) {

  /** Copies the utilities. */
  public NashSolution {
    Objects.requireNonNull(offer, "offer");
    utilities = List.copyOf(utilities);
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(searched, "searched");
  }

  /** @return the explanation, one line each */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add("Nash bargaining solution: " + offer);
    lines.add("  utilities (gain over BATNA): " + String.join(", ", utilities.stream().map(Object::toString).toList()));
    lines.add(
        "  product of gains " + Exact.format(product) + ", the largest of " + searched + " acceptable offers"
            + (ties > 1 ? " (" + ties + " offers tie on the product)" : ""));
    return lines;
  }
}
