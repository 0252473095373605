package dev.alliance.core.negotiation;

import dev.alliance.api.InvalidValueException;
import dev.alliance.api.negotiation.Issue;
import dev.alliance.api.negotiation.Offer;
import dev.alliance.core.exact.Rational;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The offers worth searching: one option of each issue, each option within every party's
 * reservation point on that issue (the box of per-issue zones of agreement). Offers outside the box
 * are unacceptable to someone by their terms alone, so no search needs them.
 *
 * <p>Utilities are exact and cheap: party p's utility from an option is a fraction, and all of p's
 * fractions are written over one common denominator D_p, so that an offer's utility is a sum of
 * integers over D_p. Within the box every contribution lies between 0 and the issue's weight share,
 * so the sums stay below D_p; when every D_p is below 2^61 the search runs on {@code long}s,
 * otherwise on {@link BigInteger}s. Offers are visited in odometer order: the first issue slowest,
 * the last fastest, options ascending.
 */
final class OfferSpace {
  /** The most offers one search visits. */
  static final long MAX_OFFERS = 1L << 25;

  private final UtilityTable table;
  private final int parties;
  private final int issues;
  private final int[][] box;
  private final BigInteger[] scale;
  private final BigInteger[][][] numerators;
  private final long[][][] numeratorsLong;
  private final BigInteger[] batnas;
  private final boolean longPath;

  OfferSpace(UtilityTable table) {
    this.table = table;
    this.parties = table.parties();
    this.issues = table.issues();
    this.box = new int[issues][];
    for (int i = 0; i < issues; i++) {
      List<BigDecimal> options = table.issue(i).options();
      int[] inside = new int[options.size()];
      int n = 0;
      for (int k = 0; k < options.size(); k++) {
        boolean acceptable = true;
        for (int p = 0; p < parties && acceptable; p++) {
          acceptable = table.stance(p, i).isAcceptable(options.get(k));
        }
        if (acceptable) {
          inside[n++] = k;
        }
      }
      box[i] = java.util.Arrays.copyOf(inside, n);
    }
    Rational[][][] fractions = new Rational[parties][issues][];
    this.scale = new BigInteger[parties];
    this.batnas = new BigInteger[parties];
    this.numerators = new BigInteger[parties][issues][];
    boolean fits = true;
    for (int p = 0; p < parties; p++) {
      BigInteger d = table.batna(p).denominator();
      for (int i = 0; i < issues; i++) {
        List<BigDecimal> options = table.issue(i).options();
        fractions[p][i] = new Rational[box[i].length];
        for (int j = 0; j < box[i].length; j++) {
          Rational c = table.contribution(p, i, options.get(box[i][j]));
          fractions[p][i][j] = c;
          d = Exact.lcm(d, c.denominator());
        }
      }
      scale[p] = d;
      batnas[p] = table.batna(p).numerator().multiply(d.divide(table.batna(p).denominator()));
      for (int i = 0; i < issues; i++) {
        numerators[p][i] = new BigInteger[box[i].length];
        for (int j = 0; j < box[i].length; j++) {
          Rational c = fractions[p][i][j];
          numerators[p][i][j] = c.numerator().multiply(d.divide(c.denominator()));
        }
      }
      fits &= d.bitLength() < 61;
    }
    this.longPath = fits;
    this.numeratorsLong = fits ? new long[parties][issues][] : null;
    if (fits) {
      for (int p = 0; p < parties; p++) {
        for (int i = 0; i < issues; i++) {
          numeratorsLong[p][i] = new long[box[i].length];
          for (int j = 0; j < box[i].length; j++) {
            numeratorsLong[p][i][j] = numerators[p][i][j].longValueExact();
          }
        }
      }
    }
  }

  UtilityTable table() {
    return table;
  }

  int parties() {
    return parties;
  }

  boolean isLongPath() {
    return longPath;
  }

  /** @return the options of issue i inside the box, as indices into the issue's options */
  int[] box(int i) {
    return box[i];
  }

  /** @return the number of offers in the box */
  BigInteger size() {
    BigInteger size = BigInteger.ONE;
    for (int[] options : box) {
      size = size.multiply(BigInteger.valueOf(options.length));
    }
    return size;
  }

  /** @return D_p, party p's common denominator */
  BigInteger scale(int p) {
    return scale[p];
  }

  /** @return party p's BATNA times D_p: an offer is worth the BATNA to p when its sum reaches this */
  BigInteger batna(int p) {
    return batnas[p];
  }

  /** @return the least sum S with S / D_p at least (strict: above) a utility */
  BigInteger bound(int p, Rational utility, boolean strict) {
    return Exact.ceiling(utility.times(Rational.of(scale[p])), strict);
  }

  Rational utility(int p, BigInteger sum) {
    return Rational.of(sum, scale[p]);
  }

  /** @return the offer a cursor's choice names: option box[i][choice[i]] of each issue */
  Offer offer(int[] choice) {
    Map<String, BigDecimal> terms = new LinkedHashMap<>();
    for (int i = 0; i < issues; i++) {
      Issue issue = table.issue(i);
      terms.put(issue.name(), issue.options().get(box[i][choice[i]]));
    }
    return Offer.of(terms);
  }

  /** Receives each offer of a search. */
  interface Visitor {
    /**
     * @param cursor the current offer; valid only during the call
     * @return true to go on, false to stop the search here
     */
    boolean visit(Cursor cursor);
  }

  /** The offer being visited: its choice of options and each party's utility sum. */
  final class Cursor {
    private final int[] choice = new int[issues];
    private final long[][] partialLong = longPath ? new long[parties][issues + 1] : null;
    private final BigInteger[][] partial = longPath ? null : new BigInteger[parties][issues + 1];

    /** @return for each issue, the position of the chosen option within the box */
    int[] choice() {
      return choice;
    }

    /** @return party p's utility times D_p (long search only) */
    long sumLong(int p) {
      return partialLong[p][issues];
    }

    /** @return party p's utility times D_p */
    BigInteger sum(int p) {
      return longPath ? BigInteger.valueOf(partialLong[p][issues]) : partial[p][issues];
    }

    /** @return party p's utility minus its BATNA, times D_p */
    BigInteger gain(int p) {
      return sum(p).subtract(batnas[p]);
    }

    /** @return true when the offer gives every party at least its BATNA */
    boolean acceptableToAll() {
      for (int p = 0; p < parties; p++) {
        if (longPath ? partialLong[p][issues] < batnas[p].longValue() : partial[p][issues].compareTo(batnas[p]) < 0) {
          return false;
        }
      }
      return true;
    }

    private void set(int from) {
      for (int i = from; i < issues; i++) {
        int j = choice[i];
        for (int p = 0; p < parties; p++) {
          if (longPath) {
            partialLong[p][i + 1] = partialLong[p][i] + numeratorsLong[p][i][j];
          } else {
            partial[p][i + 1] = partial[p][i].add(numerators[p][i][j]);
          }
        }
      }
    }
  }

  /**
   * Visits every offer of the box.
   *
   * @throws InvalidValueException when the box holds more than {@link #MAX_OFFERS} offers
   */
  void forEach(Visitor visitor) {
    BigInteger size = size();
    if (size.compareTo(BigInteger.valueOf(MAX_OFFERS)) > 0) {
      throw new InvalidValueException(
          "Negotiation.issues",
          size,
          "the offers within every party's reservation points number " + size + "; at most " + MAX_OFFERS
              + " can be searched exactly: use coarser steps or fewer options");
    }
    if (size.signum() == 0) {
      return;
    }
    Cursor cursor = new Cursor();
    if (!longPath) {
      for (int p = 0; p < parties; p++) {
        cursor.partial[p][0] = BigInteger.ZERO;
      }
    }
    cursor.set(0);
    while (true) {
      if (!visitor.visit(cursor)) {
        return;
      }
      int i = issues - 1;
      while (i >= 0 && ++cursor.choice[i] == box[i].length) {
        cursor.choice[i] = 0;
        i--;
      }
      if (i < 0) {
        return;
      }
      cursor.set(i);
    }
  }

  /** @return the offers' options of issue i inside the box, as values */
  List<BigDecimal> boxValues(int i) {
    List<BigDecimal> values = new ArrayList<>(box[i].length);
    for (int k : box[i]) {
      values.add(table.issue(i).options().get(k));
    }
    return values;
  }
}
