package dev.alliance.testkit;

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
import dev.alliance.api.alliance.Role;
import dev.alliance.api.command.AllianceCommand;
import dev.alliance.api.command.LifecycleCommand;
import dev.alliance.api.command.MembershipCommand;
import dev.alliance.api.governance.Governance;
import dev.alliance.api.objective.Objective;
import dev.alliance.api.objective.Priority;
import dev.alliance.api.objective.Scope;
import dev.alliance.api.partner.Partner;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.partner.PartnerKind;
import dev.alliance.api.typology.Form;
import dev.alliance.api.typology.Formality;
import dev.alliance.api.typology.GovernanceStyle;
import dev.alliance.api.typology.Lifespan;
import dev.alliance.api.typology.Purpose;
import dev.alliance.api.typology.Typology;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Small, fixed building blocks for lifecycle tests: partners {@code P0, P1, ...}, a complete
 * agreement with a chosen notice period, a typology with a chosen lifespan, two core objectives and
 * an aspirational one, and the commands that take an alliance from proposal to operation.
 *
 * <pre>{@code
 * List<AllianceCommand> toOperating = LifecycleFixtures.formAndOperate(id, 3, LocalDate.of(2000, 1, 1),
 *     LifecycleFixtures.typology(Lifespan.permanent()), LifecycleFixtures.agreement(Period.ofMonths(6)));
 * }</pre>
 */
public final class LifecycleFixtures {
  /** The first core objective's name: a metric that rises from 0 to 10. */
  public static final String CORE_ONE = "O1";
  /** The second core objective's name: a metric that rises from 0 to 10. */
  public static final String CORE_TWO = "O2";
  /** The aspirational objective's name. */
  public static final String STRETCH = "O3";

  private LifecycleFixtures() {}

  /**
   * @param i an index
   * @return the partner {@code P<i>}, a state
   */
  public static Partner partner(int i) {
    return Partner.of(partnerId(i), "Partner " + i, PartnerKind.STATE);
  }

  /**
   * @param i an index
   * @return the identity {@code P<i>}
   */
  public static PartnerId partnerId(int i) {
    return PartnerId.of("P" + i);
  }

  /**
   * @param count how many
   * @return {@code P0 .. P<count-1>}
   */
  public static Set<PartnerId> partnerIds(int count) {
    Set<PartnerId> ids = new LinkedHashSet<>();
    for (int i = 0; i < count; i++) {
      ids.add(partnerId(i));
    }
    return ids;
  }

  /**
   * @param notice the exit clause's notice period, which is also the wind-down period
   * @return an agreement with every essential clause and consensus on everything
   */
  public static Agreement agreement(Period notice) {
    return agreement(notice, Governance.consensusForAll());
  }

  /**
   * @param notice the exit clause's notice period
   * @param governance the governance the agreement sets up
   * @return an agreement with every essential clause
   */
  public static Agreement agreement(Period notice, Governance governance) {
    return Agreement.builder()
        .title("Test Treaty")
        .formality(Formality.TREATY)
        .purpose(new PurposeClause("mutual support"))
        .governance(new GovernanceClause(governance))
        .resources(ResourceClause.of("equal shares"))
        .intellectualProperty(new IntellectualPropertyClause(IpOwnership.CONTRIBUTOR, IpOwnership.JOINT, IpOwnership.CONTRIBUTOR, true))
        .exit(ExitClause.of(notice, AssetDivision.EQUAL))
        .disputeResolution(
            new DisputeResolutionClause(
                List.of(EscalationStep.of(DisputeStage.DIRECT_NEGOTIATION, Period.ofDays(30))), false, UnresolvedConsequence.STATUS_QUO))
        .review(new ReviewClause(Period.ofYears(1)))
        .build();
  }

  /**
   * @param lifespan permanent or ad hoc
   * @return a defensive, egalitarian treaty alliance with that lifespan
   */
  public static Typology typology(Lifespan lifespan) {
    return Typology.builder()
        .addPurposes(Purpose.DEFENSIVE)
        .governanceStyle(GovernanceStyle.EGALITARIAN)
        .duration(lifespan)
        .formality(Formality.TREATY)
        .form(Form.INTERGOVERNMENTAL_ORGANIZATION)
        .build();
  }

  /**
   * @param deadline the objectives' deadline
   * @return two core objectives ({@link #CORE_ONE}, {@link #CORE_TWO}) and an aspirational one
   *     ({@link #STRETCH}), each met when its metric reaches 10 from 0
   */
  public static List<Objective> objectives(LocalDate deadline) {
    List<Objective> objectives = new ArrayList<>();
    for (String name : List.of(CORE_ONE, CORE_TWO, STRETCH)) {
      objectives.add(
          Objective.builder()
              .name(name)
              .metric(name + " index")
              .baseline(BigDecimal.ZERO)
              .target(BigDecimal.TEN)
              .deadline(deadline)
              .priority(name.equals(STRETCH) ? Priority.ASPIRATIONAL : Priority.CORE)
              .build());
    }
    return objectives;
  }

  /**
   * The commands that take an alliance from its proposal to operation, all on one day: propose,
   * open negotiations, invite and accede {@code P0 .. P<founders-1>}, sign, start operations.
   *
   * @param id the alliance
   * @param founders how many founders
   * @param day the day of every command
   * @param typology the typology
   * @param agreement the agreement to sign
   * @return the commands, in order
   */
  public static List<AllianceCommand> formAndOperate(
      AllianceId id, int founders, LocalDate day, Typology typology, Agreement agreement) {
    List<AllianceCommand> commands = new ArrayList<>();
    commands.add(
        new LifecycleCommand.ProposeAlliance(
            id, "Test Alliance", typology, objectives(day.plusYears(10)), Scope.empty(), day));
    commands.add(new LifecycleCommand.OpenNegotiations(id, day));
    for (int i = 0; i < founders; i++) {
      commands.add(new MembershipCommand.InviteMember(id, partner(i), i == 0 ? Role.LEAD : Role.FOUNDER, day));
    }
    for (int i = 0; i < founders; i++) {
      commands.add(new MembershipCommand.BeginAccession(id, partnerId(i), day));
    }
    commands.add(new LifecycleCommand.SignAgreement(id, agreement, partnerIds(founders), day));
    commands.add(new LifecycleCommand.StartOperations(id, day));
    return commands;
  }
}
