package dev.alliance.examples.negotiation;

import dev.alliance.api.negotiation.Batna;
import dev.alliance.api.negotiation.Issue;
import dev.alliance.api.negotiation.Negotiation;
import dev.alliance.api.negotiation.Offer;
import dev.alliance.api.negotiation.Party;
import dev.alliance.api.negotiation.Preference;
import dev.alliance.api.negotiation.Stance;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.negotiation.Bargaining;
import dev.alliance.core.negotiation.IntegrativeAnalysis;
import dev.alliance.core.negotiation.MediatorReport;
import dev.alliance.core.negotiation.NashSolution;
import dev.alliance.core.negotiation.Zopa;
import dev.alliance.examples.Example;
import dev.alliance.examples.Report;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Camp David Accords: Egypt and Israel had no zone of possible agreement on their own
 * positions; the package President Carter mediated, land for peace, created one.
 *
 * <p>History: Sadat, Begin and Carter met at Camp David from 5 to 17 September 1978 and signed two
 * frameworks on 17 September, one for a peace treaty between Egypt and Israel and one for talks on
 * Palestinian self-government in the West Bank and Gaza. The treaty followed on 26 March 1979:
 * Israel withdrew from all of the Sinai, its settlements included (completed in 1982), under limits
 * on the forces either side could station there; Egypt made peace, recognised Israel and opened
 * normal relations. The talks turned on two questions, the Sinai and the Palestinians: Sadat had
 * demanded Israel's complete withdrawal to the 1967 lines; Begin resisted territorial concessions
 * and offered the Palestinians autonomy, not a state.
 *
 * <p>Modelling choices, not history: the issues' scales, the parties' ideal and reservation
 * points, their weights and their BATNAs are stylized readings of those positions, chosen so that
 * each number can be checked by hand. On their positions the parties bargain over two issues, the
 * share of the Sinai returned and how far the accord commits to Palestinian self-determination
 * (0: nothing, 100: a state). The mediator's package adds the two issues Israel valued most, the
 * Sinai's demilitarisation and full peace with recognition, and moves the Palestinian question into
 * a framework of its own, so that each side can accept on one issue what it refused while it
 * stood alone: Israel the return of the whole Sinai, Egypt a framework for autonomy talks.
 */
public final class CampDavid implements Example {
  /** Egypt. */
  public static final PartnerId EGY = PartnerId.of("EGY");
  /** Israel. */
  public static final PartnerId ISR = PartnerId.of("ISR");
  static final String SINAI = "Sinai returned";
  static final String PALESTINE = "Palestinian settlement";
  static final String DEMILITARISED = "Sinai demilitarised";
  static final String PEACE = "peace and recognition";

  @Override
  public String title() {
    return "The Camp David Accords (1978): a mediator's package creates a zone of agreement";
  }

  @Override
  public String lesson() {
    return "On their own positions Egypt and Israel had no deal to find: Egypt's demands and Israel's"
        + " limits missed by 10 points on the Sinai and 50 on the Palestinian question. Carter's package"
        + " added what each valued most from the other (the whole Sinai for Egypt; peace, recognition and"
        + " a demilitarised Sinai for Israel) and gave the Palestinian question a framework of its own:"
        + " both then gain over their alternatives, and no other package is better for one without being"
        + " worse for the other.";
  }

  /** @return the negotiation on the parties' positions: two issues, positions as reservation points */
  Negotiation positions() {
    Party egypt =
        party(EGY, "Egypt", Batna.of("no peace, the Sinai occupied, another war at great cost", "0.2"))
            .putStances(SINAI, new Stance(Preference.MORE_IS_BETTER, bd(100), bd(100), bd(3)))
            .putStances(PALESTINE, Stance.of(bd(100), bd(80), bd(2)))
            .build();
    Party israel =
        party(ISR, "Israel", Batna.of("keep the Sinai, in a state of war with Egypt", "0.3"))
            .putStances(SINAI, Stance.of(bd(70), bd(90), bd(1)))
            .putStances(PALESTINE, Stance.of(bd(0), bd(30), bd(2)))
            .build();
    return Negotiation.builder()
        .title("Egypt and Israel on their positions")
        .addIssues(percent(SINAI, "% of the Sinai returned to Egypt"), percent(PALESTINE, "0 nothing .. 100 a Palestinian state"))
        .addParties(egypt, israel)
        .build();
  }

  /** @return the negotiation the mediator's package frames: four issues, the parties' interests */
  Negotiation mediated() {
    Party egypt =
        party(EGY, "Egypt", Batna.of("no peace, the Sinai occupied, another war at great cost", "0.2"))
            .putStances(SINAI, new Stance(Preference.MORE_IS_BETTER, bd(100), bd(100), bd(5)))
            .putStances(DEMILITARISED, Stance.of(bd(0), bd(100), bd(1)))
            .putStances(PEACE, Stance.of(bd(50), bd(100), bd(1)))
            .putStances(PALESTINE, Stance.of(bd(100), bd(30), bd(2)))
            .build();
    Party israel =
        party(ISR, "Israel", Batna.of("keep the Sinai, in a state of war with Egypt", "0.3"))
            .putStances(SINAI, Stance.of(bd(70), bd(100), bd(1)))
            .putStances(DEMILITARISED, Stance.of(bd(100), bd(50), bd(3)))
            .putStances(PEACE, new Stance(Preference.MORE_IS_BETTER, bd(100), bd(100), bd(4)))
            .putStances(PALESTINE, Stance.of(bd(0), bd(40), bd(2)))
            .build();
    return Negotiation.builder()
        .title("The Camp David frameworks: land for peace")
        .addIssues(
            percent(SINAI, "% of the Sinai returned to Egypt"),
            Issue.range(DEMILITARISED, "% of the Sinai under force limits", bd(0), bd(100), bd(25)),
            Issue.range(PEACE, "0 war, 50 non-belligerence, 100 full peace with ambassadors", bd(0), bd(100), bd(50)),
            percent(PALESTINE, "0 nothing .. 100 a Palestinian state"))
        .addParties(egypt, israel)
        .build();
  }

  /** @return Carter's package: all of the Sinai, demilitarised, for full peace; autonomy talks in a framework of their own */
  Offer carter() {
    Map<String, BigDecimal> terms = new LinkedHashMap<>();
    terms.put(SINAI, bd(100));
    terms.put(DEMILITARISED, bd(100));
    terms.put(PEACE, bd(100));
    terms.put(PALESTINE, bd(40));
    return Offer.of(terms);
  }

  @Override
  public Report run() {
    Report.Builder report = Report.of(this);
    Zopa positions = Bargaining.of(positions()).zopa();
    report.line("On their positions (Sinai, Palestinian question):");
    positions.lines().forEach(line -> report.line("  " + line));
    Bargaining table = Bargaining.of(mediated());
    report.line("With the mediator's package on the table (four issues, judged on interests):");
    table.zopa().lines().forEach(line -> report.line("  " + line));
    MediatorReport carter = table.mediate(carter());
    carter.lines().forEach(line -> report.line("  " + line));
    IntegrativeAnalysis priorities = table.logRolling(EGY, ISR, carter());
    report.line("  what each values more (share of its weight, Egypt / Israel):");
    priorities.priorities().forEach(p -> report.line("    " + p));
    NashSolution nash = table.nash().orElseThrow();
    nash.lines().forEach(line -> report.line("  " + line));
    return report.build();
  }

  private static Party.Builder party(PartnerId id, String name, Batna batna) {
    return Party.builder().id(id).name(name).batna(batna);
  }

  private static Issue percent(String name, String unit) {
    return Issue.range(name, unit, bd(0), bd(100), bd(10));
  }

  private static BigDecimal bd(long value) {
    return BigDecimal.valueOf(value);
  }

  /**
   * Runs this example alone.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Example.runAlone(new CampDavid());
  }
}
