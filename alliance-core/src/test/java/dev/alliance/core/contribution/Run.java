package dev.alliance.core.contribution;

import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.command.AllianceCommand;
import dev.alliance.api.command.CommandResult;
import dev.alliance.api.command.ContributionCommand;
import dev.alliance.api.event.RecordedEvent;
import dev.alliance.core.lifecycle.DecisionGate;
import dev.alliance.core.lifecycle.LifecycleEngine;
import dev.alliance.core.stream.EventLog;
import dev.alliance.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A script run through a lifecycle engine and a contribution engine that share one log: lifecycle
 * and membership commands go to the one, contribution commands to the other.
 */
final class Run {
  static final AllianceId ID = AllianceId.of("alliance-under-test");
  /** Later than any date a script reaches, except its deliberately future-dated commands. */
  static final Instant TODAY = Instant.parse("2400-01-01T00:00:00Z");

  /** One command, what it did, and the ledger before and after. */
  record Step(AllianceCommand command, CommandResult result, ContributionLedger before, ContributionLedger after) {}

  final EventLog log = EventLog.inMemory(MutableClock.ticking(TODAY, Duration.ofSeconds(1)));
  final LifecycleEngine lifecycle = LifecycleEngine.of(log, DecisionGate.requireReference());
  final ContributionEngine contributions = ContributionEngine.of(log);
  final List<Step> steps = new ArrayList<>();

  static Run of(List<AllianceCommand> script) {
    Run run = new Run();
    script.forEach(run::handle);
    return run;
  }

  CommandResult handle(AllianceCommand command) {
    ContributionLedger before = contributions.ledger(command.alliance());
    CommandResult result =
        command instanceof ContributionCommand contribution ? contributions.handle(contribution) : lifecycle.handle(command);
    steps.add(new Step(command, result, before, contributions.ledger(command.alliance())));
    return result;
  }

  List<RecordedEvent> history() {
    return log.read(ID, 1);
  }

  ContributionLedger ledger() {
    return contributions.ledger(ID);
  }
}
