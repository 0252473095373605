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
import dev.alliance.api.command.LifecycleCommand.RecordProgress;
import dev.alliance.api.command.LifecycleCommand.StartOperations;
import dev.alliance.api.governance.DecisionProcedure;
import dev.alliance.api.governance.DecisionRule;
import dev.alliance.api.governance.Governance;
import dev.alliance.api.objective.Objective;
import dev.alliance.api.objective.Priority;
import dev.alliance.api.partner.Partner;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.lifecycle.AllianceLifecycle;
import dev.alliance.examples.Example;
import dev.alliance.examples.Report;
import dev.alliance.examples.typology.ThreeAlliances;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * The 1991 Gulf War coalition: an ad hoc alliance that completed its mission and ended.
 *
 * <p>Iraq invaded Kuwait on 2 August 1990; the build-up of coalition forces in Saudi Arabia began on
 * 7 August; UN Security Council Resolution 678 of 29 November 1990 authorised member states to use
 * all necessary means to make Iraq leave Kuwait after 15 January 1991; the air campaign began on 17
 * January 1991, the ground offensive on 24 February, and the coalition suspended offensive
 * operations on 28 February 1991 with Kuwait freed. The members are the six largest contingents, as
 * in {@link ThreeAlliances}, with the same ad hoc typology (it ends when its core objectives are
 * met).
 *
 * <p>Modelling choices, not history: the coalition had no treaty, so its "agreement" is the
 * mandate of Resolution 678 with the coalition's working arrangements, one line per clause the
 * lifecycle requires; its single core objective is measured as the share of Kuwait under Iraqi
 * occupation, 100% before the ground offensive and 0% at the ceasefire.
 */
public final class GulfWarCoalition implements Example {
  /** The alliance. */
  public static final AllianceId COALITION = AllianceId.of("gulf-war-1991");
  /** The core objective's name. */
  public static final String LIBERATE_KUWAIT = "Iraqi forces expelled from Kuwait";
  /** The ceasefire. */
  public static final LocalDate CEASEFIRE = LocalDate.of(1991, 2, 28);
  /** The opening of ceasefire talks at Safwan, after the coalition's mission was done. */
  public static final LocalDate SAFWAN = LocalDate.of(1991, 3, 3);
  /** The ground offensive. */
  public static final LocalDate GROUND_OFFENSIVE = LocalDate.of(1991, 2, 24);

  @Override
  public String title() {
    return "The 1991 Gulf War coalition: an ad hoc alliance completes its mission";
  }

  @Override
  public String lesson() {
    return "An ad hoc alliance is built to end: the measurement of 28 February 1991 met the coalition's only"
        + " core objective and completed it in the same command; from then on it accepts no command, so the"
        + " coalition could not quietly turn into a standing alliance.";
  }

  Chronicle chronicle() {
    Alliance template = new ThreeAlliances().gulfWarCoalition();
    LocalDate buildUp = LocalDate.of(1990, 8, 7);
    LocalDate mandate = LocalDate.of(1990, 11, 29);
    Chronicle coalition = new Chronicle(COALITION);
    List<Partner> founders = template.members().stream().map(Member::partner).toList();
    coalition.found(
        "Gulf War coalition", template.typology(), List.of(objective()), founders, Optional.of(PartnerId.of("USA")),
        buildUp, mandate(), mandate);
    coalition.act(new StartOperations(COALITION, LocalDate.of(1991, 1, 17)));
    coalition.act(new RecordProgress(COALITION, LIBERATE_KUWAIT, new BigDecimal("100"), GROUND_OFFENSIVE));
    coalition.act(new RecordProgress(COALITION, LIBERATE_KUWAIT, BigDecimal.ZERO, CEASEFIRE));
    coalition.attempt(new dev.alliance.api.command.LifecycleCommand.OpenReview(COALITION, "occupy southern Iraq", SAFWAN));
    return coalition;
  }

  @Override
  public Report run() {
    Chronicle coalition = chronicle();
    AllianceLifecycle before = coalition.on(CEASEFIRE.minusDays(1));
    AllianceLifecycle after = coalition.now();
    Report.Builder report = Report.of(this).table(coalition.timeline(LocalDate::toString));
    report.line(
        "On " + CEASEFIRE.minusDays(1) + " the coalition is " + before.state().orElseThrow() + ", Kuwait "
            + before.measurement(LIBERATE_KUWAIT).orElseThrow().toPlainString() + "% occupied");
    report.line(
        "From " + after.endedOn().orElseThrow() + " it is " + after.state().orElseThrow() + " with its "
            + after.parties() + " members; the last attempt:");
    coalition.refusals().forEach(r -> report.line("  " + r.command().on() + " OpenReview -> " + r.rejection()));
    return report.build();
  }

  /** The single core objective: Kuwait freed. */
  static Objective objective() {
    return Objective.builder()
        .name(LIBERATE_KUWAIT)
        .metric("share of Kuwait under Iraqi occupation, %")
        .baseline(new BigDecimal("100"))
        .target(BigDecimal.ZERO)
        .deadline(LocalDate.of(1991, 12, 31))
        .priority(Priority.CORE)
        .build();
  }

  /** Resolution 678's mandate and the coalition's arrangements, as the lifecycle needs them. */
  static Agreement mandate() {
    Governance usLed =
        Governance.builder().defaultProcedure(DecisionProcedure.of(DecisionRule.leadPartner(PartnerId.of("USA")))).build();
    return Agreement.builder()
        .title("UN Security Council Resolution 678 and coalition arrangements")
        .formality(dev.alliance.api.typology.Formality.INFORMAL)
        .purpose(new PurposeClause("make Iraq withdraw from Kuwait, by all necessary means"))
        .governance(new GovernanceClause(usLed))
        .resources(ResourceClause.of("each member commits its own forces; costs are shared among the partners"))
        .intellectualProperty(new IntellectualPropertyClause(IpOwnership.CONTRIBUTOR, IpOwnership.CONTRIBUTOR, IpOwnership.CONTRIBUTOR, false))
        .exit(ExitClause.of(Period.ZERO, AssetDivision.BY_ORIGIN))
        .disputeResolution(
            new DisputeResolutionClause(List.of(EscalationStep.of(DisputeStage.DIRECT_NEGOTIATION, Period.ofDays(7))), false, UnresolvedConsequence.RIGHT_TO_EXIT))
        .review(new ReviewClause(Period.ofMonths(1)))
        .build();
  }

  /**
   * Runs this example alone.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Example.runAlone(new GulfWarCoalition());
  }
}
