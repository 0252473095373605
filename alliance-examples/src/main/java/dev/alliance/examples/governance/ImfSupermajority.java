package dev.alliance.examples.governance;

import dev.alliance.api.alliance.Alliance;
import dev.alliance.api.governance.Base;
import dev.alliance.api.governance.DecisionProcedure;
import dev.alliance.api.governance.DecisionRule;
import dev.alliance.api.governance.Governance;
import dev.alliance.api.governance.IssueArea;
import dev.alliance.api.governance.Outcome;
import dev.alliance.api.governance.Threshold;
import dev.alliance.api.governance.WeightSource;
import dev.alliance.api.partner.PartnerKind;
import dev.alliance.api.typology.Form;
import dev.alliance.api.typology.Formality;
import dev.alliance.api.typology.GovernanceStyle;
import dev.alliance.api.typology.Purpose;
import dev.alliance.api.typology.Typology;
import dev.alliance.core.governance.Electorate;
import dev.alliance.core.governance.Tally;
import dev.alliance.examples.Example;
import dev.alliance.examples.Report;
import java.util.List;

/**
 * The International Monetary Fund votes by weight: each member's votes follow its quota. Ordinary
 * decisions take a majority of the votes cast (Articles of Agreement, Article XII, Section 5(c));
 * the weightiest, such as any change of quotas, an 85 percent majority of the total voting power
 * (Article III, Section 2(c)).
 *
 * <p>Voting shares in percent of the Fund's total, as the IMF's page "IMF Executive Directors and
 * Voting Power" lists them for its 25-chair Board: United States 16.49 (831,394 votes), Japan 6.14,
 * China 6.08, Germany 5.31. The other members are kept here as one bloc holding the remaining
 * 65.98 percent: the lesson turns on sums, and the bloc is the most they could muster together.
 */
public final class ImfSupermajority implements Example {
  /** Changes of quotas: 85 percent of the total voting power. */
  public static final IssueArea QUOTA_CHANGE = IssueArea.of("quota change");

  @Override
  public String title() {
    return "IMF: the 85% supermajority and the member that can block it alone";
  }

  @Override
  public String lesson() {
    return "An 85% majority hands a veto to any member with more than 15% of the votes: the United"
        + " States, with 16.49%, blocks a quota change alone, though its no cannot stop an ordinary"
        + " decision, and no other member comes close to blocking on its own.";
  }

  /** @return the Fund: weighted votes, a majority of votes cast by default, 85% for quota changes */
  public Alliance fund() {
    DecisionRule ordinary = DecisionRule.weighted(WeightSource.memberWeights(), Threshold.moreThanHalf(), Base.VOTES_CAST);
    DecisionRule eightyFive = DecisionRule.weighted(WeightSource.memberWeights(), Threshold.atLeastPercent("85"), Base.ALL_MEMBERS);
    Governance governance =
        Governance.builder()
            .defaultProcedure(DecisionProcedure.of(ordinary))
            .putProcedures(QUOTA_CHANGE, DecisionProcedure.of(eightyFive))
            .build();
    Typology typology = Bodies.permanent(GovernanceStyle.HYBRID, Formality.TREATY, Form.INTERGOVERNMENTAL_ORGANIZATION, Purpose.ECONOMIC);
    return Bodies.alliance(
        "imf",
        "International Monetary Fund",
        typology,
        governance,
        List.of(
            Bodies.weighted("USA", "United States", PartnerKind.STATE, "16.49"),
            Bodies.weighted("JPN", "Japan", PartnerKind.STATE, "6.14"),
            Bodies.weighted("CHN", "China", PartnerKind.STATE, "6.08"),
            Bodies.weighted("DEU", "Germany", PartnerKind.STATE, "5.31"),
            Bodies.weighted("OTHERS", "All other members", PartnerKind.STATE, "65.98")));
  }

  /**
   * @param area ordinary or quota change
   * @param no the members voting no (space-separated); every other member votes yes
   * @return the outcome
   */
  public Outcome outcome(IssueArea area, String no) {
    Alliance fund = fund();
    return Tally.of(fund, area).outcome(Bodies.allYesExcept(Electorate.of(fund), no, ""));
  }

  @Override
  public Report run() {
    Report.Builder report = Report.of(this);
    Bodies.explain(report, "A quota change, the United States alone voting no:", outcome(QUOTA_CHANGE, "USA"));
    Bodies.explain(report, "An ordinary decision, the United States alone voting no:", outcome(IssueArea.OPERATIONS, "USA"));
    Bodies.explain(report, "A quota change, Japan alone voting no:", outcome(QUOTA_CHANGE, "JPN"));
    Bodies.explain(report, "A quota change, Japan, China and Germany voting no together:", outcome(QUOTA_CHANGE, "JPN CHN DEU"));
    return report.build();
  }

  /**
   * Runs this example alone.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Example.runAlone(new ImfSupermajority());
  }
}
