package dev.alliance.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.alliance.api.negotiation.Batna;
import dev.alliance.api.negotiation.Issue;
import dev.alliance.api.negotiation.Negotiation;
import dev.alliance.api.negotiation.Offer;
import dev.alliance.api.negotiation.Party;
import dev.alliance.api.negotiation.Preference;
import dev.alliance.api.negotiation.Stance;
import dev.alliance.api.partner.PartnerId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quicktheories.core.Gen;

/**
 * Generators for negotiations and offers. Negotiations have two or three parties and one to three
 * issues of one to six options (whole numbers, or halves), so that a test can afford to enumerate
 * every offer as an independent check. Every party takes a random stance on every issue (ideal and
 * reservation points on the options or halfway between two), with weights from 0 to 4 (at least one
 * positive) and a BATNA from 0 to 0.5.
 *
 * <p>Values are read off a tape of random integers, so a failing negotiation shrinks toward fewer
 * parties, fewer issues, fewer options and zero weights and BATNAs.
 *
 * <pre>{@code
 * qt().forAll(NegotiationGenerators.negotiations()).checkAssert(n -> ...);
 * qt().forAll(NegotiationGenerators.negotiationsWithOffers()).checkAssert(pair -> ...);
 * }</pre>
 */
public final class NegotiationGenerators {
  private static final int TAPE = 80;

  private NegotiationGenerators() {}

  /** @return random negotiations */
  public static Gen<Negotiation> negotiations() {
    return tapes().map(NegotiationGenerators::negotiation).describedAs(NegotiationGenerators::describe);
  }

  /** @return random negotiations with one offer made of each issue's options */
  public static Gen<Map.Entry<Negotiation, Offer>> negotiationsWithOffers() {
    return tapes()
        .zip(tapes(), (a, b) -> Map.entry(negotiation(a), b))
        .map(e -> Map.entry(e.getKey(), offer(e.getKey(), e.getValue())))
        .describedAs(e -> describe(e.getKey()) + " offer " + e.getValue());
  }

  /**
   * @param negotiation a negotiation
   * @param tape random integers
   * @return an offer made of one option of each issue, chosen by the tape
   */
  public static Offer offer(Negotiation negotiation, List<Integer> tape) {
    Map<String, BigDecimal> terms = new LinkedHashMap<>();
    int t = 0;
    for (Issue issue : negotiation.issues()) {
      terms.put(issue.name(), issue.options().get(tape.get(t++ % tape.size()) % issue.options().size()));
    }
    return Offer.of(terms);
  }

  private static Gen<List<Integer>> tapes() {
    return lists().of(integers().between(0, 1_000)).ofSize(TAPE);
  }

  private static Negotiation negotiation(List<Integer> tape) {
    Tape t = new Tape(tape);
    int parties = 2 + t.next(2);
    int issues = 1 + t.next(3);
    List<Issue> list = new ArrayList<>();
    for (int i = 0; i < issues; i++) {
      int size = 1 + t.next(6);
      int start = t.next(5);
      int step = 1 + t.next(4);
      boolean halves = t.next(2) == 1;
      List<BigDecimal> options = new ArrayList<>();
      for (int k = 0; k < size; k++) {
        BigDecimal v = BigDecimal.valueOf(start + (long) k * step);
        options.add(halves ? v.divide(BigDecimal.valueOf(2)) : v);
      }
      list.add(new Issue("I" + i, "units", options));
    }
    Negotiation.Builder builder = Negotiation.builder().title("generated").addAllIssues(list);
    for (int p = 0; p < parties; p++) {
      Party.Builder party = Party.builder().id(PartnerId.of("N" + p)).name("Party " + p);
      BigDecimal total = BigDecimal.ZERO;
      List<Stance> stances = new ArrayList<>();
      for (Issue issue : list) {
        Preference preference = t.next(2) == 0 ? Preference.MORE_IS_BETTER : Preference.LESS_IS_BETTER;
        BigDecimal a = point(issue, t.next(2 * issue.options().size() - 1));
        BigDecimal b = point(issue, t.next(2 * issue.options().size() - 1));
        BigDecimal low = a.min(b);
        BigDecimal high = a.max(b);
        BigDecimal weight = BigDecimal.valueOf(t.next(5));
        total = total.add(weight);
        stances.add(
            preference == Preference.MORE_IS_BETTER
                ? new Stance(preference, high, low, weight)
                : new Stance(preference, low, high, weight));
      }
      for (int i = 0; i < list.size(); i++) {
        Stance s = stances.get(i);
        if (i == 0 && total.signum() == 0) {
          s = new Stance(s.preference(), s.ideal(), s.reservation(), BigDecimal.ONE);
        }
        party.putStances(list.get(i).name(), s);
      }
      party.batna(new Batna("walk away", BigDecimal.valueOf(t.next(6), 1)));
      builder.addParties(party.build());
    }
    return builder.build();
  }

  /** An option (even positions) or the midpoint of two neighbouring options (odd positions). */
  private static BigDecimal point(Issue issue, int position) {
    List<BigDecimal> options = issue.options();
    if (position % 2 == 0) {
      return options.get(position / 2);
    }
    return options.get(position / 2).add(options.get(position / 2 + 1)).divide(BigDecimal.valueOf(2));
  }

  private static String describe(Negotiation n) {
    StringBuilder text = new StringBuilder();
    for (Issue issue : n.issues()) {
      text.append(issue.name()).append(issue.options()).append(' ');
    }
    for (Party p : n.parties()) {
      text.append(p.id()).append("{batna ").append(p.batna().utility().toPlainString());
      p.stances().forEach(
          (issue, s) -> text.append(", ").append(issue).append(' ').append(s.preference() == Preference.MORE_IS_BETTER ? "+" : "-")
              .append(" ideal ").append(s.ideal().toPlainString()).append(" res ").append(s.reservation().toPlainString())
              .append(" w ").append(s.weight().toPlainString()));
      text.append("} ");
    }
    return text.toString().strip();
  }

  /** Reads bounded values off the tape in order. */
  private static final class Tape {
    private final List<Integer> values;
    private int at;

    private Tape(List<Integer> values) {
      this.values = values;
    }

    private int next(int bound) {
      return bound <= 1 ? 0 : values.get(at++ % values.size()) % bound;
    }
  }
}
