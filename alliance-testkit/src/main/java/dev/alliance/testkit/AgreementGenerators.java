package dev.alliance.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
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
import dev.alliance.api.agreement.Institutionalization;
import dev.alliance.api.agreement.IpOwnership;
import dev.alliance.api.agreement.Obligation;
import dev.alliance.api.agreement.ObligationClause;
import dev.alliance.api.agreement.ObligationCondition;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
   * Obligation clauses as a treaty may hold them: for each obligation in a random subset, either
   * one clause that binds every party, or (when there are members to name) a clause for some
   * members and possibly another, with other conditions, for the rest. Two clauses of the same
   * obligation never bind the same party, as {@code Agreement} requires.
   *
   * @param members the partners the clauses may name
   * @return lists of obligation clauses
   */
  public static Gen<List<ObligationClause>> obligationClauses(List<PartnerId> members) {
    Gen<Set<Obligation>> kinds = Gens.enumSets(Obligation.class, 5);
    Gen<ObligationShape> shapes =
        integers()
            .between(0, 2)
            .zip(
                lists().of(Generate.booleans()).ofSize(Math.max(members.size(), 1)),
                Generate.booleans(),
                Gens.enumSets(ObligationCondition.class, 3),
                ObligationShape::new);
    return kinds
        .zip(
            lists().of(shapes).ofSize(Obligation.values().length),
            (chosen, perObligation) -> {
              List<ObligationClause> clauses = new ArrayList<>();
              for (Obligation obligation : chosen) {
                perObligation.get(obligation.ordinal()).addTo(clauses, obligation, members);
              }
              return clauses;
            })
        .describedAs(List::toString);
  }

  private record ObligationShape(
      int split, List<Boolean> firstGroup, boolean conditional, Set<ObligationCondition> conditions) {

    /** split 0: every party; 1: one group; 2: one group and the rest with the opposite conditionality. */
    void addTo(List<ObligationClause> clauses, Obligation obligation, List<PartnerId> members) {
      Set<ObligationCondition> itemized = conditional ? conditions : EnumSet.noneOf(ObligationCondition.class);
      if (split == 0 || members.isEmpty()) {
        clauses.add(new ObligationClause(obligation, Set.of(), conditional, itemized));
        return;
      }
      Set<PartnerId> group = new TreeSet<>();
      Set<PartnerId> rest = new TreeSet<>();
      for (int i = 0; i < members.size(); i++) {
        (firstGroup.get(i) ? group : rest).add(members.get(i));
      }
      if (group.isEmpty()) {
        group.add(members.get(0));
        rest.remove(members.get(0));
      }
      clauses.add(new ObligationClause(obligation, group, conditional, itemized));
      if (split == 2 && !rest.isEmpty()) {
        clauses.add(new ObligationClause(obligation, rest, !conditional, conditional ? Set.of() : conditions));
      }
    }
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
                Draft::new)
            .zip(
                obligationClauses(members),
                Generate.enumValues(Institutionalization.class).toOptionals(50),
                (draft, obligations, institutionalization) ->
                    draft.with(obligations, institutionalization));
    return drafts
        .zip(
            GovernanceGenerators.governance(members),
            exitClauses(),
            disputeClauses(),
            ipClauses(),
            AgreementGenerators::assemble)
        .describedAs(a -> a.title() + " clauses=" + a.clauses() + " obligations=" + a.obligations());
  }

  private record Draft(
      String title,
      Formality formality,
      Optional<LocalDate> signedOn,
      Set<ClauseKind> kinds,
      List<ObligationClause> obligations,
      Optional<Institutionalization> institutionalization) {

    Draft(String title, Formality formality, Optional<LocalDate> signedOn, Set<ClauseKind> kinds) {
      this(title, formality, signedOn, kinds, List.of(), Optional.empty());
    }

    Draft with(List<ObligationClause> newObligations, Optional<Institutionalization> level) {
      return new Draft(title, formality, signedOn, kinds, newObligations, level);
    }
  }

  private static Agreement assemble(
      Draft draft,
      Governance governance,
      ExitClause exit,
      DisputeResolutionClause disputes,
      IntellectualPropertyClause ip) {
    Set<ClauseKind> kinds = draft.kinds();
    Agreement.Builder builder =
        Agreement.builder()
            .title("Treaty of " + draft.title())
            .formality(draft.formality())
            .signedOn(draft.signedOn())
            .obligations(draft.obligations())
            .institutionalization(draft.institutionalization());
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
        .describedAs(a -> a.title() + " clauses=" + a.clauses() + " obligations=" + a.obligations());
  }
}
