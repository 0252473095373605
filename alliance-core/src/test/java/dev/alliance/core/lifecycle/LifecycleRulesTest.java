package dev.alliance.core.lifecycle;

import static dev.alliance.core.lifecycle.Story.D0;
import static dev.alliance.core.lifecycle.Story.ID;
import static dev.alliance.testkit.LifecycleFixtures.partner;
import static dev.alliance.testkit.LifecycleFixtures.partnerId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.api.agreement.Agreement;
import dev.alliance.api.alliance.Role;
import dev.alliance.api.command.LifecycleCommand.AbandonFormation;
import dev.alliance.api.command.LifecycleCommand.AmendAgreement;
import dev.alliance.api.command.LifecycleCommand.CompleteDissolution;
import dev.alliance.api.command.LifecycleCommand.DeclareCrisis;
import dev.alliance.api.command.LifecycleCommand.DecideDissolution;
import dev.alliance.api.command.LifecycleCommand.EndCrisis;
import dev.alliance.api.command.LifecycleCommand.ExpireMandate;
import dev.alliance.api.command.LifecycleCommand.OpenNegotiations;
import dev.alliance.api.command.LifecycleCommand.OpenReview;
import dev.alliance.api.command.LifecycleCommand.ProposeAlliance;
import dev.alliance.api.command.LifecycleCommand.RecordProgress;
import dev.alliance.api.command.LifecycleCommand.ResumeOperations;
import dev.alliance.api.command.LifecycleCommand.SignAgreement;
import dev.alliance.api.command.LifecycleCommand.StartOperations;
import dev.alliance.api.command.LifecycleCommand.SuspendOperations;
import dev.alliance.api.command.MembershipCommand.AdmitMember;
import dev.alliance.api.command.MembershipCommand.BeginAccession;
import dev.alliance.api.command.MembershipCommand.CompleteWithdrawal;
import dev.alliance.api.command.MembershipCommand.ExpelMember;
import dev.alliance.api.command.MembershipCommand.ExtendWithdrawal;
import dev.alliance.api.command.MembershipCommand.GiveWithdrawalNotice;
import dev.alliance.api.command.MembershipCommand.InviteMember;
import dev.alliance.api.command.MembershipCommand.ReinstateMember;
import dev.alliance.api.command.Rejection;
import dev.alliance.api.event.AllianceEvent;
import dev.alliance.api.event.LifecycleEvent;
import dev.alliance.api.event.MembershipEvent;
import dev.alliance.api.governance.DecisionProcedure;
import dev.alliance.api.governance.DecisionReference;
import dev.alliance.api.governance.DecisionRule;
import dev.alliance.api.governance.Governance;
import dev.alliance.api.lifecycle.AllianceState;
import dev.alliance.api.lifecycle.MembershipState;
import dev.alliance.api.objective.Scope;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.typology.Lifespan;
import dev.alliance.core.statemachine.TableDiagrams;
import dev.alliance.testkit.LifecycleFixtures;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One example per rule of the lifecycle: every general rule of both tables, every guard, and the
 * rules for every command. Each example is marked with the rule it shows; {@link
 * #everyRuleHasAnExample()} checks that none is missing, including rules added later.
 */
class LifecycleRulesTest {
  private static final DecisionReference DECIDED = DecisionReference.of("council decision 1");
  private static final PartnerId P0 = partnerId(0);
  private static final PartnerId P1 = partnerId(1);
  private static final PartnerId P2 = partnerId(2);
  private static final PartnerId P5 = partnerId(5);

  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @interface RuleExample {
    String value();
  }

  @Test
  void everyRuleHasAnExample() {
    Set<String> rules = new TreeSet<>();
    LifecycleTables.commandRules().forEach(r -> rules.add(r.id()));
    TableDiagrams.rules(LifecycleTables.alliance()).forEach(r -> rules.add(r.id()));
    TableDiagrams.rules(LifecycleTables.membership()).forEach(r -> rules.add(r.id()));
    Set<String> shown = new TreeSet<>();
    for (Method method : getClass().getDeclaredMethods()) {
      RuleExample example = method.getAnnotation(RuleExample.class);
      if (example != null) {
        shown.add(example.value());
      }
    }
    assertEquals(rules, shown);
  }

  // ---- general rules of the tables ----

  @Test
  @RuleExample("alliance.unknown")
  void nothingButAProposalStartsAnAlliance() {
    Rejection r = new Story().reject(new StartOperations(ID, D0), "alliance.unknown");
    assertEquals("the alliance does not exist yet: OperationsStarted needs it to start with AllianceProposed", r.reason());
    new Story().reject(new InviteMember(ID, partner(1), Role.FOUNDER, D0), "alliance.unknown");
  }

  @Test
  @RuleExample("alliance.already-exists")
  void anAllianceIsProposedOnce() {
    Story story = Story.operating(2, Period.ZERO);
    story.reject(
        new ProposeAlliance(ID, "Again", LifecycleFixtures.typology(Lifespan.permanent()), List.of(), Scope.empty(), D0),
        "alliance.already-exists");
  }

  @Test
  @RuleExample("alliance.terminal-state")
  void aTerminalAllianceAcceptsNoCommand() {
    Story story = new Story();
    story.accept(LifecycleFixtures.formAndOperate(ID, 2, D0, LifecycleFixtures.typology(Lifespan.permanent()), LifecycleFixtures.agreement(Period.ZERO)).subList(0, 2));
    story.accept(new AbandonFormation(ID, "no common ground", D0));
    Rejection r = story.reject(new OpenNegotiations(ID, D0), "alliance.terminal-state");
    assertEquals("the alliance is DISSOLVED, a terminal state: NegotiationsOpened cannot follow", r.reason());
    story.reject(new InviteMember(ID, partner(3), Role.MEMBER, D0), "alliance.terminal-state");
  }

  @Test
  @RuleExample("alliance.transition-not-allowed")
  void anEventNeedsARowFromTheCurrentState() {
    Story story = new Story();
    story.accept(new ProposeAlliance(ID, "Test", LifecycleFixtures.typology(Lifespan.permanent()), List.of(), Scope.empty(), D0));
    Rejection r = story.reject(new StartOperations(ID, D0), "alliance.transition-not-allowed");
    assertEquals("the alliance is PROPOSED; OperationsStarted is allowed from FORMED", r.reason());
  }

  @Test
  @RuleExample("membership.unknown")
  void onlyAnInvitedPartnerHasAMembership() {
    Rejection r = Story.operating(2, Period.ZERO).reject(new AdmitMember(ID, P5, DECIDED, D0), "membership.unknown");
    assertEquals("P5's membership does not exist yet: MemberAdmitted needs it to start with MemberInvited", r.reason());
  }

  @Test
  @RuleExample("membership.already-exists")
  void aPartnerIsInvitedOnce() {
    Story.operating(2, Period.ZERO).reject(new InviteMember(ID, partner(0), Role.MEMBER, D0), "membership.already-exists");
  }

  @Test
  @RuleExample("membership.terminal-state")
  void anExpelledMemberCannotBeReinstated() {
    Story story = Story.operating(3, Period.ZERO);
    story.accept(new ExpelMember(ID, P2, "breach", DECIDED, D0));
    Rejection r = story.reject(new ReinstateMember(ID, P2, DECIDED, D0), "membership.terminal-state");
    assertEquals("P2's membership is EXPELLED, a terminal state: MemberReinstated cannot follow", r.reason());
    assertFalse(story.state().member(P2).orElseThrow().canVote());
  }

  @Test
  @RuleExample("membership.transition-not-allowed")
  void onlyASuspendedMemberIsReinstated() {
    Rejection r = Story.operating(2, Period.ZERO).reject(new ReinstateMember(ID, P1, DECIDED, D0), "membership.transition-not-allowed");
    assertEquals("P1's membership is MEMBER; MemberReinstated is allowed from SUSPENDED", r.reason());
  }

  // ---- rules for every command ----

  @Test
  @RuleExample("chronology.not-in-the-future")
  void noCommandIsDatedAfterToday() {
    Rejection r = Story.operating(2, Period.ZERO).reject(new OpenReview(ID, "review", LocalDate.of(2400, 1, 2)), "chronology.not-in-the-future");
    assertEquals("the command is dated 2400-01-02, today is 2400-01-01", r.reason());
  }

  @Test
  @RuleExample("chronology.not-before-last-act")
  void noCommandIsDatedBeforeTheLatestEvent() {
    Story story = Story.operating(2, Period.ZERO);
    story.accept(new OpenReview(ID, "review", D0.plusDays(10)));
    Rejection r = story.reject(new SuspendOperations(ID, "shock", DECIDED, D0.plusDays(9)), "chronology.not-before-last-act");
    assertEquals("the command is dated 2000-01-10, the stream's latest event is dated 2000-01-11", r.reason());
  }

  // ---- guards of the alliance table ----

  @Test
  @RuleExample("formation.requires-complete-agreement")
  void formingNeedsEveryEssentialClause() {
    Story story = negotiating(2);
    Agreement draft = LifecycleFixtures.agreement(Period.ZERO).withExit(Optional.empty()).withReview(Optional.empty());
    Rejection r = story.reject(new SignAgreement(ID, draft, LifecycleFixtures.partnerIds(2), D0), "formation.requires-complete-agreement");
    assertEquals("the agreement lacks [EXIT, REVIEW]", r.reason());
  }

  @Test
  @RuleExample("formation.requires-two-signatories")
  void formingNeedsTwoSignatories() {
    Rejection r = negotiating(2).reject(new SignAgreement(ID, LifecycleFixtures.agreement(Period.ZERO), Set.of(P0), D0), "formation.requires-two-signatories");
    assertEquals("1 partner(s) sign [P0]; an alliance needs two", r.reason());
  }

  @Test
  @RuleExample("agreement.names-only-members")
  void theGovernanceMayNameOnlyMembers() {
    Governance strangerLeads = Governance.builder().defaultProcedure(DecisionProcedure.of(DecisionRule.leadPartner(PartnerId.of("P9")))).build();
    Agreement agreement = LifecycleFixtures.agreement(Period.ZERO, strangerLeads);
    Rejection r = negotiating(2).reject(new SignAgreement(ID, agreement, LifecycleFixtures.partnerIds(2), D0), "agreement.names-only-members");
    assertEquals("Alliance.agreement.governance = [P9]: names partners who are not members", r.reason());

    Story story = Story.operating(2, Period.ZERO);
    story.accept(new OpenReview(ID, "review", D0));
    story.reject(new AmendAgreement(ID, agreement, DECIDED, D0), "agreement.names-only-members");
  }

  @Test
  @RuleExample("operation.requires-two-parties")
  void operatingNeedsTwoParties() {
    Story story = negotiating(2);
    story.accept(new SignAgreement(ID, LifecycleFixtures.agreement(Period.ZERO), LifecycleFixtures.partnerIds(2), D0));
    story.accept(new GiveWithdrawalNotice(ID, P1, D0));
    story.accept(new CompleteWithdrawal(ID, P1, D0));
    assertEquals(Optional.of(AllianceState.FORMED), story.state().state(), "a formed alliance not yet operating stays formed");
    Rejection r = story.reject(new StartOperations(ID, D0), "operation.requires-two-parties");
    assertEquals("only 1 party is bound by the agreement: [P0]", r.reason());

    // A replacement partner makes it viable again.
    story.accept(new InviteMember(ID, partner(2), Role.MEMBER, D0));
    story.accept(new BeginAccession(ID, P2, D0));
    story.accept(new AdmitMember(ID, P2, DECIDED, D0));
    story.accept(new StartOperations(ID, D0));

    // A suspended alliance reduced to one party cannot resume.
    story.accept(new SuspendOperations(ID, "shock", DECIDED, D0));
    story.accept(new ExpelMember(ID, P2, "breach", DECIDED, D0));
    assertEquals(Optional.of(AllianceState.SUSPENDED), story.state().state());
    story.reject(new ResumeOperations(ID, DECIDED, D0), "operation.requires-two-parties");
  }

  @Test
  @RuleExample("governance.decision-required")
  void governedActsNeedADecision() {
    Story story = Story.operating(3, Period.ofDays(30));
    Rejection r = story.reject(new SuspendOperations(ID, "shock", Optional.empty(), D0), "governance.decision-required");
    assertEquals(
        "OperationsSuspended is a suspension decision, taken by consensus under the governance in force; the command names no adopted decision",
        r.reason());
    story.reject(new DecideDissolution(ID, "obsolete", Optional.empty(), D0), "governance.decision-required");
    story.reject(new dev.alliance.api.command.MembershipCommand.SuspendMember(ID, P1, "arrears", Optional.empty(), D0), "governance.decision-required");
    story.reject(new ExpelMember(ID, P1, "breach", Optional.empty(), D0), "governance.decision-required");
    story.accept(new GiveWithdrawalNotice(ID, P1, D0));
    story.reject(new ExtendWithdrawal(ID, P1, D0.plusDays(60), Optional.empty(), D0), "governance.decision-required");
    story.accept(new InviteMember(ID, partner(5), Role.MEMBER, D0));
    story.accept(new BeginAccession(ID, P5, D0));
    story.reject(new AdmitMember(ID, P5, Optional.empty(), D0), "governance.decision-required");
    story.accept(new OpenReview(ID, "review", D0));
    story.reject(new AmendAgreement(ID, LifecycleFixtures.agreement(Period.ofDays(60)), Optional.empty(), D0), "governance.decision-required");
    story.accept(new SuspendOperations(ID, "shock", DECIDED, D0));
    story.reject(new ResumeOperations(ID, Optional.empty(), D0), "governance.decision-required");
    story.reject(new ReinstateMember(ID, P1, Optional.empty(), D0), "membership.transition-not-allowed");
  }

  @Test
  @RuleExample("amendment.keeps-essential-clauses")
  void anAmendmentCannotDropAnEssentialClause() {
    Story story = Story.operating(2, Period.ZERO);
    story.accept(new OpenReview(ID, "review", D0));
    Agreement amended = LifecycleFixtures.agreement(Period.ZERO).withDisputeResolution(Optional.empty());
    Rejection r = story.reject(new AmendAgreement(ID, amended, DECIDED, D0), "amendment.keeps-essential-clauses");
    assertEquals("the amended agreement lacks [DISPUTE_RESOLUTION]", r.reason());
  }

  /**
   * The documented rule for a bilateral alliance whose other partner leaves (decision 0011): an
   * alliance in operation cannot keep operating with one party, so it starts winding down in the
   * same command; a multilateral alliance that loses one of three members keeps operating.
   */
  @Test
  @RuleExample("dissolution.fewer-than-two-parties")
  void anAllianceInOperationLeftWithOnePartyWindsDown() {
    Story bilateral = Story.operating(2, Period.ofMonths(6));
    bilateral.accept(new GiveWithdrawalNotice(ID, P1, D0));
    List<AllianceEvent> events = bilateral.accept(new CompleteWithdrawal(ID, P1, D0.plusMonths(6)));
    assertEquals(
        List.of(new MembershipEvent.WithdrawalTookEffect(P1, D0.plusMonths(6)), new LifecycleEvent.DissolutionTriggered(D0.plusMonths(6))),
        events);
    assertEquals(Optional.of(AllianceState.DISSOLVING), bilateral.state().state());
    assertEquals(Optional.of(D0.plusMonths(6)), bilateral.state().windDownSince());

    Story trilateral = Story.operating(3, Period.ZERO);
    assertEquals(1, trilateral.accept(new ExpelMember(ID, P2, "breach", DECIDED, D0)).size());
    assertEquals(Optional.of(AllianceState.OPERATING), trilateral.state().state());
    trilateral.accept(new ExpelMember(ID, P1, "breach", DECIDED, D0.plusDays(1)));
    assertEquals(Optional.of(AllianceState.DISSOLVING), trilateral.state().state());
  }

  @Test
  @RuleExample("dissolution.wind-down-must-run")
  void dissolutionWaitsForTheWindDown() {
    Story story = Story.operating(3, Period.ofMonths(6));
    story.accept(new DecideDissolution(ID, "mission obsolete", DECIDED, D0.plusYears(1)));
    Rejection r = story.reject(new CompleteDissolution(ID, D0.plusYears(1).plusMonths(3)), "dissolution.wind-down-must-run");
    assertEquals(
        "the wind-down began on 2001-01-01 and lasts the notice period of P6M, until 2001-07-01; 2001-04-01 is earlier", r.reason());
    story.accept(new CompleteDissolution(ID, D0.plusYears(1).plusMonths(6)));
    assertEquals(Optional.of(AllianceState.DISSOLVED), story.state().state());
    assertEquals(Optional.of(LocalDate.of(2001, 7, 1)), story.state().toAlliance().orElseThrow().endedOn());
  }

  @Test
  @RuleExample("progress.objective-must-exist")
  void onlyTheAlliancesObjectivesAreMeasured() {
    Rejection r = Story.operating(2, Period.ZERO).reject(new RecordProgress(ID, "O9", BigDecimal.ONE, D0), "progress.objective-must-exist");
    assertEquals("no objective is named \"O9\"; the objectives are [O1, O2, O3]", r.reason());
  }

  @Test
  @RuleExample("completion.core-objectives-met")
  void anAdHocAllianceCompletesWhenItsCoreObjectivesAreMet() {
    Story story = Story.operating(3, Period.ZERO, Lifespan.adHoc("the mission", Optional.empty(), true));
    assertEquals(1, story.accept(new RecordProgress(ID, "O1", BigDecimal.TEN, D0)).size());
    assertEquals(1, story.accept(new RecordProgress(ID, "O2", new BigDecimal("9.99"), D0)).size());
    assertEquals(1, story.accept(new RecordProgress(ID, "O3", BigDecimal.ZERO, D0)).size(), "O3 is aspirational");
    List<AllianceEvent> events = story.accept(new RecordProgress(ID, "O2", BigDecimal.TEN, D0.plusDays(5)));
    assertEquals(
        List.of(new LifecycleEvent.ObjectiveMeasured("O2", BigDecimal.TEN, D0.plusDays(5)), new LifecycleEvent.MissionCompleted(D0.plusDays(5))),
        events);
    assertEquals(Optional.of(AllianceState.COMPLETED), story.state().state());
    assertEquals(Optional.of(D0.plusDays(5)), story.state().endedOn());

    Story permanent = Story.operating(3, Period.ZERO);
    permanent.accept(new RecordProgress(ID, "O1", BigDecimal.TEN, D0));
    permanent.accept(new RecordProgress(ID, "O2", BigDecimal.TEN, D0));
    assertEquals(Optional.of(AllianceState.OPERATING), permanent.state().state(), "a permanent alliance outlives its objectives");

    Story byDate = Story.operating(3, Period.ZERO, Lifespan.adHoc("the mission", Optional.of(D0.plusYears(1)), false));
    byDate.accept(new RecordProgress(ID, "O1", BigDecimal.TEN, D0));
    byDate.accept(new RecordProgress(ID, "O2", BigDecimal.TEN, D0));
    assertEquals(Optional.of(AllianceState.OPERATING), byDate.state().state(), "this mandate ends by date only");
  }

  @Test
  @RuleExample("completion.end-date-reached")
  void anAdHocMandateExpiresOnItsEndDate() {
    LocalDate end = D0.plusDays(100);
    Story story = Story.operating(2, Period.ZERO, Lifespan.adHoc("the mission", Optional.of(end), false));
    Rejection r = story.reject(new ExpireMandate(ID, end.minusDays(1)), "completion.end-date-reached");
    assertEquals("its mandate runs until 2000-04-10; 2000-04-09 is earlier", r.reason());
    story.accept(new ExpireMandate(ID, end));
    assertEquals(Optional.of(AllianceState.COMPLETED), story.state().state());

    assertEquals(
        "the alliance is permanent: it has no mandate to expire",
        Story.operating(2, Period.ZERO).reject(new ExpireMandate(ID, end), "completion.end-date-reached").reason());
    assertEquals(
        "its lifespan fixes no end date; it ends when its core objectives are met",
        Story.operating(2, Period.ZERO, Lifespan.adHoc("m", Optional.empty(), true))
            .reject(new ExpireMandate(ID, end), "completion.end-date-reached")
            .reason());
  }

  // ---- guards of the membership table ----

  @Test
  @RuleExample("membership.alliance-open")
  void aDissolvingAllianceTakesNoNewMembers() {
    Story story = Story.operating(3, Period.ofMonths(1));
    story.accept(new DecideDissolution(ID, "obsolete", DECIDED, D0));
    Rejection r = story.reject(new InviteMember(ID, partner(4), Role.MEMBER, D0), "membership.alliance-open");
    assertEquals("the alliance is DISSOLVING: it takes no new members", r.reason());
  }

  @Test
  @RuleExample("membership.requires-formed-alliance")
  void foundersJoinBySigningNotByAdmission() {
    Story story = negotiating(3);
    Rejection r = story.reject(new AdmitMember(ID, P2, DECIDED, D0), "membership.requires-formed-alliance");
    assertEquals(
        "the alliance is NEGOTIATING: there is no agreement in force yet, and founders join by signing it", r.reason());
    story.reject(new GiveWithdrawalNotice(ID, P2, D0), "membership.transition-not-allowed");
  }

  @Test
  @RuleExample("withdrawal.extension-must-postpone")
  void anExtensionPostpones() {
    Story story = Story.operating(3, Period.ofYears(2));
    story.accept(new GiveWithdrawalNotice(ID, P2, D0));
    Rejection r = story.reject(new ExtendWithdrawal(ID, P2, D0.plusYears(2), DECIDED, D0.plusYears(1)), "withdrawal.extension-must-postpone");
    assertEquals("P2's withdrawal takes effect on 2002-01-01; 2002-01-01 does not postpone it", r.reason());
  }

  @Test
  @RuleExample("withdrawal.extension-before-effect")
  void anExtensionComesBeforeTheWithdrawalCanTakeEffect() {
    Story story = Story.operating(3, Period.ofYears(2));
    story.accept(new GiveWithdrawalNotice(ID, P2, D0));
    Rejection r = story.reject(new ExtendWithdrawal(ID, P2, D0.plusYears(3), DECIDED, D0.plusYears(2)), "withdrawal.extension-before-effect");
    assertEquals("P2's withdrawal could take effect from 2002-01-01; an extension on 2002-01-01 comes too late", r.reason());
  }

  /**
   * The notice period must run: the effective date is computed from the exit clause (notice day
   * plus notice period); until then the member keeps its rights (it can still vote) and
   * obligations; a late record does not change the day it left.
   */
  @Test
  @RuleExample("withdrawal.notice-period-must-run")
  void aWithdrawalTakesEffectOnlyWhenTheNoticePeriodHasRun() {
    Story story = Story.operating(3, Period.ofYears(2));
    LocalDate notice = LocalDate.of(2017, 3, 29);
    List<AllianceEvent> given = story.accept(new GiveWithdrawalNotice(ID, P2, notice));
    assertEquals(List.of(new MembershipEvent.WithdrawalNoticeGiven(P2, LocalDate.of(2019, 3, 29), notice)), given);
    assertTrue(story.state().member(P2).orElseThrow().canVote(), "a member serving notice keeps its rights");
    assertTrue(story.state().member(P2).orElseThrow().isParty(), "and its obligations");

    Rejection r = story.reject(new CompleteWithdrawal(ID, P2, LocalDate.of(2019, 3, 28)), "withdrawal.notice-period-must-run");
    assertEquals("P2's withdrawal takes effect on 2019-03-29; 2019-03-28 is earlier", r.reason());

    story.accept(new ExtendWithdrawal(ID, P2, LocalDate.of(2020, 1, 31), DECIDED, LocalDate.of(2019, 3, 22)));
    story.reject(new CompleteWithdrawal(ID, P2, LocalDate.of(2019, 3, 29)), "withdrawal.notice-period-must-run");
    story.accept(new CompleteWithdrawal(ID, P2, LocalDate.of(2020, 2, 3)));
    assertEquals(Optional.of(MembershipState.WITHDRAWN), story.state().membershipState(P2));
    assertEquals(Optional.of(LocalDate.of(2020, 1, 31)), story.state().member(P2).orElseThrow().leftOn(), "it left on the effective date");
    assertEquals(2, story.state().parties());
  }

  // ---- behaviour around the rules ----

  @Test
  void signingMakesTheSignatoriesFoundingMembers() {
    Story story = negotiating(3);
    story.accept(new SignAgreement(ID, LifecycleFixtures.agreement(Period.ZERO), Set.of(P0, P1), D0.plusDays(3)));
    AllianceLifecycle state = story.state();
    assertEquals(Optional.of(AllianceState.FORMED), state.state());
    assertEquals(Optional.of(D0.plusDays(3)), state.foundedOn());
    assertEquals(Optional.of(D0.plusDays(3)), state.agreement().orElseThrow().signedOn(), "the signing date is recorded");
    assertEquals(Optional.of(D0.plusDays(3)), state.member(P0).orElseThrow().joinedOn());
    assertEquals(Optional.of(MembershipState.ACCEDING), state.membershipState(P2), "P2 did not sign");
    assertEquals(List.of(P0, P1), state.partyIds());
  }

  @Test
  void theGateSeesTheProcedureTheGovernancePrescribes() {
    Governance governance =
        Governance.builder()
            .putProcedures(dev.alliance.api.governance.IssueArea.MEMBERSHIP, DecisionProcedure.of(DecisionRule.unanimity()))
            .build();
    List<DecisionRequest> asked = new java.util.ArrayList<>();
    Story story =
        new Story(
            request -> {
              asked.add(request);
              return request.decision().filter(d -> d.value().startsWith("adopted")).isPresent()
                  ? Optional.empty()
                  : Optional.of(new Rejection("governance.decision-not-adopted", "no adopted decision named " + request.decision()));
            });
    story.accept(LifecycleFixtures.formAndOperate(ID, 2, D0, LifecycleFixtures.typology(Lifespan.permanent()), LifecycleFixtures.agreement(Period.ZERO, governance)));
    story.accept(new InviteMember(ID, partner(2), Role.MEMBER, D0));
    story.accept(new BeginAccession(ID, P2, D0));
    story.reject(new AdmitMember(ID, P2, DecisionReference.of("rumoured"), D0), "governance.decision-not-adopted");
    story.accept(new AdmitMember(ID, P2, DecisionReference.of("adopted 2000/1"), D0));
    assertEquals(2, asked.size());
    DecisionRequest request = asked.get(1);
    assertEquals(dev.alliance.api.governance.IssueArea.MEMBERSHIP, request.area());
    assertEquals(DecisionProcedure.of(DecisionRule.unanimity()), request.procedure());
    assertEquals(new MembershipEvent.MemberAdmitted(P2, Optional.of(DecisionReference.of("adopted 2000/1")), D0), request.act());
    assertEquals(ID, request.alliance());
    List<dev.alliance.api.event.RecordedEvent> history = story.engine.history(ID);
    assertEquals(request.act(), history.get(history.size() - 1).event(), "the event records the decision that authorised it");
  }

  // ---- crises ----

  @Test
  @RuleExample("crisis.requires-delegation")
  void aCrisisNeedsAuthorityDelegatedForIt() {
    Rejection r =
        Story.operating(2, Period.ZERO).reject(new DeclareCrisis(ID, "armed attack", DECIDED, D0), "crisis.requires-delegation");
    assertEquals("the governance of Test Alliance delegates no crisis authority; a crisis would change nothing", r.reason());
  }

  @Test
  @RuleExample("crisis.not-in-progress")
  void aCrisisIsDeclaredOnceUntilItEnds() {
    Story story = withCrisisCouncil();
    story.accept(new DeclareCrisis(ID, "armed attack", DECIDED, D0));
    assertEquals(Optional.of(D0), story.state().crisisSince());
    assertTrue(story.state().isInCrisis());
    Rejection r = story.reject(new DeclareCrisis(ID, "second attack", DECIDED, D0.plusDays(1)), "crisis.not-in-progress");
    assertEquals("a crisis has been declared since 2000-01-01 and has not ended", r.reason());
  }

  @Test
  @RuleExample("crisis.in-progress")
  void onlyACrisisInProgressEnds() {
    Story story = withCrisisCouncil();
    Rejection r = story.reject(new EndCrisis(ID, DECIDED, D0), "crisis.in-progress");
    assertEquals("no crisis is declared in Test Alliance", r.reason());
    story.accept(new DeclareCrisis(ID, "armed attack", DECIDED, D0));
    story.reject(new EndCrisis(ID, Optional.empty(), D0), "governance.decision-required");
    story.accept(new EndCrisis(ID, DECIDED, D0.plusDays(3)));
    assertFalse(story.state().isInCrisis());
    story.accept(new DeclareCrisis(ID, "renewed attack", DECIDED, D0.plusDays(9)));
    assertEquals(Optional.of(D0.plusDays(9)), story.state().crisisSince(), "a crisis may be declared again after one ended");
  }

  /** An operating alliance of three whose governance delegates crisis authority over security to a council of all. */
  private static Story withCrisisCouncil() {
    Story story = new Story();
    story.accept(
        LifecycleFixtures.formAndOperate(
            ID, 3, D0, LifecycleFixtures.typology(Lifespan.permanent()), dev.alliance.testkit.CommandGenerators.scriptAgreement(Period.ZERO)));
    return story;
  }

  @Test
  void everyGuardedRowNamesItsRules() {
    String guards =
        LifecycleTables.alliance().transitions().stream()
            .filter(t -> t.event() == LifecycleEvent.AgreementSigned.class)
            .flatMap(t -> t.rules().stream())
            .map(rule -> rule.id())
            .collect(Collectors.joining(", "));
    assertEquals("formation.requires-complete-agreement, formation.requires-two-signatories, agreement.names-only-members", guards);
  }

  /** An alliance whose founders {@code P0 .. P<n-1>} are acceding, negotiating on {@link Story#D0}. */
  private static Story negotiating(int founders) {
    Story story = new Story();
    List<dev.alliance.api.command.AllianceCommand> prefix =
        LifecycleFixtures.formAndOperate(ID, founders, D0, LifecycleFixtures.typology(Lifespan.permanent()), LifecycleFixtures.agreement(Period.ZERO));
    story.accept(prefix.subList(0, prefix.size() - 2));
    return story;
  }
}
