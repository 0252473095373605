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
 * Airbus, from consortium to company. Airbus Industrie was set up on 18 December 1970 as a
 * groupement d'intérêt économique (GIE); from 1979 its partners held Aérospatiale 37.9%, Deutsche
 * Airbus 37.9%, British Aerospace 20% and CASA 4.2%, and the partners decided by consensus, which
 * often slowed decisions (as the reference text on alliances recounts). In 2001 the consortium
 * became an integrated company, Airbus SAS, owned 80% by EADS (formed from Aérospatiale-Matra,
 * DaimlerChrysler Aerospace and CASA) and 20% by BAE Systems until 2006.
 *
 * <p>The example models the ordinary decisions of each era only: consensus among the GIE's four
 * partners, and a majority of the capital in the company, with each partner's share as its weight.
 * The proposals are illustrations, not recorded votes.
 */
public final class AirbusGovernance implements Example {

  @Override
  public String title() {
    return "Airbus: from a consensus-bound GIE (1970) to a company decided by majority (2001)";
  }

  @Override
  public String lesson() {
    return "Under consensus the partner with 4.2% of the consortium could stop what partners with"
        + " 95.8% wanted; deciding by a majority of capital removes that veto, and once EADS held"
        + " 80% of the company it decided ordinary matters alone.";
  }

  private static Typology typology(Form form, GovernanceStyle style) {
    return Bodies.permanent(style, Formality.CONTRACT, form, Purpose.ECONOMIC, Purpose.KNOWLEDGE_SHARING);
  }

  private static Governance governance(DecisionRule rule) {
    return Governance.builder().defaultProcedure(DecisionProcedure.of(rule)).build();
  }

  private static DecisionRule majorityOfCapital() {
    return DecisionRule.weighted(WeightSource.memberWeights(), Threshold.moreThanHalf(), Base.ALL_MEMBERS);
  }

  /**
   * @param rule how the partners decide
   * @return Airbus Industrie with its partners' shares from 1979
   */
  public Alliance gie(DecisionRule rule) {
    return Bodies.alliance(
        "airbus-industrie",
        "Airbus Industrie GIE",
        typology(Form.CONSORTIUM, GovernanceStyle.EGALITARIAN),
        governance(rule),
        List.of(
            Bodies.weighted("AEROSPATIALE", "Aérospatiale", PartnerKind.FIRM, "37.9"),
            Bodies.weighted("DEUTSCHE-AIRBUS", "Deutsche Airbus", PartnerKind.FIRM, "37.9"),
            Bodies.weighted("BAE", "British Aerospace", PartnerKind.FIRM, "20"),
            Bodies.weighted("CASA", "CASA", PartnerKind.FIRM, "4.2")));
  }

  /** @return Airbus Industrie deciding by consensus of its partners */
  public Alliance gie() {
    return gie(DecisionRule.consensus());
  }

  /** @return Airbus SAS in 2001, deciding by a majority of capital */
  public Alliance company() {
    return Bodies.alliance(
        "airbus-sas",
        "Airbus SAS",
        typology(Form.JOINT_VENTURE, GovernanceStyle.HIERARCHICAL),
        governance(majorityOfCapital()),
        List.of(Bodies.weighted("EADS", "EADS", PartnerKind.FIRM, "80"), Bodies.weighted("BAE-SYSTEMS", "BAE Systems", PartnerKind.FIRM, "20")));
  }

  /**
   * @param body the body deciding
   * @param no who votes no (space-separated); everyone else votes yes
   * @return the outcome
   */
  public static Outcome outcome(Alliance body, String no) {
    return Tally.of(body, IssueArea.OPERATIONS).outcome(Bodies.allYesExcept(Electorate.of(body), no, ""));
  }

  @Override
  public Report run() {
    Report.Builder report = Report.of(this);
    Bodies.explain(report, "The GIE by consensus, CASA alone objecting:", outcome(gie(), "CASA"));
    Bodies.explain(report, "The same partners by a majority of their shares, CASA alone against:", outcome(gie(majorityOfCapital()), "CASA"));
    Bodies.explain(report, "By a majority of shares, Aérospatiale and British Aerospace against:", outcome(gie(majorityOfCapital()), "AEROSPATIALE BAE"));
    Bodies.explain(report, "Airbus SAS (2001), BAE Systems against:", outcome(company(), "BAE-SYSTEMS"));
    return report.build();
  }

  /**
   * Runs this example alone.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Example.runAlone(new AirbusGovernance());
  }
}
