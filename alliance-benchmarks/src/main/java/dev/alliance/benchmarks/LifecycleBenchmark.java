package dev.alliance.benchmarks;

import dev.alliance.api.command.AllianceCommand;
import dev.alliance.api.command.CommandDecision;
import dev.alliance.api.event.AllianceEvent;
import dev.alliance.api.event.MembershipEvent;
import dev.alliance.api.event.RecordedEvent;
import dev.alliance.api.lifecycle.MembershipState;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.lifecycle.AllianceLifecycle;
import dev.alliance.core.lifecycle.CommandHandler;
import dev.alliance.core.lifecycle.DecisionGate;
import dev.alliance.core.lifecycle.LifecycleEngine;
import dev.alliance.testkit.MutableClock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The lifecycle against its targets: replaying 100,000 events into an alliance's state (at most 100
 * ms), handling commands in memory (at least 200,000 a second), and replaying a million events made
 * on the fly in a 256 MB heap, which only works if the fold keeps nothing but the current state.
 *
 * <p>The alliance has 1,000 members; see {@link LifecycleWorkload} for the events. The baseline
 * folds the same 100,000 events into a plain mutable map of membership states, the least a replay
 * must do.
 */
public class LifecycleBenchmark {
  static final int MEMBERS = 1_000;

  /** The replay inputs: 100,000 recorded events. */
  @State(Scope.Benchmark)
  public static class Replay {
    List<RecordedEvent> events;

    /** Records the events once. */
    @Setup
    public void setUp() {
      events = LifecycleWorkload.recorded(MEMBERS, 100_000);
    }
  }

  /** @return the state after 100,000 events */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public AllianceLifecycle replay100k(Replay input) {
    return AllianceLifecycle.replay(LifecycleWorkload.ID, input.events);
  }

  /** @return the membership states after 100,000 events folded into a mutable map: the baseline */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Map<PartnerId, MembershipState> replay100kBaseline(Replay input) {
    Map<PartnerId, MembershipState> states = new HashMap<>();
    for (RecordedEvent recorded : input.events) {
      AllianceEvent event = recorded.event();
      if (event instanceof MembershipEvent.MemberSuspended suspended) {
        states.put(suspended.partner(), MembershipState.SUSPENDED);
      } else if (event instanceof MembershipEvent.MemberReinstated reinstated) {
        states.put(reinstated.partner(), MembershipState.MEMBER);
      } else if (event instanceof MembershipEvent membership) {
        states.put(membership.partner(), MembershipState.MEMBER);
      }
    }
    return states;
  }

  /** A formed, operating alliance that the steady cycle of commands keeps working. */
  @State(Scope.Thread)
  public static class Commands {
    final CommandHandler handler = CommandHandler.withGate(DecisionGate.requireReference());
    AllianceLifecycle state;
    LifecycleEngine engine;
    long k;

    /** Starts every iteration from the freshly formed alliance. */
    @Setup(Level.Iteration)
    public void setUp() {
      state =
          AllianceLifecycle.replay(
              LifecycleWorkload.ID,
              LifecycleWorkload.lazily(MEMBERS, LifecycleWorkload.formationEvents(MEMBERS).size()));
      engine = LifecycleEngine.inMemory(MutableClock.ticking(LifecycleWorkload.RECORDED, Duration.ofNanos(1)));
      LifecycleWorkload.formation(MEMBERS).forEach(engine::handle);
      k = 0;
    }
  }

  /** @return the state after one command decided, its event numbered, and applied: no storage */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public AllianceLifecycle handleCommand(Commands c) {
    AllianceCommand command = LifecycleWorkload.command(c.k++, MEMBERS);
    CommandDecision decision = c.handler.decide(c.state, command, LifecycleWorkload.TODAY);
    if (!decision.isAccepted()) {
      throw new IllegalStateException(command + " -> " + decision.rejection().orElseThrow());
    }
    AllianceLifecycle state = c.state;
    for (AllianceEvent event : decision.events()) {
      state = state.apply(new RecordedEvent(LifecycleWorkload.ID, state.sequence() + 1, LifecycleWorkload.RECORDED, event));
    }
    c.state = state;
    return state;
  }

  /** @return whether the engine accepted one command, recording it in its in-memory log */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public boolean handleCommandInEngine(Commands c) {
    AllianceCommand command = LifecycleWorkload.command(c.k++, MEMBERS);
    if (!c.engine.handle(command).isAccepted()) {
      throw new IllegalStateException(command + " was rejected");
    }
    return true;
  }

  /**
   * Replays a million events made on the fly in a 256 MB heap: the events are garbage as soon as
   * they are folded, so the heap holds the state only. Reported per event.
   *
   * @return the state after a million events
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  @OperationsPerInvocation(1_000_000)
  @Fork(value = 1, jvmArgsAppend = {"-Xmx256m", "-Xms256m"})
  public AllianceLifecycle replayMillionIn256MbHeap() {
    return AllianceLifecycle.replay(LifecycleWorkload.ID, LifecycleWorkload.lazily(MEMBERS, 1_000_000));
  }
}
