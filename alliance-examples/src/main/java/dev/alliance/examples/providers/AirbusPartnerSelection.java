package dev.alliance.examples.providers;

import dev.alliance.api.scoring.ScoreComponent;
import dev.alliance.core.scoring.DefaultPartnerScorer;
import dev.alliance.core.scoring.PartnerRanking;
import dev.alliance.core.scoring.RankedCandidate;
import dev.alliance.examples.Example;
import dev.alliance.examples.Report;
import dev.alliance.examples.TextTable;
import java.util.List;
import java.util.Locale;

/**
 * For application developers: ranking partners for a consortium with the default scorer, and
 * reading why. Airbus Industrie at the end of 1970 (Aérospatiale and Deutsche Airbus) weighs three
 * partners it could add; see {@link AirbusCandidates} for the facts and the assumptions.
 */
public final class AirbusPartnerSelection implements Example {

  @Override
  public String title() {
    return "Airbus Industrie, 1970: ranking the next partner with the default scorer";
  }

  @Override
  public String lesson() {
    return "A partner-fit score is a weighted sum you can read: Fokker-VFW brings both capabilities the"
        + " consortium lacks and ranks first; CASA and Hawker Siddeley bring one each, and CASA's"
        + " closeness to the founders on state backing and culture puts it ahead.";
  }

  List<RankedCandidate> ranking() {
    return PartnerRanking.rank(new DefaultPartnerScorer(), AirbusCandidates.consortium1970(), AirbusCandidates.candidates());
  }

  @Override
  public Report run() {
    List<RankedCandidate> ranking = ranking();
    Report.Builder report = Report.of(this);
    report.line("Lacking: " + AirbusCandidates.consortium1970().lacking() + "; cultural variances from the five profiles compared.");
    TextTable table = new TextTable("rank", "candidate", "fit", "capabilities", "values", "reputation", "culture");
    for (RankedCandidate r : ranking) {
      table.row(
          r.rank(),
          r.candidate().partner().name(),
          format(r.score().value()),
          component(r, DefaultPartnerScorer.COMPLEMENTARITY),
          component(r, DefaultPartnerScorer.ALIGNMENT),
          component(r, DefaultPartnerScorer.REPUTATION),
          component(r, DefaultPartnerScorer.CULTURE));
    }
    report.table(table);
    for (RankedCandidate r : ranking) {
      report.line(r.candidate().partner().name() + ": " + r.score().describe());
      for (ScoreComponent c : r.score().components()) {
        report.line("    " + c.name() + ": " + c.basis());
      }
    }
    return report.build();
  }

  private static String component(RankedCandidate r, String name) {
    return r.score().component(name).orElseThrow().value().isPresent() ? format(r.score().component(name).orElseThrow().value().getAsDouble()) : "-";
  }

  static String format(double x) {
    return String.format(Locale.ROOT, "%.3f", x);
  }

  /**
   * Runs this example alone.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Example.runAlone(new AirbusPartnerSelection());
  }
}
