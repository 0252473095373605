package dev.alliance.core.negotiation;

import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.exact.Rational;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The power a better alternative gives at the table. The Nash bargaining solution rewards a party
 * for a strong BATNA: the better its walk-away option, the larger its share of the deal. This
 * measures that leverage by a counterfactual: the Nash solution as it is, next to the Nash solution
 * when every party's BATNA is set to the weakest party's. The difference in a party's utility is
 * what its BATNA advantage is worth to it.
 *
 * <pre>{@code
 * PowerAsymmetry power = bargaining.powerAsymmetry();
 * power.lines(); // [BATNA gap 0.500: ISR 0.600 against EGY 0.100,
 *                //  ISR: BATNA +0.500 over the weakest; Nash utility 0.900, 0.700 with equal BATNAs: leverage +0.200, ...]
 * }</pre>
 *
 * @param parties each party's leverage, in the negotiation's order
 * @param strongest the party with the best BATNA (the first, on a tie)
 * @param weakest the party with the worst BATNA (the first, on a tie)
 * @param gap the best BATNA minus the worst
 */
public record PowerAsymmetry(List<Leverage> parties, PartnerId strongest, PartnerId weakest, Rational gap) {

  /** Copies the parties. */
  public PowerAsymmetry {
    parties = List.copyOf(parties);
    Objects.requireNonNull(strongest, "strongest");
    Objects.requireNonNull(weakest, "weakest");
    Objects.requireNonNull(gap, "gap");
  }

  /** @return the explanation, one line each */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    Rational best = parties.stream().filter(l -> l.party().equals(strongest)).findFirst().orElseThrow().batna();
    Rational worst = parties.stream().filter(l -> l.party().equals(weakest)).findFirst().orElseThrow().batna();
    lines.add("BATNA gap " + Exact.format(gap) + ": " + strongest + " " + Exact.format(best) + " against " + weakest + " " + Exact.format(worst));
    parties.forEach(l -> lines.add(l.toString()));
    return lines;
  }

  /**
   * One party's leverage.
   *
   * @param party the party
   * @param batna its BATNA's worth
   * @param advantage its BATNA minus the weakest BATNA
   * @param nash its utility from the Nash solution; empty when there is none
   * @param nashWithEqualBatnas its utility from the Nash solution when every BATNA is the weakest;
   *     empty when there is none
   */
  public record Leverage(PartnerId party, Rational batna, Rational advantage, Optional<Rational> nash, Optional<Rational> nashWithEqualBatnas) {
    /** Checks for nulls. */
    public Leverage {
      Objects.requireNonNull(party, "party");
      Objects.requireNonNull(batna, "batna");
      Objects.requireNonNull(advantage, "advantage");
      Objects.requireNonNull(nash, "nash");
      Objects.requireNonNull(nashWithEqualBatnas, "nashWithEqualBatnas");
    }

    /** @return what the BATNA advantage is worth: Nash utility minus Nash utility with equal BATNAs */
    public Optional<Rational> leverage() {
      return nash.flatMap(n -> nashWithEqualBatnas.map(n::minus));
    }

    @Override
    public String toString() {
      String base = party + ": BATNA " + Exact.signed(advantage) + " over the weakest";
      if (leverage().isEmpty()) {
        return base + "; no Nash solution to compare";
      }
      return base + "; Nash utility " + Exact.format(nash.get()) + ", " + Exact.format(nashWithEqualBatnas.get())
          + " with equal BATNAs: leverage " + Exact.signed(leverage().get());
    }
  }
}
