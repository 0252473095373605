package dev.alliance.examples.governance;

import dev.alliance.api.alliance.Alliance;
import dev.alliance.api.alliance.Member;
import dev.alliance.api.governance.DecisionProcedure;
import dev.alliance.api.governance.DecisionRule;
import dev.alliance.api.governance.Governance;
import dev.alliance.api.governance.IssueArea;
import dev.alliance.api.governance.Outcome;
import dev.alliance.api.governance.VetoAbstention;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.partner.PartnerKind;
import dev.alliance.api.typology.Form;
import dev.alliance.api.typology.Formality;
import dev.alliance.api.typology.GovernanceStyle;
import dev.alliance.api.typology.Purpose;
import dev.alliance.api.typology.Typology;
import dev.alliance.core.governance.Ballots;
import dev.alliance.core.governance.Electorate;
import dev.alliance.core.governance.Tally;
import dev.alliance.examples.Example;
import dev.alliance.examples.Report;
import java.util.List;
import java.util.Set;

/**
 * The UN Security Council in 2011, deciding by Article 27 of the Charter: substantive decisions
 * need nine affirmative votes of fifteen and no negative vote of a permanent member; procedural
 * ones nine votes, with no veto. Both are compositions of simpler rules, not special code.
 *
 * <p>The two votes are the Council's own records:
 *
 * <ul>
 *   <li>Resolution 1973 (17 March 2011, Libya) was adopted by 10 votes to none with 5 abstentions:
 *       Brazil, China, Germany, India and the Russian Federation (UN News Centre; Reuters, 17
 *       March 2011).
 *   <li>Draft resolution S/2011/612 (4 October 2011, Syria) drew 9 votes in favour, 2 against
 *       (China, the Russian Federation) and 4 abstentions (Brazil, India, Lebanon, South Africa),
 *       and was not adopted owing to the negative vote of a permanent member (UN press release
 *       SC/10403; verbatim record S/PV.6627).
 * </ul>
 *
 * <p>By the Council's practice since 1946, upheld by the International Court of Justice in its
 * 1971 Namibia opinion, a permanent member's abstention is not a veto, although Article 27(3)
 * speaks of the "concurring votes" of the permanent members. The example also counts Resolution
 * 1973 under the literal reading, to show what the policy decides.
 */
public final class SecurityCouncil implements Example {
  /** Substantive matters: nine votes and no veto. */
  public static final IssueArea SUBSTANTIVE = IssueArea.of("substantive");
  /** Procedural matters: nine votes. */
  public static final IssueArea PROCEDURAL = IssueArea.of("procedural");

  static final Set<PartnerId> P5 = Set.of(PartnerId.of("CHN"), PartnerId.of("FRA"), PartnerId.of("GBR"), PartnerId.of("RUS"), PartnerId.of("USA"));

  @Override
  public String title() {
    return "UN Security Council (2011): nine votes and no veto";
  }

  @Override
  public String lesson() {
    return "Two rules composed decide the Council: nine of fifteen votes, and no permanent member"
        + " voting no. Nine votes were not enough for the Syria draft, because Russia and China voted"
        + " no; ten were enough for Resolution 1973, because they only abstained. Read literally,"
        + " the Charter would have let their abstentions block it.";
  }

  /** @return the Council as composed in 2011, deciding substantive matters by nine votes and no veto */
  public Alliance council() {
    return council(VetoAbstention.ABSTENTION_DOES_NOT_BLOCK);
  }

  /**
   * @param practice whether a permanent member's abstention blocks
   * @return the Council of 2011 under that reading of Article 27(3)
   */
  public Alliance council(VetoAbstention practice) {
    DecisionProcedure substantive =
        DecisionProcedure.of(DecisionRule.allOf(DecisionRule.atLeastYes(9), DecisionRule.vetoPlayers(P5, practice)));
    Governance governance =
        Governance.builder()
            .defaultProcedure(substantive)
            .putProcedures(SUBSTANTIVE, substantive)
            .putProcedures(PROCEDURAL, DecisionProcedure.of(DecisionRule.atLeastYes(9)))
            .build();
    Typology typology =
        Bodies.permanent(GovernanceStyle.HYBRID, Formality.CHARTER, Form.INTERGOVERNMENTAL_ORGANIZATION, Purpose.POLITICAL, Purpose.DEFENSIVE);
    List<Member> members =
        List.of(
            Bodies.member("CHN", "China", PartnerKind.STATE),
            Bodies.member("FRA", "France", PartnerKind.STATE),
            Bodies.member("GBR", "United Kingdom", PartnerKind.STATE),
            Bodies.member("RUS", "Russian Federation", PartnerKind.STATE),
            Bodies.member("USA", "United States", PartnerKind.STATE),
            Bodies.member("BIH", "Bosnia and Herzegovina", PartnerKind.STATE),
            Bodies.member("BRA", "Brazil", PartnerKind.STATE),
            Bodies.member("COL", "Colombia", PartnerKind.STATE),
            Bodies.member("DEU", "Germany", PartnerKind.STATE),
            Bodies.member("GAB", "Gabon", PartnerKind.STATE),
            Bodies.member("IND", "India", PartnerKind.STATE),
            Bodies.member("LBN", "Lebanon", PartnerKind.STATE),
            Bodies.member("NGA", "Nigeria", PartnerKind.STATE),
            Bodies.member("PRT", "Portugal", PartnerKind.STATE),
            Bodies.member("ZAF", "South Africa", PartnerKind.STATE));
    return Bodies.alliance("unsc-2011", "UN Security Council (2011)", typology, governance, members);
  }

  /** @return the ballots on Resolution 1973 (Libya), 17 March 2011 */
  public Ballots resolution1973() {
    return Bodies.cast(
        Electorate.of(council()), "BIH COL FRA GAB LBN NGA PRT ZAF GBR USA", "", "BRA CHN DEU IND RUS");
  }

  /** @return the ballots on draft resolution S/2011/612 (Syria), 4 October 2011 */
  public Ballots syriaDraft() {
    return Bodies.cast(Electorate.of(council()), "BIH COL FRA GAB DEU NGA PRT GBR USA", "CHN RUS", "BRA IND LBN ZAF");
  }

  /**
   * @param area substantive or procedural
   * @param ballots the ballots
   * @return the outcome under the Council's practice
   */
  public Outcome outcome(IssueArea area, Ballots ballots) {
    return Tally.of(council(), area).outcome(ballots);
  }

  @Override
  public Report run() {
    Report.Builder report = Report.of(this);
    Bodies.explain(report, "Resolution 1973 (Libya), 17 March 2011:", outcome(SUBSTANTIVE, resolution1973()));
    Bodies.explain(report, "Draft S/2011/612 (Syria), 4 October 2011:", outcome(SUBSTANTIVE, syriaDraft()));
    Bodies.explain(report, "The same Syria ballots, had the matter been procedural (no veto):", outcome(PROCEDURAL, syriaDraft()));
    Outcome literal = Tally.of(council(VetoAbstention.ABSTENTION_BLOCKS), SUBSTANTIVE).outcome(resolution1973());
    Bodies.explain(report, "Resolution 1973 under the literal reading (an abstaining permanent member blocks):", literal);
    return report.build();
  }

  /**
   * Runs this example alone.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Example.runAlone(new SecurityCouncil());
  }
}
