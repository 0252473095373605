package dev.alliance.testkit;

import static org.quicktheories.generators.SourceDSL.lists;

import dev.alliance.api.agreement.Agreement;
import dev.alliance.api.agreement.AssetDivision;
import dev.alliance.api.agreement.ClauseKind;
import dev.alliance.api.agreement.CollectiveDefenseClause;
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
import dev.alliance.api.agreement.SuccessionClause;
import dev.alliance.api.agreement.UnresolvedConsequence;
import dev.alliance.api.governance.Governance;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.typology.Formality;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators for agreements and their clauses. */
public final class AgreementGenerators {
  private AgreementGenerators() {}

  /** @return exit clauses with notice periods from none to ten years */
  public static Gen<ExitClause> exitClauses() {
    return Generate.oneOf(Generate.constant(Period.ZERO), Gens.positivePeriods())
        .zip(Generate.enumValues(AssetDivision.class), Generate.booleans(), ExitClause::new);
  }

  /** @return dispute clauses whose ladders climb: a random non-empty subset of stages, in order */
  public static Gen<DisputeResolutionClause> disputeClauses() {
    Gen<List<EscalationStep>> ladder =
        Gens.nonEmptyEnumSets(DisputeStage.class, 4)
            .zip(
                lists().of(Gens.positivePeriods()).ofSize(4),
                (stages, limits) -> {
                  List<EscalationStep> steps = new ArrayList<>();
                  for (DisputeStage stage : stages) {
                    steps.add(EscalationStep.of(stage, limits.get(stage.ordinal())));
                  }
                  return steps;
                });
    return ladder.zip(
        Generate.booleans(), Generate.enumValues(UnresolvedConsequence.class), DisputeResolutionClause::new);
  }

  /** @return intellectual-property clauses */
  public static Gen<IntellectualPropertyClause> ipClauses() {
    Gen<IpOwnership> owners = Generate.enumValues(IpOwnership.class);
    return owners.zip(owners, owners, Generate.booleans(), IntellectualPropertyClause::new);
  }

  /**
   * @param members the partners the governance clause may name
   * @return agreements with a random subset of clauses, so some are complete and some are not
   */
  public static Gen<Agreement> agreements(List<PartnerId> members) {
    Gen<Draft> drafts =
        Gens.names()
            .zip(
                Generate.enumValues(Formality.class),
                Gens.dates().toOptionals(70),
                Gens.enumSets(ClauseKind.class, 12),
                Draft::new);
    return drafts
        .zip(
            GovernanceGenerators.governance(members),
            exitClauses(),
            disputeClauses(),
            ipClauses(),
            AgreementGenerators::assemble)
        .describedAs(a -> a.title() + " clauses=" + a.clauses());
  }

  private record Draft(String title, Formality formality, Optional<LocalDate> signedOn, Set<ClauseKind> kinds) {}

  private static Agreement assemble(
      Draft draft,
      Governance governance,
      ExitClause exit,
      DisputeResolutionClause disputes,
      IntellectualPropertyClause ip) {
    Set<ClauseKind> kinds = draft.kinds();
    Agreement.Builder builder =
        Agreement.builder().title("Treaty of " + draft.title()).formality(draft.formality()).signedOn(draft.signedOn());
    if (kinds.contains(ClauseKind.PURPOSE)) {
      builder.purpose(new PurposeClause("common cause of the " + draft.title() + " partners"));
    }
    if (kinds.contains(ClauseKind.GOVERNANCE)) {
      builder.governance(new GovernanceClause(governance));
    }
    if (kinds.contains(ClauseKind.RESOURCE_COMMITMENTS)) {
      builder.resources(ResourceClause.of("each party contributes in proportion to its GDP"));
    }
    if (kinds.contains(ClauseKind.INTELLECTUAL_PROPERTY)) {
      builder.intellectualProperty(ip);
    }
    if (kinds.contains(ClauseKind.EXIT)) {
      builder.exit(exit);
    }
    if (kinds.contains(ClauseKind.DISPUTE_RESOLUTION)) {
      builder.disputeResolution(disputes);
    }
    if (kinds.contains(ClauseKind.REVIEW)) {
      builder.review(new ReviewClause(Period.ofYears(5)));
    }
    if (kinds.contains(ClauseKind.SUCCESSION)) {
      builder.succession(new SuccessionClause("binds the heirs of both parties"));
    }
    if (kinds.contains(ClauseKind.COLLECTIVE_DEFENSE)) {
      builder.collectiveDefense(new CollectiveDefenseClause("Article 5", "an attack on one is an attack on all"));
    }
    return builder.build();
  }

  /**
   * @param members the partners the governance clause may name
   * @return agreements with every essential clause, as forming an alliance requires
   */
  public static Gen<Agreement> completeAgreements(List<PartnerId> members) {
    return agreements(members)
        .zip(
            GovernanceGenerators.governance(members),
            exitClauses(),
            disputeClauses(),
            ipClauses(),
            (agreement, governance, exit, disputes, ip) ->
                Agreement.builder()
                    .from(agreement)
                    .purpose(agreement.purpose().orElse(new PurposeClause("common cause")))
                    .governance(agreement.governance().orElse(new GovernanceClause(governance)))
                    .resources(agreement.resources().orElse(ResourceClause.of("equal shares")))
                    .intellectualProperty(agreement.intellectualProperty().orElse(ip))
                    .exit(agreement.exit().orElse(exit))
                    .disputeResolution(agreement.disputeResolution().orElse(disputes))
                    .review(agreement.review().orElse(new ReviewClause(Period.ofYears(1))))
                    .build())
        .describedAs(a -> a.title() + " clauses=" + a.clauses());
  }
}
