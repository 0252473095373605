package dev.alliance.core.negotiation;

import dev.alliance.api.Checks;
import dev.alliance.api.negotiation.Batna;
import dev.alliance.api.negotiation.Issue;
import dev.alliance.api.negotiation.Negotiation;
import dev.alliance.api.negotiation.Offer;
import dev.alliance.api.negotiation.Party;
import dev.alliance.api.negotiation.Preference;
import dev.alliance.api.negotiation.Stance;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.exact.Rational;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Analyses a {@link Negotiation}: zones of possible agreement, whether an offer is acceptable to
 * each party, the Nash bargaining solution and the leverage a better BATNA gives, log-rolling
 * trades and package deals, and what a mediator's proposal does for each party. Every figure is
 * an exact fraction ({@link Rational}), every result explains itself.
 *
 * <h2>The utility model</h2>
 *
 * <p>Each party has a weighted, normalized, linear utility. On issue i, with ideal point I_i,
 * reservation point r_i and weight w_i, a value x is worth its progress from the reservation point
 * to the ideal, {@code (x - r_i) / (I_i - r_i)}: 0 at the reservation point, 1 at the ideal, capped
 * at 1 beyond the ideal, negative below the reservation point. (Where the ideal equals the
 * reservation point, every value at least that good is worth 1 and any other 0.) An offer is worth
 * the weighted mean of its terms' progress, {@code sum w_i progress_i / sum w_i}; within every
 * reservation point that lies in [0, 1]. The parties' scales are their own: 0 is a deal at every
 * reservation point, 1 a deal at every ideal point, and a BATNA is given on the same scale.
 *
 * <p>A party accepts an offer when every term is at least as good as its reservation point on that
 * issue and the offer is worth at least its BATNA. Searches run over the offers made of the issues'
 * options (the offer space); offers off the options can still be assessed.
 *
 * <pre>{@code
 * Bargaining table = Bargaining.of(negotiation);
 * table.zopa().isEmpty();                 // false
 * table.nash().orElseThrow().offer();     // {price=115, delivery=6}
 * table.assess(offer).isAcceptableToAll();
 * table.logRolling(seller, buyer, table.nash().orElseThrow().offer()).trades();
 * table.mediate(proposal).lines();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; the search behind {@link #zopa()} and {@link #nash()}
 * runs once, on first use. A search visits at most {@value OfferSpace#MAX_OFFERS} offers and
 * otherwise refuses with an {@link dev.alliance.api.InvalidValueException}.
 */
public final class Bargaining {
  private final Negotiation negotiation;
  private final UtilityTable table;
  private OfferSpace space;
  private Search search;

  private Bargaining(Negotiation negotiation) {
    this.negotiation = Objects.requireNonNull(negotiation, "negotiation");
    this.table = new UtilityTable(negotiation);
  }

  /**
   * @param negotiation a negotiation
   * @return its analysis
   */
  public static Bargaining of(Negotiation negotiation) {
    return new Bargaining(negotiation);
  }

  /** @return the negotiation analysed */
  public Negotiation negotiation() {
    return negotiation;
  }

  /**
   * @param party a party
   * @param offer an offer that fits the negotiation
   * @return what the offer is worth to the party
   */
  public Rational utility(PartnerId party, Offer offer) {
    negotiation.check(offer);
    return table.utility(index(party), offer);
  }

  /**
   * @param offer an offer that fits the negotiation
   * @return each party's verdict on it
   */
  public OfferAssessment assess(Offer offer) {
    negotiation.check(offer);
    List<OfferAssessment.Verdict> verdicts = new ArrayList<>();
    for (int p = 0; p < table.parties(); p++) {
      List<OfferAssessment.Objection> objections = new ArrayList<>();
      for (int i = 0; i < table.issues(); i++) {
        String issue = table.issue(i).name();
        Stance stance = table.stance(p, i);
        BigDecimal value = offer.term(issue);
        if (!stance.isAcceptable(value)) {
          objections.add(new OfferAssessment.Objection.OutsideReservation(issue, value, stance.reservation(), stance.preference()));
        }
      }
      Rational utility = table.utility(p, offer);
      if (utility.compareTo(table.batna(p)) < 0) {
        objections.add(new OfferAssessment.Objection.BelowBatna(utility, table.batna(p)));
      }
      verdicts.add(new OfferAssessment.Verdict(table.party(p).id(), utility, table.batna(p), objections));
    }
    return new OfferAssessment(offer, verdicts);
  }

  /** @return the zone of possible agreement, per issue and overall, or how far the positions miss */
  public Zopa zopa() {
    Search s = search();
    List<Zopa.IssueRange> ranges = new ArrayList<>();
    for (int i = 0; i < table.issues(); i++) {
      ranges.add(range(i));
    }
    Optional<Zopa.Shortfall> shortfall = Optional.empty();
    if (s.count == 0 && space().size().signum() > 0) {
      shortfall = Optional.of(shortfall());
    }
    return new Zopa(ranges, space().size(), BigInteger.valueOf(s.count), shortfall);
  }

  /**
   * @return the Nash bargaining solution over the offer space; empty when no offer is acceptable
   *     to every party
   */
  public Optional<NashSolution> nash() {
    Search s = search();
    if (s.best == null) {
      return Optional.empty();
    }
    Offer offer = space().offer(s.best);
    List<PartyUtility> utilities = new ArrayList<>();
    Rational product = Rational.ONE;
    for (int p = 0; p < table.parties(); p++) {
      Rational utility = space().utility(p, s.bestSums[p]);
      utilities.add(new PartyUtility(table.party(p).id(), utility, table.batna(p)));
      product = product.times(utility.minus(table.batna(p)));
    }
    return Optional.of(new NashSolution(offer, utilities, product, s.ties, BigInteger.valueOf(s.count)));
  }

  /** @return the leverage each party's BATNA gives it in the Nash bargaining solution */
  public PowerAsymmetry powerAsymmetry() {
    int strongest = 0;
    int weakest = 0;
    for (int p = 1; p < table.parties(); p++) {
      if (table.batna(p).compareTo(table.batna(strongest)) > 0) {
        strongest = p;
      }
      if (table.batna(p).compareTo(table.batna(weakest)) < 0) {
        weakest = p;
      }
    }
    BigDecimal weakestBatna = table.party(weakest).batna().utility();
    List<Party> equal = new ArrayList<>();
    for (Party party : negotiation.parties()) {
      equal.add(party.withBatna(new Batna("the weakest party's BATNA, for comparison", weakestBatna)));
    }
    Optional<NashSolution> actual = nash();
    Optional<NashSolution> counterfactual = Bargaining.of(negotiation.withParties(equal)).nash();
    List<PowerAsymmetry.Leverage> leverages = new ArrayList<>();
    for (int p = 0; p < table.parties(); p++) {
      int index = p;
      leverages.add(
          new PowerAsymmetry.Leverage(
              table.party(p).id(),
              table.batna(p),
              table.batna(p).minus(table.batna(weakest)),
              actual.map(n -> n.utilities().get(index).utility()),
              counterfactual.map(n -> n.utilities().get(index).utility())));
    }
    return new PowerAsymmetry(
        leverages, table.party(strongest).id(), table.party(weakest).id(), table.batna(strongest).minus(table.batna(weakest)));
  }

  /**
   * Integrative bargaining between two parties, measured from a reference offer.
   *
   * @param a a party
   * @param b another party
   * @param reference the offer improvements are measured from, such as the split down the middle
   * @return the priorities, the log-rolling trades and the package deals
   */
  public IntegrativeAnalysis logRolling(PartnerId a, PartnerId b, Offer reference) {
    int pa = index(a);
    int pb = index(b);
    Checks.check(pa != pb, "Bargaining.b", b, "must differ from the first party " + a);
    negotiation.check(reference);
    Rational[] base = new Rational[table.parties()];
    for (int p = 0; p < table.parties(); p++) {
      base[p] = table.utility(p, reference);
    }
    List<IntegrativeAnalysis.IssuePriority> priorities = new ArrayList<>();
    for (int i = 0; i < table.issues(); i++) {
      int c = table.share(pa, i).compareTo(table.share(pb, i));
      Optional<PartnerId> more = c > 0 ? Optional.of(a) : c < 0 ? Optional.of(b) : Optional.empty();
      priorities.add(new IntegrativeAnalysis.IssuePriority(table.issue(i).name(), table.share(pa, i), table.share(pb, i), more));
    }
    List<IntegrativeAnalysis.Trade> trades = new ArrayList<>();
    for (int i = 0; i < table.issues(); i++) {
      if (!priorities.get(i).valuedMoreBy().equals(Optional.of(a))) {
        continue;
      }
      for (int j = 0; j < table.issues(); j++) {
        if (priorities.get(j).valuedMoreBy().equals(Optional.of(b))) {
          trades.add(new IntegrativeAnalysis.Trade(table.issue(i).name(), table.issue(j).name(), trade(pa, pb, i, j, reference, base)));
        }
      }
    }
    Frontier frontier = new Frontier(pa, pb, base);
    space().forEach(frontier);
    List<IntegrativeAnalysis.PackageDeal> deals = new ArrayList<>();
    for (Map.Entry<BigInteger, Frontier.Point> e : frontier.points.descendingMap().entrySet()) {
      deals.add(deal(space().offer(e.getValue().choice), base));
    }
    return new IntegrativeAnalysis(a, b, reference, priorities, trades, deals, frontier.improving);
  }

  /**
   * What a mediator's proposal does for each party.
   *
   * @param proposal an offer that fits the negotiation
   * @return the report
   */
  public MediatorReport mediate(Offer proposal) {
    OfferAssessment assessment = assess(proposal);
    Map<PartnerId, List<MediatorReport.Concession>> concessions = new LinkedHashMap<>();
    for (int p = 0; p < table.parties(); p++) {
      List<MediatorReport.Concession> list = new ArrayList<>();
      for (int i = 0; i < table.issues(); i++) {
        Stance stance = table.stance(p, i);
        BigDecimal value = proposal.term(table.issue(i).name());
        list.add(
            new MediatorReport.Concession(
                table.issue(i).name(), value, stance.ideal(), stance.reservation(), Rational.ONE.minus(table.progress(p, i, value))));
      }
      concessions.put(table.party(p).id(), list);
    }
    Rational[] utilities = new Rational[table.parties()];
    for (int p = 0; p < table.parties(); p++) {
      utilities[p] = assessment.parties().get(p).utility();
    }
    return new MediatorReport(assessment, concessions, dominating(utilities), nash());
  }

  // ---- searches ----

  private synchronized OfferSpace space() {
    if (space == null) {
      space = new OfferSpace(table);
    }
    return space;
  }

  private synchronized Search search() {
    if (search == null) {
      Search s = new Search(space());
      space().forEach(s);
      search = s;
    }
    return search;
  }

  /**
   * The pass behind {@link #zopa()} and {@link #nash()}: counts the acceptable offers and keeps the
   * one with the largest product of gains (ties: larger sum of gains, then first visited).
   */
  private static final class Search implements OfferSpace.Visitor {
    private final OfferSpace space;
    private final int parties;
    private final boolean fast;
    private final BigInteger[] tieFactors;
    private long count;
    private int[] best;
    private BigInteger[] bestSums;
    private long bestHi;
    private long bestLo;
    private BigInteger bestProduct;
    private BigInteger bestTieKey;
    private long ties;

    private Search(OfferSpace space) {
      this.space = space;
      this.parties = space.parties();
      this.fast = space.isLongPath() && parties == 2;
      BigInteger lcm = BigInteger.ONE;
      for (int p = 0; p < parties; p++) {
        lcm = Exact.lcm(lcm, space.scale(p));
      }
      this.tieFactors = new BigInteger[parties];
      for (int p = 0; p < parties; p++) {
        tieFactors[p] = lcm.divide(space.scale(p));
      }
    }

    @Override
    public boolean visit(OfferSpace.Cursor cursor) {
      if (!cursor.acceptableToAll()) {
        return true;
      }
      count++;
      int c;
      long hi = 0;
      long lo = 0;
      BigInteger product = null;
      if (fast) {
        long g0 = cursor.sumLong(0) - space.batna(0).longValue();
        long g1 = cursor.sumLong(1) - space.batna(1).longValue();
        hi = Math.multiplyHigh(g0, g1);
        lo = g0 * g1;
        c = best == null ? 1 : hi != bestHi ? Long.compare(hi, bestHi) : Long.compareUnsigned(lo, bestLo);
      } else {
        product = BigInteger.ONE;
        for (int p = 0; p < parties; p++) {
          product = product.multiply(cursor.gain(p));
        }
        c = best == null ? 1 : product.compareTo(bestProduct);
      }
      if (c > 0) {
        keep(cursor, hi, lo, product, null);
        ties = 1;
      } else if (c == 0) {
        ties++;
        BigInteger key = tieKey(cursor);
        if (bestTieKey == null) {
          bestTieKey = tieKeyOfBest();
        }
        if (key.compareTo(bestTieKey) > 0) {
          keep(cursor, hi, lo, product, key);
        }
      }
      return true;
    }

    private void keep(OfferSpace.Cursor cursor, long hi, long lo, BigInteger product, BigInteger key) {
      best = cursor.choice().clone();
      bestSums = new BigInteger[parties];
      for (int p = 0; p < parties; p++) {
        bestSums[p] = cursor.sum(p);
      }
      bestHi = hi;
      bestLo = lo;
      bestProduct = product;
      bestTieKey = key;
    }

    /** The sum of the gains, written over the common denominator of all parties. */
    private BigInteger tieKey(OfferSpace.Cursor cursor) {
      BigInteger key = BigInteger.ZERO;
      for (int p = 0; p < parties; p++) {
        key = key.add(cursor.gain(p).multiply(tieFactors[p]));
      }
      return key;
    }

    private BigInteger tieKeyOfBest() {
      BigInteger key = BigInteger.ZERO;
      for (int p = 0; p < parties; p++) {
        key = key.add(bestSums[p].subtract(space.batna(p)).multiply(tieFactors[p]));
      }
      return key;
    }
  }

  /** The closest offer to a deal: the largest least gain over BATNA, as exact fractions. */
  private Zopa.Shortfall shortfall() {
    OfferSpace s = space();
    int parties = table.parties();
    int[][] best = new int[1][];
    BigInteger[] bestGain = new BigInteger[1];
    int[] bestParty = new int[1];
    s.forEach(
        cursor -> {
          int worst = 0;
          for (int p = 1; p < parties; p++) {
            // gain_p / D_p < gain_worst / D_worst, cross-multiplied (denominators are positive)
            if (cursor.gain(p).multiply(s.scale(worst)).compareTo(cursor.gain(worst).multiply(s.scale(p))) < 0) {
              worst = p;
            }
          }
          BigInteger gain = cursor.gain(worst);
          if (best[0] == null
              || gain.multiply(s.scale(bestParty[0])).compareTo(bestGain[0].multiply(s.scale(worst))) > 0) {
            best[0] = cursor.choice().clone();
            bestGain[0] = gain;
            bestParty[0] = worst;
          }
          return true;
        });
    Offer closest = s.offer(best[0]);
    List<PartyUtility> utilities = new ArrayList<>();
    for (int p = 0; p < parties; p++) {
      utilities.add(new PartyUtility(table.party(p).id(), table.utility(p, closest), table.batna(p)));
    }
    return new Zopa.Shortfall(closest, utilities, table.party(bestParty[0]).id(), s.utility(bestParty[0], bestGain[0]).negate());
  }

  private Zopa.IssueRange range(int i) {
    Issue issue = table.issue(i);
    BigDecimal floor = issue.low();
    BigDecimal ceiling = issue.high();
    for (int p = 0; p < table.parties(); p++) {
      Stance stance = table.stance(p, i);
      if (stance.preference() == Preference.MORE_IS_BETTER) {
        floor = floor.max(stance.reservation());
      } else {
        ceiling = ceiling.min(stance.reservation());
      }
    }
    List<PartnerId> floorSetters = new ArrayList<>();
    List<PartnerId> ceilingSetters = new ArrayList<>();
    for (int p = 0; p < table.parties(); p++) {
      Stance stance = table.stance(p, i);
      if (stance.preference() == Preference.MORE_IS_BETTER && stance.reservation().compareTo(floor) == 0) {
        floorSetters.add(table.party(p).id());
      } else if (stance.preference() == Preference.LESS_IS_BETTER && stance.reservation().compareTo(ceiling) == 0) {
        ceilingSetters.add(table.party(p).id());
      }
    }
    BigDecimal lo = floor;
    BigDecimal hi = ceiling;
    List<BigDecimal> options = issue.options().stream().filter(v -> v.compareTo(lo) >= 0 && v.compareTo(hi) <= 0).toList();
    return new Zopa.IssueRange(issue.name(), floor, ceiling, floorSetters, ceilingSetters, options);
  }

  /** The best package that changes only issues i and j of the reference and leaves a and b better off. */
  private Optional<IntegrativeAnalysis.PackageDeal> trade(int pa, int pb, int i, int j, Offer reference, Rational[] base) {
    OfferSpace s = space();
    Offer best = null;
    Rational bestProduct = null;
    Rational bestSum = null;
    for (BigDecimal vi : s.boxValues(i)) {
      for (BigDecimal vj : s.boxValues(j)) {
        Offer candidate = reference.with(table.issue(i).name(), vi).with(table.issue(j).name(), vj);
        if (!assess(candidate).isAcceptableToAll()) {
          continue;
        }
        boolean improves = true;
        Rational ga = null;
        Rational gb = null;
        for (int p = 0; p < table.parties() && improves; p++) {
          Rational gain = table.utility(p, candidate).minus(base[p]);
          boolean strict = p == pa || p == pb;
          improves = strict ? gain.signum() > 0 : gain.signum() >= 0;
          if (p == pa) {
            ga = gain;
          } else if (p == pb) {
            gb = gain;
          }
        }
        if (!improves) {
          continue;
        }
        Rational product = ga.times(gb);
        Rational sum = ga.plus(gb);
        if (best == null || product.compareTo(bestProduct) > 0 || product.compareTo(bestProduct) == 0 && sum.compareTo(bestSum) > 0) {
          best = candidate;
          bestProduct = product;
          bestSum = sum;
        }
      }
    }
    return Optional.ofNullable(best).map(offer -> deal(offer, base));
  }

  private IntegrativeAnalysis.PackageDeal deal(Offer offer, Rational[] base) {
    List<PartyUtility> utilities = new ArrayList<>();
    for (int p = 0; p < table.parties(); p++) {
      utilities.add(new PartyUtility(table.party(p).id(), table.utility(p, offer), base[p]));
    }
    return new IntegrativeAnalysis.PackageDeal(offer, utilities);
  }

  /**
   * Streams the offers that leave a and b better off than the reference and no one worse off, and
   * keeps the staircase of those no other improves on for both: x = a's sum, y = b's sum, y
   * strictly falling as x rises.
   */
  private final class Frontier implements OfferSpace.Visitor {
    private final int pa;
    private final int pb;
    private final BigInteger[] bounds;
    private final TreeMap<BigInteger, Point> points = new TreeMap<>();
    private long improving;

    private record Point(BigInteger y, int[] choice) {}

    private Frontier(int pa, int pb, Rational[] base) {
      this.pa = pa;
      this.pb = pb;
      OfferSpace s = space();
      this.bounds = new BigInteger[table.parties()];
      for (int p = 0; p < table.parties(); p++) {
        BigInteger improve = s.bound(p, base[p], p == pa || p == pb);
        bounds[p] = improve.max(s.batna(p));
      }
    }

    @Override
    public boolean visit(OfferSpace.Cursor cursor) {
      for (int p = 0; p < bounds.length; p++) {
        if (cursor.sum(p).compareTo(bounds[p]) < 0) {
          return true;
        }
      }
      improving++;
      BigInteger x = cursor.sum(pa);
      BigInteger y = cursor.sum(pb);
      Map.Entry<BigInteger, Point> above = points.ceilingEntry(x);
      if (above != null && above.getValue().y().compareTo(y) >= 0) {
        return true;
      }
      Map.Entry<BigInteger, Point> below = points.floorEntry(x);
      while (below != null && below.getValue().y().compareTo(y) <= 0) {
        points.remove(below.getKey());
        below = points.floorEntry(x);
      }
      points.put(x, new Point(y, cursor.choice().clone()));
      return true;
    }
  }

  /** An acceptable offer at least as good as the given utilities for all and better for one. */
  private Optional<Offer> dominating(Rational[] utilities) {
    OfferSpace s = space();
    int parties = table.parties();
    BigInteger[] atLeast = new BigInteger[parties];
    BigInteger[] above = new BigInteger[parties];
    for (int p = 0; p < parties; p++) {
      atLeast[p] = s.bound(p, utilities[p], false).max(s.batna(p));
      above[p] = s.bound(p, utilities[p], true);
    }
    int[][] found = new int[1][];
    s.forEach(
        cursor -> {
          boolean better = false;
          for (int p = 0; p < parties; p++) {
            BigInteger sum = cursor.sum(p);
            if (sum.compareTo(atLeast[p]) < 0) {
              return true;
            }
            better |= sum.compareTo(above[p]) >= 0;
          }
          if (better) {
            found[0] = cursor.choice().clone();
            return false;
          }
          return true;
        });
    return Optional.ofNullable(found[0]).map(s::offer);
  }

  private int index(PartnerId party) {
    Objects.requireNonNull(party, "party");
    List<Party> parties = negotiation.parties();
    for (int p = 0; p < parties.size(); p++) {
      if (parties.get(p).id().equals(party)) {
        return p;
      }
    }
    throw new dev.alliance.api.InvalidValueException("Bargaining.party", party, "is not a party to \"" + negotiation.title() + "\"");
  }

  @Override
  public String toString() {
    return "Bargaining[" + negotiation.title() + ": " + negotiation.parties().stream().map(Party::id).toList() + " on "
        + negotiation.issues().stream().map(Issue::name).toList() + "]";
  }
}
