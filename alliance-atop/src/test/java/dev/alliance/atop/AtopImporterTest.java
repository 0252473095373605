package dev.alliance.atop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.api.agreement.Agreement;
import dev.alliance.api.agreement.Institutionalization;
import dev.alliance.api.agreement.Obligation;
import dev.alliance.api.agreement.ObligationClause;
import dev.alliance.api.agreement.ObligationCondition;
import dev.alliance.api.alliance.Alliance;
import dev.alliance.api.alliance.Member;
import dev.alliance.api.alliance.Role;
import dev.alliance.api.lifecycle.AllianceState;
import dev.alliance.api.lifecycle.MembershipState;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.typology.Form;
import dev.alliance.api.typology.GovernanceStyle;
import dev.alliance.api.typology.Lifespan;
import dev.alliance.api.typology.Purpose;
import dev.alliance.api.typology.Structure;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The importer on a fixture of four invented treaties in ATOP's layout (see
 * src/test/resources/atop-fixture/README.md); every expected value was worked out by hand from the
 * fixture rows.
 */
class AtopImporterTest {
  private static AtopImport fixture;

  static Reader resource(String name) {
    return new InputStreamReader(
        Objects.requireNonNull(AtopImporterTest.class.getResourceAsStream("/atop-fixture/" + name), name), StandardCharsets.UTF_8);
  }

  static AtopImport readFixture() {
    return AtopImporter.read(resource(AtopImporter.ALLIANCE_LEVEL_FILE), resource(AtopImporter.MEMBER_LEVEL_FILE));
  }

  @BeforeAll
  static void read() {
    fixture = readFixture();
  }

  private static AtopTreaty treaty(int id) {
    return fixture.treaties().stream().filter(t -> t.atopId() == id).findFirst().orElseThrow();
  }

  private static Set<PartnerId> ids(String... codes) {
    return Set.of(Arrays.stream(codes).map(PartnerId::of).toArray(PartnerId[]::new));
  }

  @Test
  void aBilateralDefensePactWithATermAndAnOrganization() {
    Alliance a = treaty(9001).alliance();
    Agreement treaty = a.agreement().orElseThrow();
    assertEquals(List.of(ObligationClause.of(Obligation.DEFENSE), ObligationClause.of(Obligation.CONSULTATION)), treaty.obligations());
    assertEquals(Optional.of(LocalDate.of(1950, 3, 15)), a.foundedOn());
    assertEquals(Optional.empty(), a.endedOn());
    assertEquals(AllianceState.OPERATING, a.state());
    assertEquals(Optional.of(Structure.BILATERAL), a.structure());
    assertEquals(Lifespan.adHoc("fixed term of 120 months", Optional.of(LocalDate.of(1960, 3, 15)), false), a.typology().duration());
    assertEquals(Form.INTERGOVERNMENTAL_ORGANIZATION, a.typology().form());
    assertEquals(Optional.of(Institutionalization.MODERATE), treaty.institutionalization());
    assertEquals(Set.of(Purpose.DEFENSIVE), a.typology().purposes());
    assertTrue(fixture.disagreements().stream().noneMatch(d -> d.atopId() == 9001));
  }

  @Test
  void anAsymmetricTreatyKeepsEachMembersObligationsAndDates() {
    AtopTreaty t = treaty(9002);
    Alliance a = t.alliance();
    assertEquals(
        List.of(
            new ObligationClause(Obligation.DEFENSE, ids("200"), false, Set.of()),
            new ObligationClause(Obligation.NEUTRALITY, ids("210", "211"), true, Set.of(ObligationCondition.ATTACK_ON_PARTNER))),
        a.agreement().orElseThrow().obligations());
    Member late = a.member(PartnerId.of("211")).orElseThrow();
    assertEquals(Role.MEMBER, late.role());
    assertEquals(Optional.of(LocalDate.of(1905, 6, 30)), late.joinedOn());
    Member founder = a.member(PartnerId.of("200")).orElseThrow();
    assertEquals(Role.FOUNDER, founder.role());
    assertEquals(Optional.of(LocalDate.of(1900, 1, 1)), founder.joinedOn(), "phases are folded: first entry");
    assertEquals(Optional.of(LocalDate.of(1914, 8, 1)), founder.leftOn(), "last exit; unknown day taken as the 1st");
    assertEquals(MembershipState.WITHDRAWN, founder.state());
    assertEquals(AllianceState.DISSOLVED, a.state());
    assertEquals(Optional.of(Structure.MULTILATERAL), t.structure());
    assertEquals(GovernanceStyle.HYBRID, a.typology().governanceStyle());
    assertEquals(Optional.of(Institutionalization.HIGH), a.agreement().orElseThrow().institutionalization());
    assertEquals(new AtopDate(1914, 8, 0), t.coding().end().orElseThrow());
  }

  @Test
  void everyDisagreementIsReportedWithTheTreatyAndTheReason() {
    assertEquals(
        List.of(
            "ATOP 9002 BILATERAL_FLAG: bilat = 1 but mem1..mem59 list 3 states [200, 210, 211]",
            "ATOP 9002 ASYMMETRY_FLAG: asymm = 0 but the member-level rows give differing obligations"
                + " [200: defense, 210: neutrality (conditional on [ATTACK_ON_PARTNER]), 211: neutrality (conditional on [ATTACK_ON_PARTNER])]",
            "ATOP 9003 CONDITIONAL_FLAG: conditio = 1 but no member's obligation is conditional",
            "ATOP 9003 ACTIVE_FLAG: active = 1 but the obligations are [NON_AGGRESSION, CONSULTATION]"),
        fixture.disagreements().stream().map(Disagreement::toString).toList());
    assertEquals(
        Map.of(
            DisagreementKind.BILATERAL_FLAG, 1L,
            DisagreementKind.ASYMMETRY_FLAG, 1L,
            DisagreementKind.CONDITIONAL_FLAG, 1L,
            DisagreementKind.ACTIVE_FLAG, 1L),
        fixture.disagreementCounts());
  }

  @Test
  void unknownDaysAreCompletedAndNoted() {
    assertEquals(4, fixture.notes().size());
    assertEquals("ATOP 9002: end 1914-08-?? has an unknown day; taken as 1914-08-01", fixture.notes().get(0));
  }

  @Test
  void conditionsAreRead() {
    ObligationClause offense = treaty(9004).alliance().agreement().orElseThrow().obligations().get(0);
    assertEquals(ObligationClause.conditional(Obligation.OFFENSE, ObligationCondition.SPECIFIC_ADVERSARY, ObligationCondition.LOCATION), offense);
    assertEquals(Set.of(Purpose.OFFENSIVE), treaty(9004).alliance().typology().purposes());
  }

  @Test
  void aMissingColumnOrABadCellIsNamed() {
    AtopFormatException missing =
        assertThrows(
            AtopFormatException.class,
            () -> AtopImporter.read(new StringReader("atopid,begyr\n1,1900\n"), resource(AtopImporter.MEMBER_LEVEL_FILE)));
    assertEquals("alliance-level file: required column 'begmo' is missing", missing.getMessage());
    String header = "atopid,member,yrent,moent,dayent,yrexit,moexit,dayexit,defense,offense,neutral,nonagg,consul\n";
    AtopFormatException bad =
        assertThrows(
            AtopFormatException.class,
            () -> AtopImporter.read(resource(AtopImporter.ALLIANCE_LEVEL_FILE), new StringReader(header + "9001,2,19x0,1,1,0,0,0,1,0,0,0,0\n")));
    assertEquals("member-level file, line 2, column yrent = \"19x0\": must be a whole number", bad.getMessage());
  }
}
