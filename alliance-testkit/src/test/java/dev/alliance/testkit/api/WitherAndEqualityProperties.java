package dev.alliance.testkit.api;

import static dev.alliance.testkit.ValueAssertions.assertEqualValues;
import static dev.alliance.testkit.ValueAssertions.assertOnlyChanged;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.quicktheories.QuickTheory.qt;

import dev.alliance.api.agreement.Agreement;
import dev.alliance.api.alliance.Alliance;
import dev.alliance.api.alliance.Member;
import dev.alliance.api.contribution.Contribution;
import dev.alliance.api.contribution.ContributionStatus;
import dev.alliance.api.governance.DecisionProcedure;
import dev.alliance.api.governance.Governance;
import dev.alliance.api.lifecycle.AllianceState;
import dev.alliance.api.lifecycle.MembershipState;
import dev.alliance.api.objective.Objective;
import dev.alliance.api.objective.Priority;
import dev.alliance.api.objective.Scope;
import dev.alliance.api.partner.CulturalProfile;
import dev.alliance.api.partner.Partner;
import dev.alliance.api.partner.PartnerKind;
import dev.alliance.api.typology.Formality;
import dev.alliance.api.typology.GovernanceStyle;
import dev.alliance.api.typology.Typology;
import dev.alliance.testkit.AgreementGenerators;
import dev.alliance.testkit.AllianceGenerators;
import dev.alliance.testkit.ContributionGenerators;
import dev.alliance.testkit.Gens;
import dev.alliance.testkit.GovernanceGenerators;
import dev.alliance.testkit.ObjectiveGenerators;
import dev.alliance.testkit.PartnerGenerators;
import dev.alliance.testkit.TypologyGenerators;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * {@code with*} copies change only the attribute they name (checked field by field on the
 * generated class, so a new attribute is covered automatically), and values built from equal
 * inputs are equal, hash equally and print the same.
 */
class WitherAndEqualityProperties {

  @Test
  void partnerWithersChangeOnlyWhatTheyName() {
    qt().forAll(PartnerGenerators.partners(), Gens.names(), Generate.enumValues(PartnerKind.class), PartnerGenerators.attributes())
        .checkAssert(
            (partner, name, kind, attributes) -> {
              assertOnlyChanged(partner, partner.withName(name + " II"), "name", name + " II");
              assertOnlyChanged(partner, partner.withKind(kind), "kind", kind);
              assertOnlyChanged(partner, partner.withAttributes(attributes), "attributes", attributes);
            });
    qt().forAll(PartnerGenerators.partners(), PartnerGenerators.culturalProfiles())
        .checkAssert(
            (partner, profile) -> assertOnlyChanged(partner, partner.withCulturalProfile(profile), "culturalProfile", profile));
  }

  @Test
  void memberAndAllianceWithersChangeOnlyWhatTheyName() {
    qt().forAll(AllianceGenerators.alliances(1, 6), Gens.weights(), Generate.enumValues(MembershipState.class), Generate.enumValues(AllianceState.class))
        .checkAssert(
            (alliance, weight, membershipState, allianceState) -> {
              Member member = alliance.members().get(0);
              assertOnlyChanged(member, member.withWeight(weight), "weight", weight);
              assertOnlyChanged(member, member.withState(membershipState), "state", membershipState);
              assertOnlyChanged(alliance, alliance.withState(allianceState), "state", allianceState);
              assertOnlyChanged(alliance, alliance.withName("Renamed " + alliance.name()), "name", "Renamed " + alliance.name());
              List<Member> fewer = alliance.members().subList(1, alliance.members().size());
              if (alliance.agreement().isEmpty()) {
                assertOnlyChanged(alliance, alliance.withMembers(fewer), "members", fewer);
              }
            });
  }

  @Test
  void otherWithersChangeOnlyWhatTheyName() {
    qt().forAll(
            ObjectiveGenerators.objectives(), TypologyGenerators.typologies(), ObjectiveGenerators.scopes(), ContributionGenerators.contributions())
        .checkAssert(
            (objective, typology, scope, contribution) -> {
              Priority flipped = objective.isCore() ? Priority.ASPIRATIONAL : Priority.CORE;
              assertOnlyChanged(objective, objective.withPriority(flipped), "priority", flipped);
              assertOnlyChanged(objective, objective.withDeadline(objective.deadline().plusDays(1)), "deadline", objective.deadline().plusDays(1));
              assertOnlyChanged(typology, typology.withGovernanceStyle(GovernanceStyle.HYBRID), "governanceStyle", GovernanceStyle.HYBRID);
              assertOnlyChanged(typology, typology.withFormality(Formality.CHARTER), "formality", Formality.CHARTER);
              assertOnlyChanged(scope, scope.withExclusive(!scope.isExclusive()), "exclusive", !scope.isExclusive());
              assertOnlyChanged(contribution, contribution.withStatus(ContributionStatus.DELIVERED), "status", ContributionStatus.DELIVERED);
            });
    qt().forAll(AgreementGenerators.agreements(List.of()), AgreementGenerators.exitClauses(), GovernanceGenerators.procedures(List.of()))
        .checkAssert(
            (agreement, exit, procedure) -> {
              assertOnlyChanged(agreement, agreement.withExit(exit), "exit", exit);
              assertOnlyChanged(agreement, agreement.withTitle("Treaty of Change"), "title", "Treaty of Change");
              Governance governance = Governance.consensusForAll();
              assertOnlyChanged(governance, governance.withDefaultProcedure(procedure), "defaultProcedure", procedure);
              assertOnlyChanged(procedure, procedure.withAbstention(procedure.abstention()), "abstention", procedure.abstention());
            });
  }

  @Test
  void equalInputsGiveEqualValuesWithEqualHashCodes() {
    qt().forAll(AllianceGenerators.alliances(), ContributionGenerators.contributions(), PartnerGenerators.culturalProfiles())
        .checkAssert(
            (alliance, contribution, profile) -> {
              assertEqualValues(alliance, Alliance.builder().from(alliance).build());
              assertEqualValues(contribution, Contribution.builder().from(contribution).build());
              assertEqualValues(profile, CulturalProfile.builder().from(profile).build());
              for (Member m : alliance.members()) {
                assertEqualValues(m, Member.builder().from(m).build());
                Partner p = m.partner();
                assertEqualValues(p, Partner.builder().from(p).build());
              }
              alliance.agreement().ifPresent(a -> assertEqualValues(a, Agreement.builder().from(a).build()));
              Governance g = alliance.governance();
              assertEqualValues(g, Governance.builder().from(g).build());
              DecisionProcedure d = g.defaultProcedure();
              assertEqualValues(d, DecisionProcedure.builder().from(d).build());
              assertEqualValues(alliance.typology(), Typology.builder().from(alliance.typology()).build());
              assertEqualValues(alliance.scope(), Scope.builder().from(alliance.scope()).build());
              for (Objective o : alliance.objectives()) {
                assertEqualValues(o, Objective.builder().from(o).build());
              }
              assertNotEquals(alliance, alliance.withName(alliance.name() + "!"));
            });
  }
}
