package dev.alliance.core.health;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.typology.Lifespan;
import dev.alliance.api.command.AllianceCommand;
import dev.alliance.api.command.CommandResult;
import dev.alliance.api.command.ContributionCommand;
import dev.alliance.api.command.DisputeCommand;
import dev.alliance.api.command.RelationsCommand;
import dev.alliance.core.contribution.ContributionEngine;
import dev.alliance.core.lifecycle.DecisionGate;
import dev.alliance.core.lifecycle.LifecycleEngine;
import dev.alliance.core.relations.RelationsEngine;
import dev.alliance.core.stream.EventLog;
import dev.alliance.testkit.LifecycleFixtures;
import dev.alliance.testkit.MutableClock;
import dev.alliance.testkit.RelationsGenerators;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

/**
 * An operating alliance of P0 .. P(n-1) formed on {@link #D0} under an agreement with a WTO-style
 * dispute clause, with the lifecycle, contribution and relations engines on one log.
 */
final class Allied {
  static final AllianceId ID = AllianceId.of("allied");
  static final LocalDate D0 = LocalDate.of(2000, 1, 1);
  static final Instant NOW = Instant.parse("2400-01-01T00:00:00Z");

  final EventLog log = EventLog.inMemory(MutableClock.ticking(NOW, Duration.ofSeconds(1)));
  final LifecycleEngine lifecycle = LifecycleEngine.of(log, DecisionGate.requireReference());
  final ContributionEngine contributions = ContributionEngine.of(log);
  final RelationsEngine relations = RelationsEngine.of(log);

  private Allied() {}

  Allied(int founders) {
    LifecycleFixtures.formAndOperate(
            ID,
            founders,
            D0,
            LifecycleFixtures.typology(Lifespan.permanent()),
            LifecycleFixtures.agreement(Period.ofMonths(6)).withDisputeResolution(RelationsGenerators.wtoStyleClause()))
        .forEach(this::accept);
  }

  /** @return engines on an empty log, for scripts that form the alliance themselves */
  static Allied unformed() {
    return new Allied();
  }

  /** Runs a command through the engine of its family, accepted or not. */
  CommandResult run(AllianceCommand command) {
    if (command instanceof ContributionCommand c) {
      return contributions.handle(c);
    }
    if (command instanceof DisputeCommand d) {
      return relations.handle(d);
    }
    if (command instanceof RelationsCommand r) {
      return relations.handle(r);
    }
    return lifecycle.handle(command);
  }

  void accept(AllianceCommand command) {
    CommandResult result = run(command);
    assertTrue(result.isAccepted(), () -> command + " -> " + result.rejection().orElseThrow());
  }
}
