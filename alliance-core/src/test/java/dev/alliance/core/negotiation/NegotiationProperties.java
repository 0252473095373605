package dev.alliance.core.negotiation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.alliance.api.negotiation.Issue;
import dev.alliance.api.negotiation.Negotiation;
import dev.alliance.api.negotiation.Offer;
import dev.alliance.api.negotiation.Party;
import dev.alliance.api.negotiation.Stance;
import dev.alliance.core.exact.Rational;
import dev.alliance.testkit.NegotiationGenerators;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The negotiation analysis against a brute force that enumerates every offer ({@link
 * BruteForce}): random negotiations of two or three parties on one to three issues.
 */
class NegotiationProperties {

  @Test
  void theZopaIsEmptyExactlyWhenNoOfferIsAcceptableToAll() {
    qt().forAll(NegotiationGenerators.negotiations())
        .checkAssert(
            n -> {
              Zopa zopa = Bargaining.of(n).zopa();
              long acceptable = BruteForce.offers(n).stream().filter(o -> BruteForce.acceptableToAll(n, o)).count();
              assertEquals(acceptable == 0, zopa.isEmpty());
              assertEquals(BigInteger.valueOf(acceptable), zopa.acceptable());
              if (!zopa.gaps().isEmpty()) {
                assertTrue(zopa.isEmpty(), "an issue without common ground leaves no zone");
                assertTrue(zopa.shortfall().isEmpty());
              }
            });
  }

  @Test
  void eachIssuesRangeHoldsExactlyTheOptionsEveryReservationPointAllows() {
    qt().forAll(NegotiationGenerators.negotiations())
        .checkAssert(
            n -> {
              Zopa zopa = Bargaining.of(n).zopa();
              for (int i = 0; i < n.issues().size(); i++) {
                Issue issue = n.issues().get(i);
                List<BigDecimal> allowed =
                    issue.options().stream()
                        .filter(v -> n.parties().stream().allMatch(p -> p.stance(issue.name()).isAcceptable(v)))
                        .toList();
                assertEquals(allowed, zopa.issues().get(i).options(), issue.name());
                Optional<BigDecimal> gap = zopa.issues().get(i).gap();
                gap.ifPresent(g -> assertTrue(g.signum() > 0));
              }
            });
  }

  @Test
  void theClosestOfferWhenOnlyBatnasBlockIsTheBestWorstGain() {
    qt().forAll(NegotiationGenerators.negotiations())
        .checkAssert(
            n -> {
              Optional<Zopa.Shortfall> shortfall = Bargaining.of(n).zopa().shortfall();
              if (shortfall.isEmpty()) {
                return;
              }
              Rational best = null;
              for (Offer o : BruteForce.offers(n)) {
                if (!n.parties().stream().allMatch(p -> p.stances().entrySet().stream().allMatch(e -> e.getValue().isAcceptable(o.term(e.getKey()))))) {
                  continue;
                }
                Rational worst = null;
                for (Party p : n.parties()) {
                  Rational g = BruteForce.utility(p, o).minus(BruteForce.exact(p.batna().utility()));
                  worst = worst == null || g.compareTo(worst) < 0 ? g : worst;
                }
                best = best == null || worst.compareTo(best) > 0 ? worst : best;
              }
              assertEquals(best.negate(), shortfall.get().amount());
              assertTrue(shortfall.get().amount().signum() > 0);
            });
  }

  /**
   * Also run on a variant in which the first party accepts anything and gains nothing from any deal
   * (every stance satisfied by every value, BATNA 1): every product of gains is then zero, and only
   * the tie-break keeps the solution Pareto-optimal.
   */
  @Test
  void theNashSolutionIsAcceptableToAllAndNoAcceptableOfferParetoDominatesIt() {
    qt().forAll(NegotiationGenerators.negotiations())
        .checkAssert(
            generated -> {
              for (Negotiation n : List.of(generated, indifferentFirstParty(generated))) {
                Optional<NashSolution> nash = Bargaining.of(n).nash();
                List<Offer> acceptable = BruteForce.offers(n).stream().filter(o -> BruteForce.acceptableToAll(n, o)).toList();
                assertEquals(acceptable.isEmpty(), nash.isEmpty());
                if (nash.isEmpty()) {
                  continue;
                }
                Offer solution = nash.get().offer();
                assertTrue(BruteForce.acceptableToAll(n, solution), "the solution is acceptable to all");
                for (Offer o : acceptable) {
                  assertFalse(BruteForce.dominates(n, o, solution), o + " dominates the solution " + solution);
                  assertTrue(BruteForce.nashProduct(n, o).compareTo(nash.get().product()) <= 0, o + " has a larger product");
                }
                assertEquals(BruteForce.nashProduct(n, solution), nash.get().product());
                for (int p = 0; p < n.parties().size(); p++) {
                  assertEquals(BruteForce.utility(n.parties().get(p), solution), nash.get().utilities().get(p).utility());
                }
              }
            });
  }

  private static Negotiation indifferentFirstParty(Negotiation n) {
    Party first = n.parties().get(0);
    java.util.Map<String, Stance> stances = new java.util.LinkedHashMap<>();
    for (Issue issue : n.issues()) {
      stances.put(issue.name(), new Stance(dev.alliance.api.negotiation.Preference.MORE_IS_BETTER, issue.low(), issue.low(), BigDecimal.ONE));
    }
    Party indifferent = first.withStances(stances).withBatna(new dev.alliance.api.negotiation.Batna("anything goes", BigDecimal.ONE));
    List<Party> parties = new java.util.ArrayList<>(n.parties());
    parties.set(0, indifferent);
    return n.withParties(parties);
  }

  @Test
  void packageDealsImproveOnTheReferenceForBothAndTheFrontierCoversEveryImprovement() {
    qt().forAll(NegotiationGenerators.negotiationsWithOffers())
        .checkAssert(
            pair -> {
              Negotiation n = pair.getKey();
              Offer reference = pair.getValue();
              Party a = n.parties().get(0);
              Party b = n.parties().get(1);
              IntegrativeAnalysis analysis = Bargaining.of(n).logRolling(a.id(), b.id(), reference);
              List<Offer> improving =
                  BruteForce.offers(n).stream()
                      .filter(o -> BruteForce.acceptableToAll(n, o))
                      .filter(o -> improves(n, o, reference))
                      .toList();
              assertEquals(improving.size(), analysis.improving());
              for (IntegrativeAnalysis.PackageDeal deal : analysis.frontier()) {
                assertTrue(improving.contains(deal.offer()), deal + " does not improve on " + reference);
                for (Offer o : improving) {
                  boolean beats =
                      BruteForce.utility(a, o).compareTo(BruteForce.utility(a, deal.offer())) >= 0
                          && BruteForce.utility(b, o).compareTo(BruteForce.utility(b, deal.offer())) >= 0
                          && !(BruteForce.utility(a, o).equals(BruteForce.utility(a, deal.offer()))
                              && BruteForce.utility(b, o).equals(BruteForce.utility(b, deal.offer())));
                  assertFalse(beats, o + " beats the frontier's " + deal.offer() + " for both");
                }
              }
              for (Offer o : improving) {
                assertTrue(
                    analysis.frontier().stream()
                        .anyMatch(
                            d -> BruteForce.utility(a, d.offer()).compareTo(BruteForce.utility(a, o)) >= 0
                                && BruteForce.utility(b, d.offer()).compareTo(BruteForce.utility(b, o)) >= 0),
                    o + " is not covered by the frontier");
              }
              for (IntegrativeAnalysis.Trade trade : analysis.trades()) {
                List<Offer> candidates = improving.stream().filter(o -> sameOutside(n, o, reference, trade)).toList();
                assertEquals(candidates.isEmpty(), trade.deal().isEmpty(), trade.toString());
                trade.deal().ifPresent(d -> {
                  assertTrue(candidates.contains(d.offer()), d + " changes more than its two issues or does not improve");
                  Rational product = gainProduct(a, b, d.offer(), reference);
                  candidates.forEach(o -> assertTrue(gainProduct(a, b, o, reference).compareTo(product) <= 0, o + " is a better trade"));
                });
              }
            });
  }

  @Test
  void aProposalIsReportedDominatedExactlyWhenAnAcceptableOfferDominatesIt() {
    qt().forAll(NegotiationGenerators.negotiationsWithOffers())
        .checkAssert(
            pair -> {
              Negotiation n = pair.getKey();
              Offer proposal = pair.getValue();
              MediatorReport report = Bargaining.of(n).mediate(proposal);
              boolean dominated =
                  BruteForce.offers(n).stream().anyMatch(o -> BruteForce.acceptableToAll(n, o) && BruteForce.dominates(n, o, proposal));
              assertEquals(dominated, report.dominatedBy().isPresent());
              report.dominatedBy().ifPresent(o -> assertTrue(BruteForce.acceptableToAll(n, o) && BruteForce.dominates(n, o, proposal)));
              assertEquals(BruteForce.acceptableToAll(n, proposal), report.isAcceptableToAll());
              for (Party p : n.parties()) {
                for (MediatorReport.Concession c : report.concessions().get(p.id())) {
                  Stance s = p.stance(c.issue());
                  if (s.isAcceptable(c.value())) {
                    assertTrue(c.conceded().signum() >= 0 && c.conceded().compareTo(Rational.ONE) <= 0, c.toString());
                  }
                }
              }
            });
  }

  /** a and b strictly better off than at the reference, every other party no worse. */
  private static boolean improves(Negotiation n, Offer o, Offer reference) {
    for (int p = 0; p < n.parties().size(); p++) {
      Party party = n.parties().get(p);
      int c = BruteForce.utility(party, o).compareTo(BruteForce.utility(party, reference));
      if (p < 2 ? c <= 0 : c < 0) {
        return false;
      }
    }
    return true;
  }

  private static Rational gainProduct(Party a, Party b, Offer o, Offer reference) {
    return BruteForce.utility(a, o).minus(BruteForce.utility(a, reference))
        .times(BruteForce.utility(b, o).minus(BruteForce.utility(b, reference)));
  }

  /** The trade's deal changes only its two issues of the reference. */
  private static boolean sameOutside(Negotiation n, Offer deal, Offer reference, IntegrativeAnalysis.Trade trade) {
    return n.issues().stream()
        .map(Issue::name)
        .filter(i -> !i.equals(trade.forA()) && !i.equals(trade.forB()))
        .allMatch(i -> deal.term(i).compareTo(reference.term(i)) == 0);
  }
}
