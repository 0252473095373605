package dev.alliance.core.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.api.agreement.DisputeResolutionClause;
import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.command.AllianceCommand;
import dev.alliance.api.command.CommandResult;
import dev.alliance.api.command.DisputeCommand;
import dev.alliance.api.command.LifecycleCommand;
import dev.alliance.api.command.MembershipCommand;
import dev.alliance.api.command.RelationsCommand;
import dev.alliance.api.command.Rejection;
import dev.alliance.api.typology.Lifespan;
import dev.alliance.core.lifecycle.DecisionGate;
import dev.alliance.core.lifecycle.LifecycleEngine;
import dev.alliance.core.stream.EventLog;
import dev.alliance.testkit.LifecycleFixtures;
import dev.alliance.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

/**
 * An operating alliance of P0, P1, P2 formed on {@link #D0} under an agreement with a chosen dispute
 * clause, a lifecycle engine and a relations engine on one log, and helpers to run commands in
 * tests.
 */
final class Forum {
  static final AllianceId ID = AllianceId.of("forum");
  static final LocalDate D0 = LocalDate.of(2000, 1, 1);
  static final Instant NOW = Instant.parse("2400-01-01T00:00:00Z");

  final MutableClock clock = MutableClock.ticking(NOW, Duration.ofSeconds(1));
  final EventLog log = EventLog.inMemory(clock);
  final LifecycleEngine lifecycle = LifecycleEngine.of(log, DecisionGate.requireReference());
  final RelationsEngine relations = RelationsEngine.of(log);

  Forum(DisputeResolutionClause clause, int founders) {
    LifecycleFixtures.formAndOperate(
            ID,
            founders,
            D0,
            LifecycleFixtures.typology(Lifespan.permanent()),
            LifecycleFixtures.agreement(Period.ofMonths(6)).withDisputeResolution(clause))
        .forEach(c -> assertTrue(lifecycle.handle(c).isAccepted(), c.toString()));
  }

  CommandResult run(AllianceCommand command) {
    if (command instanceof DisputeCommand d) {
      return relations.handle(d);
    }
    if (command instanceof RelationsCommand r) {
      return relations.handle(r);
    }
    if (command instanceof LifecycleCommand || command instanceof MembershipCommand) {
      return lifecycle.handle(command);
    }
    throw new IllegalArgumentException(command.toString());
  }

  void accept(AllianceCommand command) {
    CommandResult result = run(command);
    assertTrue(result.isAccepted(), () -> command + " -> " + result.rejection().orElseThrow());
  }

  /** Runs a command that must be refused by the rule, and checks that it changed nothing. */
  Rejection refuse(AllianceCommand command, String rule) {
    long before = log.sequence(ID);
    CommandResult result = run(command);
    Rejection rejection = result.rejection().orElseThrow(() -> new AssertionError("accepted: " + command));
    assertEquals(rule, rejection.rule(), rejection::toString);
    assertEquals(before, log.sequence(ID), "a rejection recorded something");
    return rejection;
  }
}
