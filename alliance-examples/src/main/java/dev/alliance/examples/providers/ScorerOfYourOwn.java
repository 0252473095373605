package dev.alliance.examples.providers;

import dev.alliance.core.provider.Discovery;
import dev.alliance.core.provider.ProviderChoice;
import dev.alliance.core.scoring.PartnerRanking;
import dev.alliance.core.scoring.RankedCandidate;
import dev.alliance.examples.Example;
import dev.alliance.examples.Report;
import dev.alliance.examples.TextTable;
import dev.alliance.spi.scoring.PartnerScorer;
import java.util.List;

/**
 * For framework authors: a scorer of your own, plugged in with a few lines. The {@link
 * StakeWeightedScorer} adds one component to the default's; one line in {@code META-INF/services}
 * lets discovery choose it over the default, and the ranking of Airbus's candidates changes, with
 * the new component in every explanation.
 */
public final class ScorerOfYourOwn implements Example {

  @Override
  public String title() {
    return "A scorer of your own: Airbus's candidates weighed by the stake they offer";
  }

  @Override
  public String lesson() {
    return "A scorer is one method that returns a score with its components; discovery picks it by"
        + " priority, and weighing the stake offered lifts Hawker Siddeley, ready to carry a fifth of"
        + " the work, from last place to first.";
  }

  /** What the example computed. */
  record Outcome(ProviderChoice<PartnerScorer> choice, List<RankedCandidate> ranking) {}

  Outcome compute() {
    ProviderChoice<PartnerScorer> choice = Discovery.partnerScorer().properties(name -> null).choose();
    return new Outcome(choice, PartnerRanking.rank(choice.provider(), AirbusCandidates.consortium1970(), AirbusCandidates.candidates()));
  }

  @Override
  public Report run() {
    Outcome outcome = compute();
    Report.Builder report = Report.of(this);
    report.line("Discovery, with StakeWeightedScorer declared in META-INF/services:");
    outcome.choice().lines().forEach(line -> report.line("  " + line));
    TextTable table = new TextTable("rank", "candidate", "fit", "stake offered");
    for (RankedCandidate r : outcome.ranking()) {
      table.row(r.rank(), r.candidate().partner().name(), AirbusPartnerSelection.format(r.score().value()), r.score().component(StakeWeightedScorer.STAKE).orElseThrow().basis());
    }
    report.table(table);
    report.line("Winner: " + outcome.ranking().get(0).score().describe());
    return report.build();
  }

  /**
   * Runs this example alone.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Example.runAlone(new ScorerOfYourOwn());
  }
}
