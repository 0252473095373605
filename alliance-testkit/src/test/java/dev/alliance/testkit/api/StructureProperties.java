package dev.alliance.testkit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.alliance.api.alliance.Alliance;
import dev.alliance.api.alliance.Member;
import dev.alliance.api.alliance.Role;
import dev.alliance.api.lifecycle.MembershipState;
import dev.alliance.api.partner.Measure;
import dev.alliance.api.partner.Partner;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.partner.PartnerKind;
import dev.alliance.api.typology.PowerSymmetry;
import dev.alliance.api.typology.Structure;
import dev.alliance.testkit.AllianceGenerators;
import dev.alliance.testkit.Gens;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** Structure and power symmetry are derived from the membership and always agree with it. */
class StructureProperties {
  /** Written out here rather than read from MembershipState, so the property checks the enum too. */
  private static final Set<MembershipState> PARTY_STATES =
      EnumSet.of(MembershipState.MEMBER, MembershipState.SUSPENDED, MembershipState.WITHDRAWING);

  @Test
  void derivedStructureAlwaysMatchesTheNumberOfParties() {
    qt().forAll(AllianceGenerators.alliances())
        .checkAssert(
            alliance -> {
              long parties = alliance.members().stream().filter(m -> PARTY_STATES.contains(m.state())).count();
              assertEquals(parties, alliance.parties().size());
              Optional<Structure> expected =
                  parties < 2 ? Optional.empty() : Optional.of(parties == 2 ? Structure.BILATERAL : Structure.MULTILATERAL);
              assertEquals(expected, alliance.structure());
            });
  }

  @Test
  void aThirdPartyMakesABilateralAllianceMultilateralAndAnInviteeDoesNot() {
    qt().forAll(AllianceGenerators.alliances(2, 6).map(StructureProperties::bilateral), Generate.enumValues(MembershipState.class))
        .checkAssert(
            (alliance, state) -> {
              assertEquals(Optional.of(Structure.BILATERAL), alliance.structure());
              Member newcomer =
                  Member.builder()
                      .partner(Partner.of(PartnerId.of("NEWCOMER"), "Newcomer", PartnerKind.STATE))
                      .role(Role.MEMBER)
                      .state(state)
                      .build();
              List<Member> members = new ArrayList<>(alliance.members());
              members.add(newcomer);
              Alliance larger = alliance.withMembers(members);
              Structure expected = PARTY_STATES.contains(state) ? Structure.MULTILATERAL : Structure.BILATERAL;
              assertEquals(Optional.of(expected), larger.structure());
            });
  }

  /** Makes the first two members parties and every other member a former member. */
  private static Alliance bilateral(Alliance alliance) {
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < alliance.members().size(); i++) {
      Member m = alliance.members().get(i);
      members.add(m.withState(i < 2 ? MembershipState.MEMBER : MembershipState.WITHDRAWN).withLeftOn(Optional.empty()));
    }
    return alliance.withMembers(members);
  }

  @Test
  void symmetryComparesTheStrongestPartyWithTwiceTheWeakest() {
    qt().forAll(AllianceGenerators.alliances(2, 8), lists().of(Gens.nonNegativeDecimals()).ofSize(8))
        .checkAssert(
            (alliance, capabilities) -> {
              List<Member> measured = new ArrayList<>();
              for (int i = 0; i < alliance.members().size(); i++) {
                Member m = alliance.members().get(i);
                measured.add(m.withPartner(m.partner().withAttributes(Map.of(Measure.GDP, capabilities.get(i)))));
              }
              Alliance withGdp = alliance.withMembers(measured);
              List<BigDecimal> values =
                  withGdp.parties().stream().map(p -> p.partner().attribute(Measure.GDP).orElseThrow()).toList();
              Optional<PowerSymmetry> expected = Optional.empty();
              if (values.size() >= 2) {
                BigDecimal max = values.stream().max(BigDecimal::compareTo).orElseThrow();
                BigDecimal min = values.stream().min(BigDecimal::compareTo).orElseThrow();
                expected =
                    Optional.of(max.compareTo(min.add(min)) <= 0 ? PowerSymmetry.SYMMETRIC : PowerSymmetry.ASYMMETRIC);
              }
              assertEquals(expected, withGdp.powerSymmetry(Measure.GDP));
            });
  }

  @Test
  void symmetryIsUndeterminedWhenAPartyLacksTheMeasure() {
    qt().forAll(AllianceGenerators.alliances(2, 8))
        .checkAssert(
            alliance -> {
              boolean allMeasured =
                  alliance.parties().stream().allMatch(p -> p.partner().attribute(Measure.CAPABILITY_INDEX).isPresent());
              boolean enoughParties = alliance.parties().size() >= 2;
              assertEquals(allMeasured && enoughParties, alliance.powerSymmetry(Measure.CAPABILITY_INDEX).isPresent());
            });
  }
}
