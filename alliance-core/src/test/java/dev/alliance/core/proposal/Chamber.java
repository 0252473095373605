package dev.alliance.core.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.command.AllianceCommand;
import dev.alliance.api.command.CommandResult;
import dev.alliance.api.command.ProposalCommand;
import dev.alliance.api.command.Rejection;
import dev.alliance.api.event.AllianceEvent;
import dev.alliance.api.event.RecordedEvent;
import dev.alliance.api.governance.Governance;
import dev.alliance.api.governance.IssueArea;
import dev.alliance.api.governance.Vote;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.proposal.Motion;
import dev.alliance.api.proposal.ProposalId;
import dev.alliance.api.typology.Lifespan;
import dev.alliance.core.lifecycle.AllianceLifecycle;
import dev.alliance.core.lifecycle.DecisionGate;
import dev.alliance.core.lifecycle.LifecycleEngine;
import dev.alliance.core.stream.EventLog;
import dev.alliance.testkit.LifecycleFixtures;
import dev.alliance.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * An alliance that votes, in a test: members {@code P0 .. P<n-1>} (P0 the lead) formed and
 * operating on {@link #D0} under a chosen governance, an engine with a chosen gate, and short
 * hands for drafting, opening and voting.
 */
final class Chamber {
  static final AllianceId ID = AllianceId.of("chamber");
  static final LocalDate D0 = LocalDate.of(2000, 1, 1);
  static final Instant NOW = Instant.parse("2400-01-01T00:00:00Z");

  final LifecycleEngine engine;

  private Chamber(DecisionGate gate) {
    engine = LifecycleEngine.of(EventLog.inMemory(MutableClock.ticking(NOW, Duration.ofSeconds(1))), gate);
  }

  /** An operating alliance of {@code members} partners under {@code governance}, judged by the strict gate. */
  static Chamber of(int members, Governance governance) {
    return of(members, governance, DecisionGate.requireAdoptedProposal());
  }

  static Chamber of(int members, Governance governance, DecisionGate gate) {
    Chamber chamber = new Chamber(gate);
    chamber.accept(
        LifecycleFixtures.formAndOperate(
            ID, members, D0, LifecycleFixtures.typology(Lifespan.permanent()), LifecycleFixtures.agreement(Period.ofDays(30), governance)));
    return chamber;
  }

  /** An alliance proposed but not formed: nobody can vote yet. */
  static Chamber proposed() {
    Chamber chamber = new Chamber(DecisionGate.requireAdoptedProposal());
    chamber.accept(
        LifecycleFixtures.formAndOperate(
                ID, 2, D0, LifecycleFixtures.typology(Lifespan.permanent()), LifecycleFixtures.agreement(Period.ofDays(30)))
            .subList(0, 1));
    return chamber;
  }

  static PartnerId p(int i) {
    return LifecycleFixtures.partnerId(i);
  }

  static ProposalId id(String value) {
    return ProposalId.of(value);
  }

  void accept(List<? extends AllianceCommand> commands) {
    commands.forEach(this::accept);
  }

  /** Runs a command that must be accepted; returns what it recorded. */
  List<AllianceEvent> accept(AllianceCommand command) {
    CommandResult result = engine.handle(command);
    assertTrue(result.isAccepted(), () -> command + " was rejected: " + result.rejection().orElseThrow());
    return result.recorded().stream().map(RecordedEvent::event).toList();
  }

  /** Runs a command that must be rejected by {@code rule}, and checks it changed nothing. */
  Rejection reject(AllianceCommand command, String rule) {
    AllianceLifecycle before = state();
    int length = engine.history(ID).size();
    CommandResult result = engine.handle(command);
    Rejection rejection = result.rejection().orElseThrow(() -> new AssertionError(command + " was accepted: " + result));
    assertEquals(rule, rejection.rule(), rejection::toString);
    assertEquals(length, engine.history(ID).size(), "a rejected command records nothing");
    assertEquals(before, state(), "a rejected command changes nothing");
    return rejection;
  }

  AllianceLifecycle state() {
    return engine.lifecycle(ID);
  }

  Proposal proposal(String id) {
    return state().proposal(id(id)).orElseThrow();
  }

  /** Drafts and opens a proposal without a deadline on {@code day}. */
  void table(String id, IssueArea area, Motion motion, LocalDate day) {
    accept(new ProposalCommand.DraftProposal(ID, id(id), "Proposal " + id, area, motion, day));
    accept(new ProposalCommand.OpenVote(ID, id(id), day));
  }

  /** Drafts and opens a proposal with a deadline. */
  void table(String id, IssueArea area, Motion motion, LocalDate day, LocalDate deadline) {
    accept(new ProposalCommand.DraftProposal(ID, id(id), "Proposal " + id, area, motion, day));
    accept(new ProposalCommand.OpenVote(ID, id(id), Optional.of(deadline), false, day));
  }

  ProposalCommand.CastBallot ballot(String id, int voter, Vote vote, LocalDate day) {
    return new ProposalCommand.CastBallot(ID, id(id), p(voter), vote, day);
  }

  /** Casts ballots that must all be accepted, from letters: Y yes, N no, A abstain, - none, for P0, P1, ... */
  List<AllianceEvent> vote(String id, String letters, LocalDate day) {
    List<AllianceEvent> recorded = new java.util.ArrayList<>();
    for (int i = 0; i < letters.length(); i++) {
      char letter = letters.charAt(i);
      if (letter != '-') {
        Vote vote = letter == 'Y' ? Vote.YES : letter == 'N' ? Vote.NO : Vote.ABSTAIN;
        recorded.addAll(accept(ballot(id, i, vote, day)));
      }
    }
    return recorded;
  }
}
