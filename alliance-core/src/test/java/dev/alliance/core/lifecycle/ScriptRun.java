package dev.alliance.core.lifecycle;

import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.command.AllianceCommand;
import dev.alliance.api.command.CommandResult;
import dev.alliance.api.event.RecordedEvent;
import dev.alliance.core.stream.EventLog;
import dev.alliance.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A generated script run through a fresh engine, with the state before and after every command. */
final class ScriptRun {
  static final AllianceId ID = AllianceId.of("alliance-under-test");
  /** Later than any date a script reaches, except its deliberately future-dated commands. */
  static final Instant TODAY = Instant.parse("2400-01-01T00:00:00Z");

  /** One command and what it did. */
  record Step(AllianceCommand command, CommandResult result, AllianceLifecycle before, AllianceLifecycle after) {}

  final LifecycleEngine engine;
  final List<Step> steps = new ArrayList<>();

  private ScriptRun(LifecycleEngine engine) {
    this.engine = engine;
  }

  static ScriptRun of(List<AllianceCommand> script) {
    return of(script, DecisionGate.requireReference());
  }

  static ScriptRun of(List<AllianceCommand> script, DecisionGate gate) {
    ScriptRun run = new ScriptRun(LifecycleEngine.of(EventLog.inMemory(MutableClock.ticking(TODAY, Duration.ofSeconds(1))), gate));
    for (AllianceCommand command : script) {
      AllianceLifecycle before = run.engine.lifecycle(ID);
      CommandResult result = run.engine.handle(command);
      run.steps.add(new Step(command, result, before, run.engine.lifecycle(ID)));
    }
    return run;
  }

  List<RecordedEvent> history() {
    return engine.history(ID);
  }

  AllianceLifecycle last() {
    return engine.lifecycle(ID);
  }
}
