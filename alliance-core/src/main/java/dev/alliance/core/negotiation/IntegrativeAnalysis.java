package dev.alliance.core.negotiation;

import dev.alliance.api.negotiation.Offer;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.exact.Rational;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Integrative bargaining between two parties: which issues each values more than the other does,
 * the log-rolling trades that follow (each concedes on what it values less and gains on what it
 * values more), and the package deals that leave both better off than a reference offer.
 *
 * <p>Parties' weights are compared as shares of each party's total weight. A trade pairs an issue
 * that party A values more with one that party B values more; its best package changes only those
 * two issues of the reference offer. The package deals are the offers every party accepts that
 * make A and B both strictly better off than the reference (and no other party worse off), reduced
 * to those that no other such offer improves on for both: the frontier, A's best first.
 *
 * @param a the first party
 * @param b the second party
 * @param reference the offer improvements are measured from
 * @param priorities each issue's weight share for A and B, in the negotiation's order
 * @param trades every log-rolling pair of issues, with its best package if any
 * @param frontier the package deals on the frontier, A's utility descending
 * @param improving how many acceptable offers make A and B both better off than the reference
 */
public record IntegrativeAnalysis(
    PartnerId a, PartnerId b, Offer reference, List<IssuePriority> priorities, List<Trade> trades, List<PackageDeal> frontier, long improving) {

  /** Copies the lists. */
  public IntegrativeAnalysis {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(reference, "reference");
    priorities = List.copyOf(priorities);
    trades = List.copyOf(trades);
    frontier = List.copyOf(frontier);
  }

  /** @return the explanation, one line each */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add("priorities (share of weight, " + a + " / " + b + "):");
    priorities.forEach(p -> lines.add("  " + p));
    if (trades.isEmpty()) {
      lines.add("no log-rolling: " + a + " and " + b + " weigh the issues alike");
    }
    trades.forEach(t -> lines.add(t.toString()));
    lines.add(improving + " acceptable offers make both better off than " + reference + "; " + frontier.size() + " on the frontier");
    frontier.forEach(d -> lines.add("  " + d));
    return lines;
  }

  /**
   * One issue's weight for the two parties.
   *
   * @param issue the issue
   * @param shareA A's weight on it as a share of A's total weight
   * @param shareB B's weight on it as a share of B's total weight
   * @param valuedMoreBy the party with the larger share; empty when equal
   */
  public record IssuePriority(String issue, Rational shareA, Rational shareB, Optional<PartnerId> valuedMoreBy) {
    /** Checks for nulls. */
    public IssuePriority {
      Objects.requireNonNull(issue, "issue");
      Objects.requireNonNull(shareA, "shareA");
      Objects.requireNonNull(shareB, "shareB");
      Objects.requireNonNull(valuedMoreBy, "valuedMoreBy");
    }

    @Override
    public String toString() {
      return issue + ": " + Exact.format(shareA) + " / " + Exact.format(shareB)
          + valuedMoreBy.map(p -> ", valued more by " + p).orElse(", valued alike");
    }
  }

  /**
   * A log-rolling trade: B concedes on an issue A values more, A concedes on one B values more.
   *
   * @param forA the issue A values more
   * @param forB the issue B values more
   * @param deal the best package that changes only these two issues of the reference and leaves
   *     both better off (largest product of their gains); empty when there is none
   */
  public record Trade(String forA, String forB, Optional<PackageDeal> deal) {
    /** Checks for nulls. */
    public Trade {
      Objects.requireNonNull(forA, "forA");
      Objects.requireNonNull(forB, "forB");
      Objects.requireNonNull(deal, "deal");
    }

    @Override
    public String toString() {
      return "trade " + forA + " for " + forB + ": " + deal.map(PackageDeal::toString).orElse("no package leaves both better off");
    }
  }

  /**
   * A package deal and what it does for each party against the reference offer.
   *
   * @param offer the package
   * @param utilities each party's utility from it, against its utility from the reference
   */
  public record PackageDeal(Offer offer, List<PartyUtility> utilities) {
    /** Copies the utilities. */
    public PackageDeal {
      Objects.requireNonNull(offer, "offer");
      utilities = List.copyOf(utilities);
    }

    @Override
    public String toString() {
      return offer + " -> " + String.join(", ", utilities.stream().map(Object::toString).toList());
    }
  }
}
