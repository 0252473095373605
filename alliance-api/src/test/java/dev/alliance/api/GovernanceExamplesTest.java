package dev.alliance.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.api.agreement.Agreement;
import dev.alliance.api.agreement.ClauseKind;
import dev.alliance.api.agreement.DisputeResolutionClause;
import dev.alliance.api.agreement.DisputeStage;
import dev.alliance.api.agreement.EscalationStep;
import dev.alliance.api.agreement.GovernanceClause;
import dev.alliance.api.agreement.PurposeClause;
import dev.alliance.api.agreement.UnresolvedConsequence;
import dev.alliance.api.alliance.Alliance;
import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.alliance.Member;
import dev.alliance.api.alliance.Role;
import dev.alliance.api.governance.Base;
import dev.alliance.api.governance.DecisionProcedure;
import dev.alliance.api.governance.DecisionRule;
import dev.alliance.api.governance.Governance;
import dev.alliance.api.governance.IssueArea;
import dev.alliance.api.governance.Threshold;
import dev.alliance.api.governance.VetoAbstention;
import dev.alliance.api.governance.WeightSource;
import dev.alliance.api.partner.Measure;
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
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Hand-checked examples of governance as data and of the agreement's clauses. */
class GovernanceExamplesTest {

  @Test
  void thresholdsAreExactFractions() {
    Threshold.Share twoThirds = Threshold.atLeast(2, 3);
    assertTrue(twoThirds.isMetBy(dec("10"), dec("15")));
    assertFalse(twoThirds.isMetBy(dec("9.99"), dec("15")));
    assertFalse(Threshold.moreThanHalf().isMetBy(dec("5"), dec("10")));
    assertTrue(Threshold.moreThanHalf().isMetBy(dec("6"), dec("10")));
    Threshold.Share eu = Threshold.atLeastPercent("55");
    assertEquals(55, eu.numerator());
    assertEquals(100, eu.denominator());
    Threshold.Share precise = Threshold.atLeastPercent("62.5");
    assertTrue(precise.isMetBy(dec("5"), dec("8")));
    assertFalse(precise.isMetBy(dec("4.99"), dec("8")));
    assertTrue(Threshold.quota(9).isMetBy(dec("9"), dec("15")));
    assertThrows(InvalidValueException.class, () -> Threshold.atLeast(4, 3));
  }

  /**
   * The EU Council's qualified majority since Lisbon: 55% of members representing 65% of the
   * population; a blocking minority needs at least four members.
   */
  @Test
  void theEuDoubleMajorityIsSpelledOutInSimplerRules() {
    DecisionRule.DoubleMajority eu =
        new DecisionRule.DoubleMajority(Threshold.atLeastPercent("55"), Measure.POPULATION, Threshold.atLeastPercent("65"), 4);
    DecisionRule expected =
        DecisionRule.allOf(
            DecisionRule.qualifiedMajority(Threshold.atLeastPercent("55"), Base.ALL_MEMBERS),
            DecisionRule.anyOf(
                new DecisionRule.WeightedMajority(
                    WeightSource.ofMeasure(Measure.POPULATION),
                    Threshold.atLeastPercent("65"),
                    Base.ALL_MEMBERS),
                new DecisionRule.BlockingMinority(4)));
    assertEquals(expected, eu.toComposition());
  }

  @Test
  void issueAreasUseTheirOwnProcedureOrTheDefault() {
    Governance nato =
        Governance.builder()
            .defaultProcedure(DecisionProcedure.of(DecisionRule.consensus()))
            .putProcedures(IssueArea.MEMBERSHIP, DecisionProcedure.of(DecisionRule.unanimity()))
            .build();
    assertEquals(DecisionRule.unanimity(), nato.procedureFor(IssueArea.MEMBERSHIP).rule());
    assertEquals(DecisionRule.consensus(), nato.procedureFor(IssueArea.of("Budget")).rule());
  }

  @Test
  void theSecurityCouncilNamesItsFivePermanentMembers() {
    Set<PartnerId> p5 = ids("CHN", "FRA", "RUS", "GBR", "USA");
    DecisionRule council =
        DecisionRule.allOf(DecisionRule.atLeastYes(9), DecisionRule.vetoPlayers(p5, VetoAbstention.ABSTENTION_DOES_NOT_BLOCK));
    assertEquals(p5, council.namedPartners());
  }

  @Test
  void anAllianceRejectsGovernanceThatNamesStrangers() {
    Governance leadByUsa =
        Governance.builder().defaultProcedure(DecisionProcedure.of(DecisionRule.leadPartner(PartnerId.of("USA")))).build();
    Agreement agreement =
        Agreement.builder()
            .title("Pact")
            .formality(Formality.TREATY)
            .purpose(new PurposeClause("defense"))
            .governance(new GovernanceClause(leadByUsa))
            .build();
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                Alliance.builder()
                    .id(AllianceId.of("pact"))
                    .name("Pact")
                    .typology(typology())
                    .addMembers(member("FRA"), member("GBR"))
                    .agreement(agreement)
                    .build());
    assertEquals("Alliance.agreement.governance = [USA]: names partners who are not members", e.getMessage());
  }

  @Test
  void anAllianceWithoutAnAgreementDecidesByConsensus() {
    Alliance a =
        Alliance.builder().id(AllianceId.of("a")).name("A").typology(typology()).addMembers(member("X"), member("Y")).build();
    assertEquals(DecisionRule.consensus(), a.governance().procedureFor(IssueArea.SECURITY).rule());
  }

  @Test
  void aPartnerCanBeAMemberOnlyOnce() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                Alliance.builder()
                    .id(AllianceId.of("a"))
                    .name("A")
                    .typology(typology())
                    .addMembers(member("FRA"), member("FRA").withRole(Role.LEAD))
                    .build());
    assertEquals("Alliance.members = FRA: a partner can be a member only once", e.getMessage());
  }

  @Test
  void anAgreementListsTheEssentialClausesItLacks() {
    Agreement draft = Agreement.builder().title("Draft").formality(Formality.CONTRACT).purpose(new PurposeClause("R&D")).build();
    assertEquals(
        EnumSet.of(
            ClauseKind.GOVERNANCE,
            ClauseKind.RESOURCE_COMMITMENTS,
            ClauseKind.INTELLECTUAL_PROPERTY,
            ClauseKind.EXIT,
            ClauseKind.DISPUTE_RESOLUTION,
            ClauseKind.REVIEW),
        draft.missingEssentialClauses());
    assertFalse(draft.isComplete());
  }

  @Test
  void aDisputeLadderOnlyClimbs() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                new DisputeResolutionClause(
                    List.of(
                        EscalationStep.of(DisputeStage.ARBITRATION, Period.ofMonths(6)),
                        EscalationStep.of(DisputeStage.MEDIATION, Period.ofMonths(2))),
                    false,
                    UnresolvedConsequence.STATUS_QUO));
    assertEquals("DisputeResolutionClause.ladder[1]", e.field());
  }

  @Test
  void anObserverDoesNotVote() {
    assertFalse(Member.of(partner("OBS"), Role.OBSERVER).hasVotingRights());
    assertThrows(
        InvalidValueException.class, () -> Member.builder().partner(partner("OBS")).role(Role.OBSERVER).votingRights(true).build());
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> member("X").withWeight(new BigDecimal("-1")));
    assertEquals("Member.weight = -1: must not be negative", e.getMessage());
  }

  private static Typology typology() {
    return Typology.builder()
        .addPurposes(Purpose.DEFENSIVE)
        .governanceStyle(GovernanceStyle.EGALITARIAN)
        .duration(Lifespan.permanent())
        .formality(Formality.TREATY)
        .form(Form.PACT)
        .build();
  }

  private static Partner partner(String id) {
    return Partner.of(PartnerId.of(id), id, PartnerKind.STATE);
  }

  private static Member member(String id) {
    return Member.of(partner(id), Role.FOUNDER);
  }

  private static Set<PartnerId> ids(String... ids) {
    return Set.of(ids).stream().map(PartnerId::of).collect(Collectors.toSet());
  }

  private static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }
}
