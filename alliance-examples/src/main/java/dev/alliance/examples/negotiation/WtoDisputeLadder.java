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
import dev.alliance.api.command.DisputeCommand.DecideDispute;
import dev.alliance.api.command.DisputeCommand.DeclareUnresolved;
import dev.alliance.api.command.DisputeCommand.EscalateDispute;
import dev.alliance.api.command.DisputeCommand.RaiseDispute;
import dev.alliance.api.command.DisputeCommand.SettleDispute;
import dev.alliance.api.dispute.DisputeId;
import dev.alliance.api.dispute.Respondent;
import dev.alliance.api.governance.DecisionProcedure;
import dev.alliance.api.governance.DecisionRule;
import dev.alliance.api.governance.Governance;
import dev.alliance.api.partner.Partner;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.partner.PartnerKind;
import dev.alliance.api.typology.Form;
import dev.alliance.api.typology.Formality;
import dev.alliance.api.typology.GovernanceStyle;
import dev.alliance.api.typology.Lifespan;
import dev.alliance.api.typology.Purpose;
import dev.alliance.api.typology.Typology;
import dev.alliance.core.dispute.Dispute;
import dev.alliance.examples.Example;
import dev.alliance.examples.Report;
import dev.alliance.examples.TextTable;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * A WTO-style dispute ladder: consultations, a panel, an appeal, each with its time limit, and what
 * happens when the last rung cannot decide.
 *
 * <p>The ladder is the World Trade Organization's as the Dispute Settlement Understanding sets it:
 * consultations for 60 days before the complainant may ask for a panel alone, earlier if both
 * parties consider consultations failed (Article 4.7); a panel that should report within nine
 * months of its establishment (Article 12.9); an appeal the Appellate Body decides within 90 days
 * (Article 17.5). A panel's and the Appellate Body's rulings bind once adopted, so the panel is
 * modelled as arbitration and the Appellate Body as a court. Since the terms of two of its last
 * three members expired on 10 December 2019 the Appellate Body has been unable to hear appeals, and
 * a panel report appealed "into the void" stays unadopted: the United States' appeal of 26 October
 * 2020 against the panel report in DS543 (tariffs on Chinese goods) is one. The clause's
 * consequence for an unresolved dispute is therefore the status quo: the measure stays.
 *
 * <p>The members and their three disputes are invented, to show every path of the ladder in one
 * stream; the time limits and the Appellate Body's paralysis are history.
 */
public final class WtoDisputeLadder implements Example {
  /** The trade agreement. */
  public static final AllianceId TRADE = AllianceId.of("wto-style");
  /** Nordland. */
  public static final PartnerId NRD = PartnerId.of("NRD");
  /** Sudland. */
  public static final PartnerId SUD = PartnerId.of("SUD");
  /** Westria. */
  public static final PartnerId WST = PartnerId.of("WST");
  /** Ostmark. */
  public static final PartnerId OST = PartnerId.of("OST");
  /** Nordland v Sudland: appealed into the void. */
  public static final DisputeId STEEL = DisputeId.of("steel duties");
  /** Westria v Nordland: decided by a panel. */
  public static final DisputeId BEEF = DisputeId.of("beef rules");
  /** Ostmark v Sudland: settled in consultations. */
  public static final DisputeId SUBSIDIES = DisputeId.of("export subsidies");
  /** A day with two disputes before panels. */
  public static final LocalDate YEAR_END = LocalDate.of(2019, 12, 31);

  @Override
  public String title() {
    return "A WTO-style dispute ladder (2019-2020): consultations, panel, appeal, and an appeal into the void";
  }

  @Override
  public String lesson() {
    return "A dispute climbs its ladder one rung at a time and only as fast as the time limits allow,"
        + " unless both parties agree to move on; a binding stage decides it, and a closed dispute takes"
        + " no further step. When the last rung cannot decide, as the Appellate Body could not after"
        + " December 2019, the dispute ends unresolved and the clause's consequence follows: here the"
        + " status quo, so the contested measure stays.";
  }

  /** @return the clause: consultations 60 days, panel 9 months, appeal 90 days, no skipping, the status quo if unresolved */
  static DisputeResolutionClause clause() {
    return new DisputeResolutionClause(
        List.of(
            EscalationStep.of(DisputeStage.DIRECT_NEGOTIATION, Period.ofDays(60)),
            EscalationStep.of(DisputeStage.ARBITRATION, Period.ofMonths(9)),
            EscalationStep.of(DisputeStage.COURT, Period.ofDays(90))),
        false,
        UnresolvedConsequence.STATUS_QUO);
  }

  /** @return the agreement's stream with the three disputes */
  RelationsRecord record() {
    RelationsRecord trade = new RelationsRecord(TRADE);
    trade.found(
        "A WTO-style trade agreement",
        Typology.builder()
            .addPurposes(Purpose.ECONOMIC)
            .governanceStyle(GovernanceStyle.EGALITARIAN)
            .duration(Lifespan.permanent())
            .formality(Formality.TREATY)
            .form(Form.INTERGOVERNMENTAL_ORGANIZATION)
            .build(),
        List.of(state(NRD, "Nordland"), state(SUD, "Sudland"), state(WST, "Westria"), state(OST, "Ostmark")),
        agreement(),
        LocalDate.of(1995, 1, 1));
    LocalDate early = LocalDate.of(2019, 2, 1);
    trade.act(new RaiseDispute(TRADE, STEEL, NRD, Respondent.member(SUD), "additional import duties on steel", LocalDate.of(2019, 1, 14)));
    trade.attempt(new EscalateDispute(TRADE, STEEL, NRD, DisputeStage.ARBITRATION, false, "a panel requested after 18 days", early));
    trade.attempt(new EscalateDispute(TRADE, STEEL, NRD, DisputeStage.COURT, false, "straight to appeal", early));
    trade.act(new EscalateDispute(TRADE, STEEL, NRD, DisputeStage.ARBITRATION, false, "consultations failed within 60 days", LocalDate.of(2019, 3, 15)));
    trade.act(new RaiseDispute(TRADE, BEEF, WST, Respondent.member(NRD), "sanitary rules on beef", LocalDate.of(2019, 6, 3)));
    trade.act(new EscalateDispute(TRADE, BEEF, NRD, DisputeStage.ARBITRATION, true, "both parties consider consultations failed", LocalDate.of(2019, 6, 20)));
    trade.act(new RaiseDispute(TRADE, SUBSIDIES, OST, Respondent.member(SUD), "export subsidies for grain", LocalDate.of(2019, 9, 2)));
    trade.act(new SettleDispute(TRADE, SUBSIDIES, "a mutually agreed solution: the subsidies phased out by 2021", LocalDate.of(2019, 10, 15)));
    trade.attempt(new DeclareUnresolved(TRADE, STEEL, LocalDate.of(2019, 12, 20)));
    trade.act(new EscalateDispute(TRADE, STEEL, SUD, DisputeStage.COURT, false, "the panel report appealed", LocalDate.of(2020, 1, 20)));
    trade.act(new DecideDispute(TRADE, BEEF, "the rules are not based on a risk assessment; bring them into conformity", Optional.of(WST), LocalDate.of(2020, 2, 10)));
    trade.act(new DeclareUnresolved(TRADE, STEEL, LocalDate.of(2020, 4, 20)));
    trade.attempt(new SettleDispute(TRADE, STEEL, "too late", LocalDate.of(2020, 5, 1)));
    return trade;
  }

  @Override
  public Report run() {
    RelationsRecord trade = record();
    Report.Builder report = Report.of(this).table(trade.timeline());
    report.line("Refused:");
    trade.refusals().forEach(r -> report.line("  " + r.command().on() + " " + r.command().getClass().getSimpleName() + " -> " + r.rejection()));
    TextTable disputes = new TextTable("dispute", "parties", "state", "at", "stages", "ended");
    for (Dispute d : trade.disputes().all()) {
      disputes.row(
          d.id(),
          d.complainant() + " v " + d.respondent(),
          d.state() + d.consequence().map(c -> " (" + c + ")").orElse(""),
          d.stage(),
          d.steps().stream().map(s -> s.stage() + " " + s.since()).toList(),
          d.ending().map(e -> e.on().toString()).orElse("-"));
    }
    report.table(disputes);
    report.line("Relations health on " + YEAR_END + ":");
    trade.health(YEAR_END).lines().forEach(line -> report.line("  " + line));
    return report.build();
  }

  private static Partner state(PartnerId id, String name) {
    return Partner.of(id, name, PartnerKind.STATE);
  }

  private static Agreement agreement() {
    return Agreement.builder()
        .title("A WTO-style trade agreement")
        .formality(Formality.TREATY)
        .purpose(new PurposeClause("open trade under agreed rules"))
        .governance(new GovernanceClause(Governance.builder().defaultProcedure(DecisionProcedure.of(DecisionRule.consensus())).build()))
        .resources(ResourceClause.of("budget contributions in proportion to shares of trade"))
        .intellectualProperty(new IntellectualPropertyClause(IpOwnership.CONTRIBUTOR, IpOwnership.CONTRIBUTOR, IpOwnership.CONTRIBUTOR, false))
        .exit(ExitClause.of(Period.ofMonths(6), AssetDivision.NEGOTIATED))
        .disputeResolution(clause())
        .review(new ReviewClause(Period.ofYears(2)))
        .build();
  }

  /**
   * Runs this example alone.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Example.runAlone(new WtoDisputeLadder());
  }
}
