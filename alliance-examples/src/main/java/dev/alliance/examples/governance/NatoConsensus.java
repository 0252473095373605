package dev.alliance.examples.governance;

import dev.alliance.api.alliance.Alliance;
import dev.alliance.api.alliance.Member;
import dev.alliance.api.governance.Body;
import dev.alliance.api.governance.BodyKind;
import dev.alliance.api.governance.DecisionProcedure;
import dev.alliance.api.governance.DecisionRule;
import dev.alliance.api.governance.Governance;
import dev.alliance.api.governance.IssueArea;
import dev.alliance.api.governance.Outcome;
import dev.alliance.api.governance.Standing;
import dev.alliance.api.governance.Vote;
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
import java.util.ArrayList;
import java.util.List;

/**
 * NATO decides by consensus: the North Atlantic Council adopts what no ally objects to, and an ally
 * who keeps silent does not object. Enlargement is stricter: Article 10 of the North Atlantic
 * Treaty admits a new member only "by unanimous agreement", and in practice every ally must ratify
 * the accession protocol, so each ally's ratification is modelled as its yes.
 *
 * <p>The cases:
 *
 * <ul>
 *   <li>Bucharest summit, April 2008, 26 allies: Greece objected to inviting the country now called
 *       North Macedonia, over the dispute about its name, and the invitation was not issued, while
 *       Albania and Croatia were invited.
 *   <li>Sweden's accession, 31 allies: Türkiye's parliament ratified on 23 January 2024, which left
 *       Hungary the last ally; Hungary's parliament ratified on 26 February 2024 and Sweden joined
 *       on 7 March 2024 (Reuters; NATO).
 * </ul>
 */
public final class NatoConsensus implements Example {
  private static final String[] ALLIES_2008 = {
    "BEL", "BGR", "CAN", "CZE", "DNK", "EST", "FRA", "DEU", "GRC", "HUN", "ISL", "ITA", "LVA",
    "LTU", "LUX", "NLD", "NOR", "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "TUR", "GBR", "USA"
  };
  private static final String[] JOINED_SINCE_2008 = {"ALB", "HRV", "MNE", "MKD", "FIN"};

  @Override
  public String title() {
    return "NATO: consensus in council, unanimity to enlarge (2008, 2024)";
  }

  @Override
  public String lesson() {
    return "Under consensus one objection blocks and silence consents: Greece alone stopped an"
        + " invitation in 2008. Unanimity asks more, a yes from every ally: Sweden's accession stayed"
        + " open until Hungary, the last of 31 allies, ratified, whereas under consensus Hungary's"
        + " continued silence would have been enough and only its no could have stopped it.";
  }

  /**
   * @param allies the allies' ISO codes
   * @return NATO with those allies: consensus by default, unanimity for membership
   */
  public Alliance nato(List<String> allies) {
    Governance governance =
        Governance.builder()
            .addBodies(Body.plenary("North Atlantic Council", BodyKind.COUNCIL))
            .defaultProcedure(DecisionProcedure.of(DecisionRule.consensus()))
            .putProcedures(IssueArea.MEMBERSHIP, DecisionProcedure.of(DecisionRule.unanimity()))
            .build();
    Typology typology = Bodies.permanent(GovernanceStyle.HYBRID, Formality.TREATY, Form.INTERGOVERNMENTAL_ORGANIZATION, Purpose.DEFENSIVE);
    List<Member> members = new ArrayList<>();
    allies.forEach(ally -> members.add(Bodies.member(ally, ally, PartnerKind.STATE)));
    return Bodies.alliance("nato", "North Atlantic Treaty Organization", typology, governance, members);
  }

  /** @return the ISO codes of NATO's 30 allies of 2022, before Finland and Sweden joined */
  static List<String> allies2022() {
    List<String> allies = new ArrayList<>(List.of(ALLIES_2008));
    allies.addAll(List.of(JOINED_SINCE_2008).subList(0, 4));
    return allies;
  }

  /** @return NATO's 26 allies at the Bucharest summit of 2008 */
  public Alliance nato2008() {
    return nato(List.of(ALLIES_2008));
  }

  /** @return NATO's 31 allies while Sweden's accession was ratified, 2022-2024 */
  public Alliance nato2024() {
    List<String> allies = new ArrayList<>(List.of(ALLIES_2008));
    allies.addAll(List.of(JOINED_SINCE_2008));
    return nato(allies);
  }

  /** @return the council's decision on inviting North Macedonia at Bucharest: Greece objects, the others keep silent */
  public Outcome bucharestInvitation() {
    Alliance nato = nato2008();
    return Tally.of(nato, IssueArea.OPERATIONS).outcome(Bodies.cast(Electorate.of(nato), "", "GRC", ""));
  }

  /**
   * @param hungaryRatified whether Hungary has ratified yet
   * @return the ratifications of Sweden's accession protocol after Türkiye's, in January 2024
   */
  public Ballots swedishRatifications(boolean hungaryRatified) {
    Alliance nato = nato2024();
    Ballots ballots = Bodies.allYesExcept(Electorate.of(nato), "", "");
    return hungaryRatified ? ballots : ballots.withVote(PartnerId.of("HUN"), Vote.ABSENT);
  }

  /**
   * @param area the issue area that decides
   * @param hungaryRatified whether Hungary has ratified yet
   * @return where Sweden's accession stands under that area's procedure
   */
  public Standing swedishAccession(IssueArea area, boolean hungaryRatified) {
    return Tally.of(nato2024(), area).standing(swedishRatifications(hungaryRatified));
  }

  @Override
  public Report run() {
    Report.Builder report = Report.of(this);
    Bodies.explain(report, "Bucharest, April 2008: inviting North Macedonia, by consensus of 26 allies:", bucharestInvitation());
    Bodies.explain(report, "Sweden's accession, February 2024, by unanimity of 31 allies, before Hungary ratified:",
        swedishAccession(IssueArea.MEMBERSHIP, false));
    Bodies.explain(report, "The same ratifications, had consensus decided:", swedishAccession(IssueArea.OPERATIONS, false));
    Bodies.explain(report, "26 February 2024, Hungary ratifies:", swedishAccession(IssueArea.MEMBERSHIP, true));
    return report.build();
  }

  /**
   * Runs this example alone.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Example.runAlone(new NatoConsensus());
  }
}
