package dev.alliance.benchmarks;

import dev.alliance.api.command.CommandDecision;
import dev.alliance.api.command.ProposalCommand;
import dev.alliance.api.event.AllianceEvent;
import dev.alliance.api.event.ProposalEvent;
import dev.alliance.api.event.RecordedEvent;
import dev.alliance.api.governance.Decision;
import dev.alliance.api.governance.IssueArea;
import dev.alliance.api.governance.Vote;
import dev.alliance.api.proposal.Motion;
import dev.alliance.api.proposal.ProposalId;
import dev.alliance.core.governance.Ballots;
import dev.alliance.core.governance.Tally;
import dev.alliance.core.lifecycle.AllianceLifecycle;
import dev.alliance.core.lifecycle.CommandHandler;
import dev.alliance.core.lifecycle.DecisionGate;
import dev.alliance.core.proposal.Proposal;
import dev.alliance.testkit.LifecycleFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Ballots on the event stream, in an alliance of 1,000 members deciding by consensus (the
 * lifecycle workload's governance): handling one ballot command in memory (the ballot rules, the
 * event, the early-decision check over all 1,000 voters, applying the event), next to the check
 * alone ({@code Tally.decideSoFar}), and the ballot that completes the vote and records the
 * adoption with its explained standing. The target is the lifecycle's: at least 200,000 commands
 * handled a second.
 */
public class ProposalBenchmark {
  static final int MEMBERS = 1_000;
  static final ProposalId PROPOSAL = ProposalId.of("resolution");

  /** An operating alliance of 1,000 members with one vote open: half the members have voted yes. */
  @State(Scope.Thread)
  public static class Assembly {
    final CommandHandler handler = CommandHandler.withGate(DecisionGate.requireAdoptedProposal());
    AllianceLifecycle halfVoted;
    AllianceLifecycle allButOne;
    Tally tally;
    Ballots ballots;
    long k;

    /** Forms the alliance and opens the vote once. */
    @Setup
    public void setUp() {
      List<AllianceEvent> events = new ArrayList<>(LifecycleWorkload.formationEvents(MEMBERS));
      AllianceLifecycle formed = replay(events);
      events.addAll(decide(formed, new ProposalCommand.DraftProposal(LifecycleWorkload.ID, PROPOSAL, "Statement", IssueArea.OPERATIONS, Motion.resolution("statement"), LifecycleWorkload.DAY)));
      events.addAll(decide(replay(events), new ProposalCommand.OpenVote(LifecycleWorkload.ID, PROPOSAL, LifecycleWorkload.DAY)));
      for (int i = 0; i < MEMBERS - 1; i++) {
        events.addAll(decide(replay(events.size(), events), ballot(i)));
        if (i == MEMBERS / 2 - 1) {
          halfVoted = replay(events);
        }
      }
      allButOne = replay(events);
      Proposal proposal = halfVoted.proposal(PROPOSAL).orElseThrow();
      tally = proposal.tally().orElseThrow();
      ballots = proposal.ballots().orElseThrow();
    }

    private AllianceLifecycle cached;
    private int cachedSize;

    /** Replays incrementally during set-up, so that opening a vote of 1,000 does not take minutes. */
    private AllianceLifecycle replay(int size, List<AllianceEvent> events) {
      AllianceLifecycle state = cached == null ? AllianceLifecycle.empty(LifecycleWorkload.ID) : cached;
      for (int i = cachedSize; i < size; i++) {
        state = state.apply(new RecordedEvent(LifecycleWorkload.ID, i + 1, LifecycleWorkload.RECORDED, events.get(i)));
      }
      cached = state;
      cachedSize = size;
      return state;
    }

    private AllianceLifecycle replay(List<AllianceEvent> events) {
      return replay(events.size(), events);
    }

    private List<AllianceEvent> decide(AllianceLifecycle state, ProposalCommand command) {
      CommandDecision decision = handler.decide(state, command, LifecycleWorkload.TODAY);
      if (!decision.isAccepted()) {
        throw new IllegalStateException(command + " -> " + decision.rejection().orElseThrow());
      }
      return decision.events();
    }
  }

  static ProposalCommand.CastBallot ballot(int voter) {
    return new ProposalCommand.CastBallot(LifecycleWorkload.ID, PROPOSAL, LifecycleFixtures.partnerId(voter), Vote.YES, LifecycleWorkload.DAY);
  }

  /** @return the state after one more member's ballot is decided and applied, the vote staying open */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public AllianceLifecycle castBallot(Assembly v) {
    int voter = MEMBERS / 2 + (int) (v.k++ % (MEMBERS / 2));
    return apply(v.halfVoted, v.handler.decide(v.halfVoted, ballot(voter), LifecycleWorkload.TODAY), 1);
  }

  /** @return the state after the last ballot, which adopts the proposal with its explained standing */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public AllianceLifecycle castDecidingBallot(Assembly v) {
    return apply(v.allButOne, v.handler.decide(v.allButOne, ballot(MEMBERS - 1), LifecycleWorkload.TODAY), 2);
  }

  /** @return whether the ballots so far decide the vote: the check every ballot makes, alone */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public Decision standingSoFar(Assembly v) {
    return v.tally.decideSoFar(v.ballots);
  }

  private static AllianceLifecycle apply(AllianceLifecycle state, CommandDecision decision, int expected) {
    if (decision.events().size() != expected) {
      throw new IllegalStateException("expected " + expected + " events: " + decision);
    }
    AllianceLifecycle after = state;
    for (AllianceEvent event : decision.events()) {
      after = after.apply(new RecordedEvent(LifecycleWorkload.ID, after.sequence() + 1, LifecycleWorkload.RECORDED, event));
    }
    if (expected == 2 && !(decision.events().get(1) instanceof ProposalEvent.ProposalAdopted)) {
      throw new IllegalStateException("the last ballot did not adopt: " + decision.events());
    }
    return after;
  }
}
