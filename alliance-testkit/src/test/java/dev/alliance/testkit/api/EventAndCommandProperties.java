package dev.alliance.testkit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.alliance.api.InvalidValueException;
import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.alliance.Role;
import dev.alliance.api.command.AllianceCommand;
import dev.alliance.api.command.CommandResult;
import dev.alliance.api.command.CommandDecision;
import dev.alliance.api.command.LifecycleCommand;
import dev.alliance.api.command.MembershipCommand;
import dev.alliance.api.command.ProposalCommand;
import dev.alliance.api.command.Rejection;
import dev.alliance.api.event.AllianceEvent;
import dev.alliance.api.event.LifecycleEvent;
import dev.alliance.api.event.MembershipEvent;
import dev.alliance.api.event.ProposalEvent;
import dev.alliance.api.event.RecordedEvent;
import dev.alliance.api.governance.DecisionProcedure;
import dev.alliance.api.governance.DecisionReference;
import dev.alliance.api.governance.DecisionRule;
import dev.alliance.api.governance.Outcome;
import dev.alliance.api.governance.Vote;
import dev.alliance.api.objective.Scope;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.proposal.Motion;
import dev.alliance.api.proposal.ProposalId;
import dev.alliance.api.proposal.Verdict;
import dev.alliance.api.typology.Lifespan;
import dev.alliance.testkit.CommandGenerators;
import dev.alliance.testkit.EventGenerators;
import dev.alliance.testkit.Gens;
import dev.alliance.testkit.LifecycleFixtures;
import dev.alliance.testkit.ObjectiveGenerators;
import dev.alliance.testkit.ProposalGenerators;
import dev.alliance.testkit.SealedHierarchy;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.quicktheories.core.Gen;

/**
 * The event and command types: every permitted type has a sample and a generator (the storage
 * conformance tests rely on it), generated values are valid, and invalid ones are rejected with a
 * message naming field, value and rule.
 */
class EventAndCommandProperties {

  @Test
  void thereIsOneSampleOfEveryPermittedEventType() {
    List<Class<?>> permitted = SealedHierarchy.leaves(AllianceEvent.class);
    assertEquals(permitted, EventGenerators.samples().stream().map(Object::getClass).toList());
  }

  @Test
  void thereIsOneSampleOfEveryPermittedCommandType() {
    List<Class<?>> permitted = SealedHierarchy.leaves(AllianceCommand.class);
    assertEquals(permitted, CommandGenerators.samples().stream().map(Object::getClass).toList());
  }

  @Test
  void everyPermittedEventTypeHasAGeneratorThatMakesIt() {
    Map<Class<? extends AllianceEvent>, Gen<? extends AllianceEvent>> generators = EventGenerators.generatorsByType();
    assertEquals(SealedHierarchy.leaves(AllianceEvent.class), List.copyOf(generators.keySet()));
    generators.forEach(
        (type, gen) -> qt().withExamples(20).forAll(gen).checkAssert(event -> assertEquals(type, event.getClass())));
  }

  @Test
  void recordedStreamsAreNumberedWithoutGapsAndNeverGoBackInTime() {
    AllianceId id = AllianceId.of("stream");
    qt().forAll(EventGenerators.recordedStreams(id))
        .checkAssert(
            stream -> {
              for (int i = 0; i < stream.size(); i++) {
                RecordedEvent event = stream.get(i);
                assertEquals(id, event.alliance());
                assertEquals(i + 1, event.sequence());
                if (i > 0) {
                  assertFalse(event.recordedAt().isBefore(stream.get(i - 1).recordedAt()));
                }
              }
            });
  }

  @Test
  void scriptsAreCommandsForOneAllianceThatStartWithAProposalOrAreBrokenOnPurpose() {
    AllianceId id = AllianceId.of("scripted");
    qt().forAll(CommandGenerators.scripts(id))
        .checkAssert(
            script -> {
              script.forEach(command -> assertEquals(id, command.alliance()));
              // Shrinking may drop the opening proposal and leave the deliberate second proposal
              // (no objectives) in front; only the opening one carries the fixtures' objectives.
              if (!script.isEmpty()
                  && script.get(0) instanceof LifecycleCommand.ProposeAlliance proposal
                  && !proposal.objectives().isEmpty()) {
                assertEquals(LifecycleFixtures.objectives(proposal.on().plusYears(10)), proposal.objectives());
              }
            });
  }

  @Test
  void blankReasonsAreRejected() {
    qt().forAll(Gens.dates(), Gens.names().map(n -> " ".repeat(n.length() % 3)))
        .checkAssert(
            (day, blank) -> {
              PartnerId p = PartnerId.of("P1");
              Optional<DecisionReference> none = Optional.empty();
              assertRejected("FormationAbandoned.reason", () -> new LifecycleEvent.FormationAbandoned(blank, day));
              assertRejected("ReviewOpened.reason", () -> new LifecycleEvent.ReviewOpened(blank, day));
              assertRejected("OperationsSuspended.reason", () -> new LifecycleEvent.OperationsSuspended(blank, none, day));
              assertRejected("DissolutionDecided.reason", () -> new LifecycleEvent.DissolutionDecided(blank, none, day));
              assertRejected("ObjectiveMeasured.objective", () -> new LifecycleEvent.ObjectiveMeasured(blank, BigDecimal.ONE, day));
              assertRejected("MemberSuspended.reason", () -> new MembershipEvent.MemberSuspended(p, blank, none, day));
              assertRejected("MemberExpelled.reason", () -> new MembershipEvent.MemberExpelled(p, blank, none, day));
              AllianceId id = AllianceId.of("a");
              assertRejected("AbandonFormation.reason", () -> new LifecycleCommand.AbandonFormation(id, blank, day));
              assertRejected("OpenReview.reason", () -> new LifecycleCommand.OpenReview(id, blank, day));
              assertRejected("SuspendOperations.reason", () -> new LifecycleCommand.SuspendOperations(id, blank, none, day));
              assertRejected("DecideDissolution.reason", () -> new LifecycleCommand.DecideDissolution(id, blank, none, day));
              assertRejected("RecordProgress.objective", () -> new LifecycleCommand.RecordProgress(id, blank, BigDecimal.ONE, day));
              assertRejected("SuspendMember.reason", () -> new MembershipCommand.SuspendMember(id, p, blank, none, day));
              assertRejected("ExpelMember.reason", () -> new MembershipCommand.ExpelMember(id, p, blank, none, day));
              assertRejected("DecisionReference.value", () -> DecisionReference.of(blank));
              assertRejected("Rejection.reason", () -> new Rejection("some.rule", blank));
            });
  }

  @Test
  void impossibleEventsAndCommandsAreRejected() {
    qt().forAll(Gens.dates(), Gens.positiveDecimals(), ObjectiveGenerators.objectives())
        .checkAssert(
            (day, amount, objective) -> {
              AllianceId id = AllianceId.of("a");
              PartnerId p = PartnerId.of("P1");
              assertRejected("MemberInvited.weight", () -> new MembershipEvent.MemberInvited(LifecycleFixtures.partner(1), Role.MEMBER, amount.negate(), day));
              assertRejected("InviteMember.weight", () -> new MembershipCommand.InviteMember(id, LifecycleFixtures.partner(1), Role.MEMBER, amount.negate(), day));
              assertRejected("WithdrawalNoticeGiven.effectiveOn", () -> new MembershipEvent.WithdrawalNoticeGiven(p, day.minusDays(1), day));
              List<dev.alliance.api.objective.Objective> twice = List.of(objective, objective.withMetric(objective.metric() + " again"));
              var typology = LifecycleFixtures.typology(Lifespan.permanent());
              assertRejected("AllianceProposed.objectives", () -> new LifecycleEvent.AllianceProposed("A", typology, twice, Scope.empty(), day));
              assertRejected("ProposeAlliance.objectives", () -> new LifecycleCommand.ProposeAlliance(id, "A", typology, twice, Scope.empty(), day));
              assertRejected("ProposeAlliance.name", () -> new LifecycleCommand.ProposeAlliance(id, " ", typology, List.of(), Scope.empty(), day));
              assertRejected("RecordedEvent.sequence", () -> new RecordedEvent(id, 0, Instant.EPOCH, new LifecycleEvent.NegotiationsOpened(day)));
              assertRejected("Rejection.rule", () -> new Rejection("Not A Rule", "why"));
              assertRejected("Rejection.rule", () -> new Rejection("norule", "why"));
              assertRejected("CommandDecision.Accepted.events", () -> new CommandDecision.Accepted(List.of()));
              assertRejected("CommandResult.Recorded.recorded", () -> new CommandResult.Recorded(List.of()));
              assertRejected("DecisionReference.value", () -> DecisionReference.of(" padded "));
            });
  }

  /** Proposal events and commands refuse values that contradict themselves, naming field, value and rule. */
  @Test
  void proposalValuesRefuseWhatContradictsThem() {
    qt().forAll(Gens.dates(), ProposalGenerators.proposalIds(), integers().between(1, 400))
        .checkAssert(
            (day, id, days) -> {
              AllianceId alliance = AllianceId.of("a");
              PartnerId p = PartnerId.of("P1");
              DecisionProcedure unanimity = DecisionProcedure.of(DecisionRule.unanimity());
              assertRejected("ProposalId.value", () -> ProposalId.of(" " + id.value()));
              assertRejected("VoteOpened.deadline", () -> new ProposalEvent.VoteOpened(id, unanimity, List.of(p), false, Optional.of(day.minusDays(days)), day));
              assertRejected("VoteOpened.electorate", () -> new ProposalEvent.VoteOpened(id, unanimity, List.of(p, p), false, Optional.empty(), day));
              assertRejected("OpenVote.deadline", () -> new ProposalCommand.OpenVote(alliance, id, day.minusDays(days), day));
              assertRejected("BallotCast.vote", () -> new ProposalEvent.BallotCast(id, p, Vote.ABSENT, day));
              assertRejected("CastBallot.vote", () -> new ProposalCommand.CastBallot(alliance, id, p, Vote.ABSENT, day));
              Outcome rejected = ProposalGenerators.unanimity(List.of(Vote.YES, Vote.NO), 0);
              Outcome quorumless = ProposalGenerators.unanimity(List.of(Vote.YES, Vote.ABSENT), 2);
              Outcome adopted = ProposalGenerators.unanimity(List.of(Vote.YES, Vote.YES), 2);
              assertRejected("ProposalAdopted.verdict", () -> new ProposalEvent.ProposalAdopted(id, new Verdict.AtClose(rejected), day));
              assertRejected("ProposalRejected.verdict", () -> new ProposalEvent.ProposalRejected(id, new Verdict.AtClose(adopted), day));
              assertRejected("ProposalRejected.verdict", () -> new ProposalEvent.ProposalRejected(id, new Verdict.AtClose(quorumless), day));
              assertRejected("ProposalExpired.outcome", () -> new ProposalEvent.ProposalExpired(id, rejected, day));
              assertRejected(
                  "Verdict.ByBallots.standing",
                  () -> new Verdict.ByBallots(ProposalGenerators.unanimityStanding(List.of(Vote.YES, Vote.ABSENT), 0)));
              assertRejected("DeclareCrisis.situation", () -> new LifecycleCommand.DeclareCrisis(alliance, " ", Optional.empty(), day));
              assertRejected("CrisisDeclared.situation", () -> new LifecycleEvent.CrisisDeclared(" ", Optional.empty(), day));
              assertRejected("WithdrawProposal.reason", () -> new ProposalCommand.WithdrawProposal(alliance, id, " ", day));
              assertRejected("Resolution.text", () -> Motion.resolution(" "));
            });
  }

  @Test
  void missingValuesAreProgrammingErrors() {
    assertThrows(NullPointerException.class, () -> new LifecycleEvent.NegotiationsOpened(null));
    assertThrows(NullPointerException.class, () -> new MembershipEvent.AccessionBegun(null, LocalDate.MIN));
    assertThrows(NullPointerException.class, () -> new LifecycleCommand.StartOperations(null, LocalDate.MIN));
    assertThrows(NullPointerException.class, () -> new LifecycleEvent.AgreementAmended(LifecycleFixtures.agreement(java.time.Period.ZERO), null, LocalDate.MIN));
  }

  @Test
  void signatoriesAreKeptInIdentityOrderAndResultsSayWhatHappened() {
    Set<PartnerId> signatories = new java.util.LinkedHashSet<>(List.of(PartnerId.of("P2"), PartnerId.of("P0"), PartnerId.of("P1")));
    LifecycleEvent.AgreementSigned signed =
        new LifecycleEvent.AgreementSigned(LifecycleFixtures.agreement(java.time.Period.ZERO), signatories, LocalDate.MIN);
    assertEquals(List.of(PartnerId.of("P0"), PartnerId.of("P1"), PartnerId.of("P2")), List.copyOf(signed.signatories()));
    assertThrows(UnsupportedOperationException.class, () -> signed.signatories().add(PartnerId.of("P3")));

    Rejection rejection = new Rejection("withdrawal.notice-period-must-run", "GBR's withdrawal takes effect on 2019-04-12");
    assertEquals("withdrawal.notice-period-must-run: GBR's withdrawal takes effect on 2019-04-12", rejection.toString());
    CommandDecision decision = rejection;
    CommandResult result = rejection;
    assertFalse(decision.isAccepted());
    assertFalse(result.isAccepted());
    assertEquals(List.of(), decision.events());
    assertEquals(List.of(), result.recorded());
    assertEquals(Optional.of(rejection), result.rejection());
    CommandDecision accepted = new CommandDecision.Accepted(List.of(new LifecycleEvent.NegotiationsOpened(LocalDate.MIN)));
    assertTrue(accepted.isAccepted());
    assertEquals(Optional.empty(), accepted.rejection());
  }

  private static void assertRejected(String field, Executable construction) {
    InvalidValueException e = assertThrows(InvalidValueException.class, construction);
    assertEquals(field, e.field(), e::getMessage);
    assertEquals(e.field() + " = " + e.value() + ": " + e.rule(), e.getMessage());
  }
}
