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
import dev.alliance.api.alliance.Alliance;
import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.alliance.Member;
import dev.alliance.api.command.LifecycleCommand.AmendAgreement;
import dev.alliance.api.command.LifecycleCommand.ConcludeReview;
import dev.alliance.api.command.LifecycleCommand.OpenReview;
import dev.alliance.api.command.LifecycleCommand.StartOperations;
import dev.alliance.api.command.MembershipCommand.SuspendMember;
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
import dev.alliance.core.lifecycle.DecisionGate;
import dev.alliance.examples.Example;
import dev.alliance.examples.Report;
import dev.alliance.examples.TextTable;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Delian League (478-454 BCE): a league of equals that became an Athenian empire.
 *
 * <p>After the Persian defeats of 479 BCE, the Greek cities of the Aegean asked Athens to lead them;
 * in 478/477 BCE they swore an alliance at Delos, where the treasury was kept and a synod met in
 * which every member had one vote. Aristides assessed the first contributions of ships or money at
 * 460 talents a year (Thucydides 1.96). Naxos tried to leave around 470 BCE and was forced back by a
 * siege, the first allied city reduced to a subject (Thucydides 1.98); Thasos revolted in 465 BCE
 * and surrendered in 463 BCE after a siege of more than two years (Thucydides 1.100-101). In 454 BCE
 * the treasury was moved from Delos to Athens, and from then on Athens ran the League. Six members
 * stand for the League's many: Athens and the large islands Chios, Samos, Lesbos, Naxos and Thasos.
 *
 * <p>Modelling choices, not history: a member reduced to a subject is a suspended member (still
 * bound, its rights withheld); the move of the treasury is an amendment that leaves Athens the
 * lead partner on every issue. Days and months are placeholders: only the years are known. The
 * oath was meant to last for ever (until iron lumps sunk in the sea rose again), but the lifecycle
 * requires an exit clause to form an alliance; a notice period of a thousand years stands in for
 * "never".
 */
public final class DelianLeague implements Example {
  /** The alliance. */
  public static final AllianceId LEAGUE = AllianceId.of("delian-league");
  /** Athens, the hegemon. */
  public static final PartnerId ATHENS = PartnerId.of("ATH");
  /** Naxos, the first ally reduced to a subject. */
  public static final PartnerId NAXOS = PartnerId.of("NAX");
  /** Thasos, reduced after its revolt. */
  public static final PartnerId THASOS = PartnerId.of("THA");
  /** The year after the oath, when the league of equals was at work. */
  public static final LocalDate AS_FOUNDED = bce(477);
  /** The year after the treasury moved to Athens. */
  public static final LocalDate AS_EMPIRE = bce(453);

  private static final Map<String, String> CITIES = cities();

  @Override
  public String title() {
    return "The Delian League (478-454 BCE): from a league of equals to an Athenian empire";
  }

  @Override
  public String lesson() {
    return "An alliance can change its nature without breaking a rule of its lifecycle: in 477 BCE six equal"
        + " members voted in the synod at Delos; by 453 BCE two of them had been reduced to subjects (bound,"
        + " without rights), the treasury sat in Athens and Athens alone decided. Every step was a recorded,"
        + " authorised act, which is exactly why the record shows the drift so plainly.";
  }

  Chronicle chronicle() {
    Chronicle league = new Chronicle(LEAGUE);
    List<Partner> cities = new ArrayList<>();
    CITIES.forEach((code, name) -> cities.add(Partner.of(PartnerId.of(code), name, PartnerKind.STATE)));
    league.found("Delian League", typology(), List.of(), cities, Optional.of(ATHENS), bce(478), oathOfDelos(), bce(478));
    league.act(new StartOperations(LEAGUE, AS_FOUNDED));

    league.act(
        new SuspendMember(
            LEAGUE, NAXOS, "tried to leave; besieged and reduced to a subject (Thucydides 1.98)",
            DecisionReference.of("League action against Naxos, c. 470 BCE"), bce(470)));
    league.act(
        new SuspendMember(
            LEAGUE, THASOS, "revolted in 465 BCE; surrendered after the siege and lost its fleet (Thucydides 1.101)",
            DecisionReference.of("Terms imposed on Thasos, 463 BCE"), bce(463)));
    league.act(new OpenReview(LEAGUE, "the treasury at Delos is thought unsafe", bce(454)));
    league.act(new AmendAgreement(LEAGUE, treasuryAtAthens(), DecisionReference.of("Transfer of the treasury to Athens, 454 BCE"), bce(454)));
    league.act(new ConcludeReview(LEAGUE, bce(454)));
    return league;
  }

  @Override
  public Report run() {
    Chronicle league = chronicle();
    Report.Builder report = Report.of(this).table(league.timeline(DelianLeague::year));
    TextTable compare = new TextTable("as of", "state", "decides", "members who can vote", "subjects");
    for (LocalDate day : List.of(AS_FOUNDED, AS_EMPIRE)) {
      Alliance alliance = league.on(day).toAlliance().orElseThrow();
      compare.row(
          year(day),
          alliance.state(),
          DecisionGate.describe(alliance.governance().procedureFor(IssueArea.SECURITY).rule()),
          voters(alliance).size() + " of " + alliance.parties().size(),
          alliance.members().stream().filter(m -> !m.canVote()).map(m -> m.id().value()).collect(Collectors.joining(", ")));
    }
    return report.table(compare).build();
  }

  /** @return the members who can vote */
  static List<PartnerId> voters(Alliance alliance) {
    return alliance.members().stream().filter(Member::canVote).map(Member::id).toList();
  }

  /** @return a day in a year before the common era; day and month are placeholders */
  static LocalDate bce(int year) {
    return LocalDate.of(1 - year, 7, 1);
  }

  /** @return the year, in the era it belongs to */
  static String year(LocalDate day) {
    return day.getYear() <= 0 ? (1 - day.getYear()) + " BCE" : day.getYear() + " CE";
  }

  private static Typology typology() {
    return Typology.builder()
        .addPurposes(Purpose.DEFENSIVE, Purpose.OFFENSIVE)
        .governanceStyle(GovernanceStyle.EGALITARIAN)
        .duration(Lifespan.permanent())
        .formality(Formality.TREATY)
        .form(Form.COALITION)
        .addMotivations(Motivation.SHARED_THREAT)
        .build();
  }

  private static Agreement oathOfDelos() {
    Governance synod =
        Governance.builder()
            .addBodies(Body.plenary("Synod at Delos", BodyKind.COUNCIL))
            .defaultProcedure(DecisionProcedure.of(DecisionRule.simpleMajority()))
            .build();
    return Agreement.builder()
        .title("Oath of Delos")
        .formality(Formality.TREATY)
        .purpose(new PurposeClause("make Persia pay for the war and keep the Greek cities free of it"))
        .governance(new GovernanceClause(synod))
        .resources(ResourceClause.of("ships or money, first assessed by Aristides at 460 talents a year, kept at Delos"))
        .intellectualProperty(new IntellectualPropertyClause(IpOwnership.CONTRIBUTOR, IpOwnership.JOINT, IpOwnership.CONTRIBUTOR, false))
        .exit(new ExitClause(Period.ofYears(1000), AssetDivision.TO_REMAINING_PARTNERS, true))
        .disputeResolution(
            new DisputeResolutionClause(List.of(EscalationStep.of(DisputeStage.DIRECT_NEGOTIATION, Period.ofYears(1))), false, UnresolvedConsequence.STATUS_QUO))
        .review(new ReviewClause(Period.ofYears(1)))
        .build();
  }

  private static Agreement treasuryAtAthens() {
    Governance athens =
        Governance.builder()
            .addBodies(new Body("Athenian assembly", BodyKind.COUNCIL, java.util.Set.of(ATHENS)))
            .defaultProcedure(DecisionProcedure.of(DecisionRule.leadPartner(ATHENS)))
            .build();
    Agreement oath = oathOfDelos();
    return oath.withTitle("Oath of Delos, treasury at Athens")
        .withGovernance(new GovernanceClause(athens))
        .withResources(ResourceClause.of("tribute in money, paid into the treasury at Athens"));
  }

  private static Map<String, String> cities() {
    Map<String, String> cities = new LinkedHashMap<>();
    cities.put("ATH", "Athens");
    cities.put("CHI", "Chios");
    cities.put("SAM", "Samos");
    cities.put("LES", "Lesbos");
    cities.put("NAX", "Naxos");
    cities.put("THA", "Thasos");
    return cities;
  }

  /**
   * Runs this example alone.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Example.runAlone(new DelianLeague());
  }
}
