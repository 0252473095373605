package dev.alliance.examples.lifecycle;

import dev.alliance.api.agreement.Agreement;
import dev.alliance.api.agreement.AssetDivision;
import dev.alliance.api.agreement.DisputeResolutionClause;
import dev.alliance.api.agreement.DisputeStage;
import dev.alliance.api.agreement.EscalationStep;
import dev.alliance.api.agreement.ExitClause;
import dev.alliance.api.agreement.GovernanceClause;
import dev.alliance.api.agreement.IntellectualPropertyClause;
import dev.alliance.api.agreement.IpOwnership;
import dev.alliance.api.agreement.PurposeClause;
import dev.alliance.api.agreement.ResourceClause;
import dev.alliance.api.agreement.ReviewClause;
import dev.alliance.api.agreement.UnresolvedConsequence;
import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.alliance.Member;
import dev.alliance.api.alliance.Role;
import dev.alliance.api.command.LifecycleCommand.StartOperations;
import dev.alliance.api.command.MembershipCommand.AdmitMember;
import dev.alliance.api.command.MembershipCommand.BeginAccession;
import dev.alliance.api.command.MembershipCommand.CompleteWithdrawal;
import dev.alliance.api.command.MembershipCommand.ExtendWithdrawal;
import dev.alliance.api.command.MembershipCommand.GiveWithdrawalNotice;
import dev.alliance.api.command.MembershipCommand.InviteMember;
import dev.alliance.api.governance.Body;
import dev.alliance.api.governance.BodyKind;
import dev.alliance.api.governance.DecisionProcedure;
import dev.alliance.api.governance.DecisionReference;
import dev.alliance.api.governance.DecisionRule;
import dev.alliance.api.governance.Governance;
import dev.alliance.api.governance.IssueArea;
import dev.alliance.api.partner.Partner;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.partner.PartnerKind;
import dev.alliance.api.typology.Form;
import dev.alliance.api.typology.Formality;
import dev.alliance.api.typology.GovernanceStyle;
import dev.alliance.api.typology.Lifespan;
import dev.alliance.api.typology.Motivation;
import dev.alliance.api.typology.Purpose;
import dev.alliance.api.typology.Typology;
import dev.alliance.core.lifecycle.AllianceLifecycle;
import dev.alliance.examples.Example;
import dev.alliance.examples.Report;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The United Kingdom leaves the European Union under Article 50 of the Treaty on European Union.
 *
 * <p>The stream starts with the Treaty of Lisbon, which wrote Article 50 into the treaties: signed
 * on 13 December 2007 by the 27 member states of the time, in force on 1 December 2009; Croatia
 * joined on 1 July 2013. The United Kingdom notified the European Council of its intention to
 * withdraw on 29 March 2017. Article 50(3) ends the treaties' application two years after the
 * notification unless the European Council, in agreement with the state, unanimously extends the
 * period; it did so three times: European Council Decisions (EU) 2019/476 of 22 March 2019 (to 12
 * April 2019), (EU) 2019/584 of 11 April 2019 (to 31 October 2019) and (EU) 2019/1810 of 29 October
 * 2019 (to 31 January 2020). The United Kingdom left on 31 January 2020. The decisions are cited
 * from the Official Journal; the earlier extension to 22 May 2019 that depended on the House of
 * Commons approving the withdrawal agreement by 29 March 2019 did not apply and is left out.
 *
 * <p>Modelling choices, not history: the governance keeps only what the story needs (unanimity for
 * membership and amendment, consensus otherwise), and the clauses the lifecycle requires are
 * summarised in a line each.
 */
public final class Brexit implements Example {
  /** The alliance. */
  public static final AllianceId EU = AllianceId.of("eu-lisbon");
  /** The United Kingdom. */
  public static final PartnerId GBR = PartnerId.of("GBR");
  /** Croatia, the member that joined under Lisbon. */
  public static final PartnerId HRV = PartnerId.of("HRV");
  /** The day the United Kingdom gave notice. */
  public static final LocalDate NOTICE = LocalDate.of(2017, 3, 29);
  /** Two years after the notice: the day the treaties would have ceased to apply. */
  public static final LocalDate FIRST_DEADLINE = LocalDate.of(2019, 3, 29);
  /** The day the United Kingdom left. */
  public static final LocalDate LEFT = LocalDate.of(2020, 1, 31);
  /** A day inside the notice period. */
  public static final LocalDate DURING_NOTICE = LocalDate.of(2018, 6, 23);

  private static final Map<String, String> MEMBERS_2007 = members2007();

  @Override
  public String title() {
    return "The United Kingdom leaves the European Union (2017-2020): withdrawal after notice";
  }

  @Override
  public String lesson() {
    return "A withdrawal's date is computed, not guessed: Article 50's two-year period put the UK's exit on"
        + " 29 March 2019, only unanimous decisions could move it (three did, to 31 January 2020), and until"
        + " it took effect the UK kept every right and obligation of a member; any attempt to leave earlier"
        + " is refused with the date it must wait for.";
  }

  /** @return the stream, replayed: Lisbon, Croatia's accession, the UK's notice, extensions and exit */
  Chronicle chronicle() {
    Chronicle eu = new Chronicle(EU);
    List<Partner> members = new ArrayList<>();
    MEMBERS_2007.forEach((code, name) -> members.add(state(code, name)));
    eu.found(
        "European Union under the Treaty of Lisbon", typology(), List.of(), members, Optional.empty(),
        LocalDate.of(2007, 7, 23), treaty(), LocalDate.of(2007, 12, 13));
    eu.act(new StartOperations(EU, LocalDate.of(2009, 12, 1)));

    LocalDate croatiaSigned = LocalDate.of(2011, 12, 9);
    eu.act(new InviteMember(EU, state("HRV", "Croatia"), Role.MEMBER, croatiaSigned));
    eu.act(new BeginAccession(EU, HRV, croatiaSigned));
    eu.act(new AdmitMember(EU, HRV, DecisionReference.of("Treaty of Accession of Croatia, signed 9 December 2011"), LocalDate.of(2013, 7, 1)));

    eu.act(new GiveWithdrawalNotice(EU, GBR, NOTICE));
    eu.attempt(new CompleteWithdrawal(EU, GBR, DURING_NOTICE));
    eu.act(new ExtendWithdrawal(EU, GBR, LocalDate.of(2019, 4, 12), DecisionReference.of("European Council Decision (EU) 2019/476"), LocalDate.of(2019, 3, 22)));
    eu.attempt(new CompleteWithdrawal(EU, GBR, FIRST_DEADLINE));
    eu.act(new ExtendWithdrawal(EU, GBR, LocalDate.of(2019, 10, 31), DecisionReference.of("European Council Decision (EU) 2019/584"), LocalDate.of(2019, 4, 11)));
    eu.act(new ExtendWithdrawal(EU, GBR, LEFT, DecisionReference.of("European Council Decision (EU) 2019/1810"), LocalDate.of(2019, 10, 29)));
    eu.act(new CompleteWithdrawal(EU, GBR, LEFT));
    return eu;
  }

  @Override
  public Report run() {
    Chronicle eu = chronicle();
    AllianceLifecycle during = eu.on(DURING_NOTICE);
    AllianceLifecycle after = eu.now();
    Member ukDuring = during.member(GBR).orElseThrow();
    Report.Builder report = Report.of(this).table(eu.timeline(LocalDate::toString));
    report.line("Refused:");
    eu.refusals().forEach(r -> report.line("  " + r.command().on() + " CompleteWithdrawal GBR -> " + r.rejection()));
    report.line(
        "On " + DURING_NOTICE + " the UK is " + ukDuring.state() + ", can vote: " + ukDuring.canVote()
            + ", parties: " + during.parties() + ", withdrawal effective " + during.withdrawalEffectiveOn(GBR).orElseThrow());
    report.line(
        "After " + LEFT + ": the UK is " + after.membershipState(GBR).orElseThrow() + " (left on "
            + after.member(GBR).orElseThrow().leftOn().orElseThrow() + "), the Union is " + after.state().orElseThrow()
            + " with " + after.parties() + " parties");
    return report.build();
  }

  private static Typology typology() {
    return Typology.builder()
        .addPurposes(Purpose.ECONOMIC, Purpose.POLITICAL)
        .governanceStyle(GovernanceStyle.HYBRID)
        .duration(Lifespan.permanent())
        .formality(Formality.TREATY)
        .form(Form.INTERGOVERNMENTAL_ORGANIZATION)
        .addMotivations(Motivation.SHARED_OPPORTUNITY, Motivation.RESOURCE_POOLING)
        .build();
  }

  /** The Treaty of Lisbon as the lifecycle needs it; Article 50's two-year period is the exit clause. */
  static Agreement treaty() {
    Governance governance =
        Governance.builder()
            .addBodies(Body.plenary("European Council", BodyKind.COUNCIL))
            .putProcedures(IssueArea.MEMBERSHIP, DecisionProcedure.of(DecisionRule.unanimity()))
            .putProcedures(IssueArea.AMENDMENT, DecisionProcedure.of(DecisionRule.unanimity()))
            .build();
    return Agreement.builder()
        .title("Treaty of Lisbon")
        .formality(Formality.TREATY)
        .purpose(new PurposeClause("peace, common values and the well-being of the peoples of Europe"))
        .governance(new GovernanceClause(governance))
        .resources(ResourceClause.of("own resources within a multiannual financial framework"))
        .intellectualProperty(new IntellectualPropertyClause(IpOwnership.CONTRIBUTOR, IpOwnership.ALLIANCE_ENTITY, IpOwnership.CONTRIBUTOR, false))
        .exit(ExitClause.of(Period.ofYears(2), AssetDivision.NEGOTIATED))
        .disputeResolution(
            new DisputeResolutionClause(List.of(EscalationStep.of(DisputeStage.COURT, Period.ofYears(2))), true, UnresolvedConsequence.STATUS_QUO))
        .review(new ReviewClause(Period.ofYears(7)))
        .build();
  }

  private static Partner state(String code, String name) {
    return Partner.of(PartnerId.of(code), name, PartnerKind.STATE);
  }

  private static Map<String, String> members2007() {
    Map<String, String> members = new LinkedHashMap<>();
    String[][] rows = {
      {"AUT", "Austria"}, {"BEL", "Belgium"}, {"BGR", "Bulgaria"}, {"CYP", "Cyprus"}, {"CZE", "Czech Republic"},
      {"DNK", "Denmark"}, {"EST", "Estonia"}, {"FIN", "Finland"}, {"FRA", "France"}, {"DEU", "Germany"},
      {"GRC", "Greece"}, {"HUN", "Hungary"}, {"IRL", "Ireland"}, {"ITA", "Italy"}, {"LVA", "Latvia"},
      {"LTU", "Lithuania"}, {"LUX", "Luxembourg"}, {"MLT", "Malta"}, {"NLD", "Netherlands"}, {"POL", "Poland"},
      {"PRT", "Portugal"}, {"ROU", "Romania"}, {"SVK", "Slovakia"}, {"SVN", "Slovenia"}, {"ESP", "Spain"},
      {"SWE", "Sweden"}, {"GBR", "United Kingdom"}
    };
    for (String[] row : rows) {
      members.put(row[0], row[1]);
    }
    return members;
  }

  /**
   * Runs this example alone.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Example.runAlone(new Brexit());
  }
}
