package dev.alliance.examples.burden;

import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.burden.BurdenEntry;
import dev.alliance.core.burden.BurdenReport;
import dev.alliance.core.burden.BurdenSharing;
import dev.alliance.core.burden.FreeRiderRule;
import dev.alliance.core.burden.Target;
import dev.alliance.core.exact.Rational;
import dev.alliance.examples.Example;
import dev.alliance.examples.Report;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * NATO's burden-sharing in 2024 against the guideline of spending 2% of GDP on defence.
 *
 * <p>Figures: NATO, "Defence Expenditure of NATO Countries (2014-2024)", press release of 17 June
 * 2024, estimates for 2024: defence expenditure as a share of real GDP (2015 prices) for the 31
 * Allies that have armed forces (Iceland has none and is not listed), and defence expenditure in
 * million US dollars at current prices for the United States (967,707) and for all Allies
 * (1,474,399). The shares of GDP were cross-checked against two independent reports of the release
 * (Graphic News, July 2024; European Pravda, 18 June 2024), which agree figure for figure on the
 * allies they list; the dollar totals as reported by Ukrinform and Correspondent.net, 18 June 2024.
 *
 * <p>Only the ratios are given for every ally, so the analysis reports ratios, the target and the
 * Gini coefficient; shares of the alliance's spending need every ally's amounts, which this example
 * does not carry (the United States' share is computed from the two published totals).
 */
public final class NatoBurdenSharing implements Example {
  /** The guideline, agreed by NATO defence ministers in 2006 and reaffirmed at Wales in 2014. */
  public static final Target GUIDELINE = new Target("NATO guideline: 2% of GDP on defence", new BigDecimal("0.02"));
  /** United States defence expenditure, 2024 estimate, million US dollars at current prices. */
  public static final BigDecimal US_SPENDING = new BigDecimal("967707");
  /** All Allies' defence expenditure, 2024 estimate, million US dollars at current prices. */
  public static final BigDecimal ALLIED_SPENDING = new BigDecimal("1474399");

  /** Defence expenditure as a share of real GDP, per cent, 2024 estimates, in NATO's order (highest first). */
  static final Map<String, String> SHARE_OF_GDP_2024 = shares();

  private static Map<String, String> shares() {
    String[][] rows = {
      {"POL", "4.12"}, {"EST", "3.43"}, {"USA", "3.38"}, {"LVA", "3.15"}, {"GRC", "3.08"}, {"LTU", "2.85"},
      {"FIN", "2.41"}, {"DNK", "2.37"}, {"GBR", "2.33"}, {"ROU", "2.25"}, {"MKD", "2.22"}, {"NOR", "2.20"},
      {"BGR", "2.18"}, {"SWE", "2.14"}, {"DEU", "2.12"}, {"HUN", "2.11"}, {"CZE", "2.10"}, {"TUR", "2.09"},
      {"FRA", "2.06"}, {"NLD", "2.05"}, {"ALB", "2.03"}, {"MNE", "2.02"}, {"SVK", "2.00"}, {"HRV", "1.81"},
      {"PRT", "1.55"}, {"ITA", "1.49"}, {"CAN", "1.37"}, {"BEL", "1.30"}, {"LUX", "1.29"}, {"SVN", "1.29"},
      {"ESP", "1.28"}
    };
    Map<String, String> shares = new LinkedHashMap<>();
    for (String[] row : rows) {
      shares.put(row[0], row[1]);
    }
    return shares;
  }

  @Override
  public String title() {
    return "NATO burden-sharing against the 2% guideline (2024 estimates)";
  }

  @Override
  public String lesson() {
    return "A free rider is only as well defined as the rule that flags it: against the stated rule of"
        + " spending 2% of GDP on defence, 23 of the 31 allies with armed forces met it in 2024 and eight"
        + " fell short, from Croatia at 1.81% to Spain at 1.28%. The ratios are unequal but not wildly so"
        + " (Gini 0.16), while one ally, the United States, carried about two thirds of all allied spending.";
  }

  /** @return the analysis: ratios, the 2% target, the below-target rule */
  BurdenReport analysis() {
    List<BurdenEntry> entries = new ArrayList<>();
    SHARE_OF_GDP_2024.forEach((ally, percent) -> entries.add(BurdenEntry.ofRatio(PartnerId.of(ally), new BigDecimal(percent).movePointLeft(2))));
    return BurdenSharing.of(entries).withTarget(GUIDELINE).withRule(FreeRiderRule.belowTarget()).report();
  }

  /** @return the United States' share of all allied defence spending, from the published totals */
  Rational usShareOfSpending() {
    return Rational.of(US_SPENDING).dividedBy(Rational.of(ALLIED_SPENDING));
  }

  @Override
  public Report run() {
    BurdenReport report = analysis();
    Report.Builder out = Report.of(this);
    out.line("Defence expenditure as a share of GDP, 2024 estimates (NATO, 17 June 2024):");
    report.lines().forEach(line -> out.line("  " + line));
    out.line(
        "United States: " + US_SPENDING.toPlainString() + " of " + ALLIED_SPENDING.toPlainString() + " million USD of allied defence spending = "
            + usShareOfSpending().times(Rational.of(100)).toBigDecimal(1, RoundingMode.HALF_EVEN) + "%");
    return out.build();
  }

  /**
   * Runs this example alone.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Example.runAlone(new NatoBurdenSharing());
  }
}
