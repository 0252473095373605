package dev.alliance.examples.negotiation;

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
import dev.alliance.api.event.RelationsEvent;
import dev.alliance.api.governance.Body;
import dev.alliance.api.governance.BodyKind;
import dev.alliance.api.governance.DecisionProcedure;
import dev.alliance.api.governance.DecisionRule;
import dev.alliance.api.governance.Governance;
import dev.alliance.api.partner.Partner;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.partner.PartnerKind;
import dev.alliance.api.trust.Conduct;
import dev.alliance.api.trust.TrustObservation;
import dev.alliance.api.typology.Form;
import dev.alliance.api.typology.Formality;
import dev.alliance.api.typology.GovernanceStyle;
import dev.alliance.api.typology.Lifespan;
import dev.alliance.api.typology.Purpose;
import dev.alliance.api.typology.Typology;
import dev.alliance.core.trust.DefaultTrustModel;
import dev.alliance.core.trust.TrustAssessment;
import dev.alliance.examples.Example;
import dev.alliance.examples.Report;
import dev.alliance.examples.TextTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Suez 1956: Britain and France attacked Egypt without consulting the United States, their chief
 * ally, and the alliance's trust collapsed on both sides of the Atlantic.
 *
 * <p>History: Egypt nationalised the Suez Canal Company on 26 July 1956. Through the summer the
 * three Western powers consulted: tripartite talks in London from 1 August, a conference of 22
 * nations in London from 16 August, and on 12 September a joint plan for a Suez Canal Users'
 * Association. Britain and France meanwhile agreed in secret with Israel (the Protocol of Sèvres,
 * 24 October) on the attack that followed: Israel invaded the Sinai on 29 October, the
 * Anglo-French ultimatum came on 30 October and their air attack on 31 October. The United States,
 * not consulted, forced a ceasefire on 6 November with financial pressure on sterling; the last
 * Anglo-French troops left on 22 December 1956. Eisenhower and Macmillan, Eden's successor, met in
 * Bermuda from 21 March 1957 to repair the relationship; no British acknowledgement of regret for
 * the invasion was made (Time, 25 March 1957).
 *
 * <p>Modelling choices: the alliance is NATO as its twelve founders signed it on 4 April 1949 (later
 * members and the treaty's details beyond what the lifecycle needs are left out); each event is a
 * relations event toward the United States (or, for the financial pressure, toward Britain), and the
 * trust model is the library's default (docs/decisions/0081-trust-model.md).
 */
public final class Suez1956 implements Example {
  /** NATO. */
  public static final AllianceId NATO = AllianceId.of("nato-1949");
  /** The United States. */
  public static final PartnerId USA = PartnerId.of("USA");
  /** The United Kingdom. */
  public static final PartnerId GBR = PartnerId.of("GBR");
  /** France. */
  public static final PartnerId FRA = PartnerId.of("FRA");
  /** The eve of the attack. */
  public static final LocalDate EVE = LocalDate.of(1956, 10, 30);
  /** The Anglo-French air attack, launched without consulting the United States. */
  public static final LocalDate ATTACK = LocalDate.of(1956, 10, 31);
  /** The first day of the Bermuda conference. */
  public static final LocalDate BERMUDA = LocalDate.of(1957, 3, 21);

  private static final String[][] FOUNDERS = {
    {"BEL", "Belgium"}, {"CAN", "Canada"}, {"DNK", "Denmark"}, {"FRA", "France"}, {"ISL", "Iceland"}, {"ITA", "Italy"},
    {"LUX", "Luxembourg"}, {"NLD", "Netherlands"}, {"NOR", "Norway"}, {"PRT", "Portugal"}, {"GBR", "United Kingdom"},
    {"USA", "United States"}
  };

  @Override
  public String title() {
    return "Suez 1956: unilateral action and the collapse of trust";
  }

  @Override
  public String lesson() {
    return "Trust built by consultation is lost in a day by acting without it: the United States' trust in"
        + " Britain fell by almost half when Britain and France attacked Egypt without a word to Washington."
        + " A ceasefire, the withdrawal and the Bermuda talks repaired much of it, but with no"
        + " acknowledgement part of the wound stayed open, and in March 1957 trust was still below its"
        + " level of the summer before; Britain's trust in the United States, whose financial pressure"
        + " forced the ceasefire, fell too.";
  }

  /** @return NATO's stream with the Suez crisis recorded */
  RelationsRecord record() {
    RelationsRecord nato = new RelationsRecord(NATO);
    List<Partner> founders = new ArrayList<>();
    for (String[] f : FOUNDERS) {
      founders.add(Partner.of(PartnerId.of(f[0]), f[1], PartnerKind.STATE));
    }
    nato.found("North Atlantic Treaty Organization", typology(), founders, treaty(), LocalDate.of(1949, 4, 4));
    for (PartnerId ally : List.of(GBR, FRA)) {
      nato.record(new RelationsEvent.ConsultationHeld(ally, Set.of(USA), "tripartite talks in London on the nationalised canal", LocalDate.of(1956, 8, 1)));
    }
    for (PartnerId ally : List.of(GBR, FRA)) {
      nato.record(new RelationsEvent.ConsultationHeld(ally, Set.of(USA), "the London conference of 22 nations on the canal", LocalDate.of(1956, 8, 16)));
    }
    for (PartnerId ally : List.of(GBR, FRA)) {
      nato.record(new RelationsEvent.ConsultationHeld(ally, Set.of(USA), "the joint plan for a Suez Canal Users' Association", LocalDate.of(1956, 9, 12)));
    }
    for (PartnerId ally : List.of(GBR, FRA)) {
      nato.record(new RelationsEvent.UnilateralActionTaken(ally, Set.of(USA), "air attack on Egypt, agreed in secret at Sèvres", ATTACK));
    }
    LocalDate ceasefire = LocalDate.of(1956, 11, 6);
    nato.record(new RelationsEvent.UnilateralActionTaken(USA, Set.of(GBR), "financial pressure on sterling to force a ceasefire", ceasefire));
    for (PartnerId ally : List.of(GBR, FRA)) {
      nato.record(new RelationsEvent.CorrectiveActionTaken(ally, Set.of(USA), "ceasefire in Egypt", ceasefire));
    }
    for (PartnerId ally : List.of(GBR, FRA)) {
      nato.record(new RelationsEvent.UndertakingHonoured(ally, Set.of(USA), "the last troops leave Port Said, as the UN demanded", LocalDate.of(1956, 12, 22)));
    }
    nato.record(new RelationsEvent.ConsultationHeld(GBR, Set.of(USA), "the Bermuda conference", BERMUDA));
    nato.record(new RelationsEvent.ConsultationHeld(USA, Set.of(GBR), "the Bermuda conference", BERMUDA));
    return nato;
  }

  /**
   * @param nato the stream
   * @param level the level to regain
   * @return how many more kept undertakings, on the day of the Bermuda conference, the United
   *     States' trust in Britain needs to regain a level
   */
  static int keptUndertakingsToRegain(RelationsRecord nato, double level) {
    List<TrustObservation> history = new ArrayList<>(nato.trustLedger(BERMUDA).between(USA, GBR));
    int k = 0;
    DefaultTrustModel model = DefaultTrustModel.standard();
    while (model.assess(USA, GBR, history, BERMUDA, Optional.empty()).level() < level) {
      history.add(new TrustObservation(USA, GBR, Conduct.COMMITMENT_KEPT, BERMUDA, "a kept undertaking"));
      k++;
    }
    return k;
  }

  @Override
  public Report run() {
    RelationsRecord nato = record();
    Report.Builder report = Report.of(this).table(nato.timeline());
    TextTable trust = new TextTable("day", "USA in GBR", "USA in FRA", "GBR in USA", "USA commits to GBR*");
    for (LocalDate day : List.of(EVE, ATTACK, LocalDate.of(1956, 11, 6), LocalDate.of(1956, 12, 22), BERMUDA)) {
      TrustAssessment usaInGbr = nato.trust(USA, GBR, day);
      trust.row(
          day,
          f(usaInGbr.level()),
          f(nato.trust(USA, FRA, day).level()),
          f(nato.trust(GBR, USA, day).level()),
          DefaultTrustModel.standard().supportedCommitment(usaInGbr, new BigDecimal("100")).supported());
    }
    report.table(trust);
    report.line("* the largest commitment trust supports when the United States can afford to lose 100 (incremental commitment)");
    double before = nato.trust(USA, GBR, EVE).level();
    report.line(
        "On " + BERMUDA + " the United States' trust in Britain is " + f(nato.trust(USA, GBR, BERMUDA).level()) + ", still below the "
            + f(before) + " of " + EVE + "; regaining it takes " + keptUndertakingsToRegain(nato, before) + " more kept undertakings."
            + " The model's reasons:");
    nato.trust(USA, GBR, BERMUDA).reasons().forEach(r -> report.line("  " + r));
    return report.build();
  }

  private static String f(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }

  private static Typology typology() {
    return Typology.builder()
        .addPurposes(Purpose.DEFENSIVE)
        .governanceStyle(GovernanceStyle.HYBRID)
        .duration(Lifespan.permanent())
        .formality(Formality.TREATY)
        .form(Form.INTERGOVERNMENTAL_ORGANIZATION)
        .build();
  }

  /** The North Atlantic Treaty as the lifecycle needs it, each clause summarised in a line. */
  private static Agreement treaty() {
    Governance consensus =
        Governance.builder()
            .addBodies(Body.plenary("North Atlantic Council", BodyKind.COUNCIL))
            .defaultProcedure(DecisionProcedure.of(DecisionRule.consensus()))
            .build();
    return Agreement.builder()
        .title("North Atlantic Treaty")
        .formality(Formality.TREATY)
        .purpose(new PurposeClause("collective defence: an armed attack against one is an attack against all (Article 5)"))
        .governance(new GovernanceClause(consensus))
        .resources(ResourceClause.of("each party maintains and develops its capacity to resist attack (Article 3)"))
        .intellectualProperty(new IntellectualPropertyClause(IpOwnership.CONTRIBUTOR, IpOwnership.CONTRIBUTOR, IpOwnership.CONTRIBUTOR, false))
        .exit(ExitClause.of(Period.ofYears(1), AssetDivision.NEGOTIATED))
        .disputeResolution(
            new DisputeResolutionClause(
                List.of(EscalationStep.of(DisputeStage.DIRECT_NEGOTIATION, Period.ofMonths(6))), false, UnresolvedConsequence.STATUS_QUO))
        .review(new ReviewClause(Period.ofYears(10)))
        .build();
  }

  /**
   * Runs this example alone.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Example.runAlone(new Suez1956());
  }
}
