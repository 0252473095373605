package dev.alliance.core.negotiation;

import dev.alliance.api.negotiation.Offer;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.exact.Rational;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The zone of possible agreement: per issue, the values every party's reservation point allows;
 * overall, the offers every party accepts (within every reservation point, and worth at least every
 * BATNA). When there is none, it says by how much the positions miss: the gap on each issue whose
 * ranges do not meet, or, when every issue has common ground but no package beats every BATNA,
 * the offer that comes closest and how far it leaves the worst-off party short.
 *
 * <pre>{@code
 * Zopa zopa = bargaining.zopa();
 * zopa.isEmpty();   // true
 * zopa.lines();     // [no zone of possible agreement,
 *                   //  Sinai returned (% of territory): EGY needs at least 100, ISR concedes at most 80: they miss by 20, ...]
 * }</pre>
 *
 * @param issues the per-issue ranges, in the negotiation's order of issues
 * @param searched the number of offers within every reservation point (made of the issues' options)
 * @param acceptable how many of those every party accepts
 * @param shortfall when every issue has common ground but no offer is acceptable to all: the closest offer
 */
public record Zopa(List<IssueRange> issues, BigInteger searched, BigInteger acceptable, Optional<Shortfall> shortfall) {

  /** Copies the ranges. */
  public Zopa {
    issues = List.copyOf(issues);
    Objects.requireNonNull(searched, "searched");
    Objects.requireNonNull(acceptable, "acceptable");
    Objects.requireNonNull(shortfall, "shortfall");
  }

  /** @return true when no offer is acceptable to every party */
  public boolean isEmpty() {
    return acceptable.signum() == 0;
  }

  /** @return the issues whose acceptable ranges do not meet */
  public List<IssueRange> gaps() {
    return issues.stream().filter(r -> !r.overlaps()).toList();
  }

  /** @return the explanation, one line each: the verdict, then each issue, then the shortfall if any */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add(
        isEmpty()
            ? "no zone of possible agreement"
            : "zone of possible agreement: " + acceptable + " of " + searched + " offers within every reservation point are acceptable to all");
    issues.forEach(r -> lines.add(r.toString()));
    shortfall.ifPresent(s -> lines.add(s.toString()));
    return lines;
  }

  /**
   * One issue's common ground: every value at least as good as every party's reservation point.
   * The floor is the highest reservation point of the parties that want more (or the issue's lowest
   * option), the ceiling the lowest reservation point of those that want less (or its highest).
   *
   * @param issue the issue's name
   * @param floor the least value every party accepts
   * @param ceiling the greatest value every party accepts
   * @param floorSetters the parties whose reservation point is the floor; empty when the issue's range sets it
   * @param ceilingSetters the parties whose reservation point is the ceiling; empty when the issue's range sets it
   * @param options the issue's options between floor and ceiling
   */
  public record IssueRange(
      String issue,
      BigDecimal floor,
      BigDecimal ceiling,
      List<PartnerId> floorSetters,
      List<PartnerId> ceilingSetters,
      List<BigDecimal> options) {

    /** Copies the lists. */
    public IssueRange {
      Objects.requireNonNull(issue, "issue");
      Objects.requireNonNull(floor, "floor");
      Objects.requireNonNull(ceiling, "ceiling");
      floorSetters = List.copyOf(floorSetters);
      ceilingSetters = List.copyOf(ceilingSetters);
      options = List.copyOf(options);
    }

    /** @return true when the floor does not lie above the ceiling */
    public boolean overlaps() {
      return floor.compareTo(ceiling) <= 0;
    }

    /** @return by how much the ranges miss: floor minus ceiling, when positive */
    public Optional<BigDecimal> gap() {
      return overlaps() ? Optional.empty() : Optional.of(floor.subtract(ceiling));
    }

    @Override
    public String toString() {
      if (overlaps()) {
        return issue + ": " + floor.toPlainString() + ".." + ceiling.toPlainString() + " (" + options.size() + " option"
            + (options.size() == 1 ? "" : "s") + ")";
      }
      return issue + ": " + names(floorSetters) + " need" + (floorSetters.size() == 1 ? "s" : "") + " at least "
          + floor.toPlainString() + ", " + names(ceilingSetters) + " concede" + (ceilingSetters.size() == 1 ? "s" : "")
          + " at most " + ceiling.toPlainString() + ": they miss by " + gap().orElseThrow().toPlainString();
    }

    private static String names(List<PartnerId> parties) {
      return String.join(" and ", parties.stream().map(PartnerId::value).toList());
    }
  }

  /**
   * The offer that comes closest to a deal when every issue has common ground but no offer beats
   * every BATNA: it maximizes the worst party's utility minus BATNA.
   *
   * @param closest that offer
   * @param utilities each party's utility from it, against its BATNA
   * @param shortest the party left furthest below its BATNA
   * @param amount how far below: BATNA minus utility, positive
   */
  public record Shortfall(Offer closest, List<PartyUtility> utilities, PartnerId shortest, Rational amount) {
    /** Copies the utilities. */
    public Shortfall {
      Objects.requireNonNull(closest, "closest");
      utilities = List.copyOf(utilities);
      Objects.requireNonNull(shortest, "shortest");
      Objects.requireNonNull(amount, "amount");
    }

    @Override
    public String toString() {
      return "no package beats every BATNA: the closest, " + closest + ", leaves " + shortest + " " + Exact.format(amount)
          + " short of its BATNA";
    }
  }
}
