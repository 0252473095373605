package dev.alliance.testkit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.alliance.api.DateRange;
import dev.alliance.api.partner.PartnerKind;
import dev.alliance.api.governance.VetoAbstention;
import dev.alliance.api.agreement.AssetDivision;
import dev.alliance.api.objective.Activity;
import dev.alliance.api.agreement.EscalationStep;
import java.util.Collections;
import dev.alliance.api.InvalidValueException;
import dev.alliance.api.agreement.DisputeResolutionClause;
import dev.alliance.api.agreement.ExitClause;
import dev.alliance.api.agreement.GovernanceClause;
import dev.alliance.api.alliance.Alliance;
import dev.alliance.api.alliance.Member;
import dev.alliance.api.alliance.Role;
import dev.alliance.api.contribution.Valuation;
import dev.alliance.api.governance.DecisionProcedure;
import dev.alliance.api.governance.DecisionRule;
import dev.alliance.api.governance.Governance;
import dev.alliance.api.governance.Threshold;
import dev.alliance.api.governance.WeightSource;
import dev.alliance.api.partner.CulturalProfile;
import dev.alliance.api.partner.HofstedeDimension;
import dev.alliance.api.partner.Measure;
import dev.alliance.api.partner.Partner;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.typology.Lifespan;
import dev.alliance.api.typology.Typology;
import dev.alliance.testkit.AgreementGenerators;
import dev.alliance.testkit.AllianceGenerators;
import dev.alliance.testkit.ContributionGenerators;
import dev.alliance.testkit.Gens;
import dev.alliance.testkit.ObjectiveGenerators;
import dev.alliance.testkit.PartnerGenerators;
import dev.alliance.testkit.TypologyGenerators;
import java.math.BigDecimal;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.quicktheories.generators.Generate;

/**
 * Every invalid combination is rejected at construction with a message naming the field, the
 * value and the rule; generated (valid) values never break the non-negativity and uniqueness
 * rules.
 */
class InvalidValueProperties {

  /** Runs a construction that must fail and checks the error names field, value and rule. */
  private static void assertRejected(String fieldPrefix, Executable construction) {
    InvalidValueException e = assertThrows(InvalidValueException.class, construction);
    assertTrue(e.field().startsWith(fieldPrefix), () -> "field " + e.field() + " should start with " + fieldPrefix);
    assertNotNull(e.value());
    assertTrue(!e.rule().isBlank(), "the rule is stated");
    assertEquals(e.field() + " = " + e.value() + ": " + e.rule(), e.getMessage());
  }

  private static BigDecimal negate(BigDecimal positive) {
    return positive.negate();
  }

  @Test
  void weightsAndValuationsAreNeverNegative() {
    qt().forAll(AllianceGenerators.alliances(), ContributionGenerators.contributions())
        .checkAssert(
            (alliance, contribution) -> {
              alliance.members().forEach(m -> assertTrue(m.weight().signum() >= 0));
              alliance.members().forEach(m -> m.partner().attributes().values().forEach(v -> assertTrue(v.signum() >= 0)));
              assertTrue(contribution.valuation().amount().signum() >= 0);
            });
  }

  @Test
  void aNegativeWeightOrValuationIsRejected() {
    qt().forAll(AllianceGenerators.membersFor(Partner.of(PartnerId.of("X"), "X", PartnerKind.FIRM)), Gens.positiveDecimals(), PartnerGenerators.measures())
        .checkAssert(
            (member, amount, measure) -> {
              assertRejected("Member.weight", () -> member.withWeight(negate(amount)));
              assertRejected("Valuation.amount", () -> Valuation.of(negate(amount), "USD"));
              assertRejected(
                  "Partner.attributes[" + measure + "]",
                  () -> member.partner().withAttributes(Map.of(measure, negate(amount))));
              assertRejected(
                  "Explicit.weights[X]", () -> WeightSource.explicit(Map.of(PartnerId.of("X"), negate(amount))));
            });
  }

  @Test
  void aPartnerCanNeverBeAMemberTwice() {
    qt().forAll(AllianceGenerators.alliances(1, 8), Generate.range(0, 7))
        .checkAssert(
            (alliance, pick) -> {
              assertEquals(
                  alliance.members().size(),
                  alliance.members().stream().map(Member::id).distinct().count(),
                  "generated alliances have distinct members");
              Member twin = alliance.members().get(pick % alliance.members().size());
              List<Member> members = new ArrayList<>(alliance.members());
              members.add(twin.withWeight(twin.weight().add(BigDecimal.ONE)));
              assertRejected("Alliance.members", () -> alliance.withMembers(members));
            });
  }

  @Test
  void objectiveNamesAreUniqueWithinAnAlliance() {
    qt().forAll(AllianceGenerators.alliances(), ObjectiveGenerators.objectives())
        .checkAssert(
            (alliance, objective) -> {
              assertRejected("Alliance.objectives", () -> alliance.withObjectives(objective, objective.withDeadline(objective.deadline().plusDays(1))));
            });
  }

  @Test
  void governanceMayNameOnlyMembers() {
    qt().forAll(AllianceGenerators.alliances())
        .checkAssert(
            alliance -> {
              Governance stranger =
                  Governance.builder()
                      .defaultProcedure(DecisionProcedure.of(DecisionRule.leadPartner(PartnerId.of("STRANGER"))))
                      .build();
              alliance
                  .agreement()
                  .ifPresent(
                      agreement ->
                          assertRejected(
                              "Alliance.agreement.governance",
                              () -> alliance.withAgreement(agreement.withGovernance(new GovernanceClause(stranger)))));
            });
  }

  @Test
  void invalidCombinationsOfSmallerValuesAreRejected() {
    qt().forAll(PartnerGenerators.partners(), ObjectiveGenerators.objectives(), ContributionGenerators.dateRanges(), TypologyGenerators.typologies())
        .checkAssert(
            (partner, objective, range, typology) -> {
              assertRejected("Partner.name", () -> partner.withName(" "));
              assertRejected("Objective.target", () -> objective.withTarget(objective.baseline()));
              assertRejected("DateRange.end", () -> DateRange.of(range.end().plusDays(1), range.end()));
              assertRejected("Typology.purposes", () -> typology.withPurposes(Set.of()));
              assertRejected("AdHoc.endsWhenCoreObjectivesMet", () -> Lifespan.adHoc("mission", Optional.empty(), false));
              assertRejected(
                  "CulturalProfile.scores[POWER_DISTANCE]",
                  () -> CulturalProfile.builder().putScores(HofstedeDimension.POWER_DISTANCE, 121.0).build());
              assertRejected("Share.numerator", () -> Threshold.atLeast(3, 2));
              assertRejected("Share.denominator", () -> Threshold.atLeast(0, 0));
              assertRejected("Quota.amount", () -> Threshold.quota(-1));
              assertRejected("VetoPlayers.players", () -> DecisionRule.vetoPlayers(Set.of(), VetoAbstention.ABSTENTION_BLOCKS));
              assertRejected("AllOf.rules", () -> DecisionRule.allOf());
              assertRejected("AnyOf.rules", () -> DecisionRule.anyOf());
              assertRejected("BlockingMinority.minimumMembers", () -> new DecisionRule.BlockingMinority(0));
              assertRejected("ExitClause.noticePeriod", () -> ExitClause.of(Period.ofDays(-1), AssetDivision.EQUAL));
              assertRejected("Measure.name", () -> Measure.of(""));
            });
  }

  @Test
  void scopesRejectActivitiesBothIncludedAndExcluded() {
    qt().forAll(ObjectiveGenerators.scopes().assuming(s -> !s.included().isEmpty()))
        .checkAssert(
            scope -> {
              Set<Activity> excluded = new HashSet<>(scope.excluded());
              excluded.add(scope.included().iterator().next());
              assertRejected("Scope.excluded", () -> scope.withExcluded(excluded));
            });
  }

  @Test
  void disputeLaddersThatDoNotClimbAreRejected() {
    qt().forAll(AgreementGenerators.disputeClauses().assuming(c -> c.ladder().size() >= 2))
        .checkAssert(
            clause -> {
              List<EscalationStep> reversed = new ArrayList<>(clause.ladder());
              Collections.reverse(reversed);
              assertRejected(
                  "DisputeResolutionClause.ladder[",
                  () -> new DisputeResolutionClause(reversed, clause.skippingAllowed(), clause.unresolved()));
            });
  }

  @Test
  void anObserverNeverVotes() {
    qt().forAll(PartnerGenerators.partners())
        .checkAssert(
            partner -> {
              Member observer = Member.of(partner, Role.OBSERVER);
              assertEquals(false, observer.hasVotingRights());
              assertRejected("Member.votingRights", () -> observer.withVotingRights(true));
            });
  }

  /** A generator that never produces an invalid value is part of the contract of the kit. */
  @Test
  void generatedAlliancesAreValidByConstruction() {
    qt().forAll(AllianceGenerators.alliances())
        .checkAssert(alliance -> assertEquals(alliance, Alliance.builder().from(alliance).build()));
  }
}
