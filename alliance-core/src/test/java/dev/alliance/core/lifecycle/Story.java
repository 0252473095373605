package dev.alliance.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.command.AllianceCommand;
import dev.alliance.api.command.CommandResult;
import dev.alliance.api.command.Rejection;
import dev.alliance.api.event.AllianceEvent;
import dev.alliance.api.event.RecordedEvent;
import dev.alliance.api.typology.Lifespan;
import dev.alliance.core.stream.EventLog;
import dev.alliance.testkit.LifecycleFixtures;
import dev.alliance.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/** Drives one alliance through an engine in a test, and checks what a rejection must satisfy. */
final class Story {
  static final AllianceId ID = AllianceId.of("test-alliance");
  static final LocalDate D0 = LocalDate.of(2000, 1, 1);
  static final Instant NOW = Instant.parse("2400-01-01T00:00:00Z");

  final MutableClock clock = MutableClock.ticking(NOW, Duration.ofSeconds(1));
  final LifecycleEngine engine;

  Story(DecisionGate gate) {
    engine = LifecycleEngine.of(EventLog.inMemory(clock), gate);
  }

  Story() {
    this(DecisionGate.requireReference());
  }

  /** An operating permanent alliance of {@code founders} partners, formed on {@link #D0}. */
  static Story operating(int founders, Period notice) {
    return operating(founders, notice, Lifespan.permanent());
  }

  static Story operating(int founders, Period notice, Lifespan lifespan) {
    Story story = new Story();
    story.accept(
        LifecycleFixtures.formAndOperate(
            ID, founders, D0, LifecycleFixtures.typology(lifespan), LifecycleFixtures.agreement(notice)));
    return story;
  }

  CommandResult run(AllianceCommand command) {
    return engine.handle(command);
  }

  /** Runs commands that must all be accepted. */
  void accept(List<? extends AllianceCommand> commands) {
    commands.forEach(this::accept);
  }

  /** Runs a command that must be accepted; returns its events. */
  List<AllianceEvent> accept(AllianceCommand command) {
    CommandResult result = engine.handle(command);
    assertTrue(result.isAccepted(), () -> command + " was rejected: " + result.rejection().orElseThrow());
    return result.recorded().stream().map(RecordedEvent::event).toList();
  }

  /** Runs a command that must be rejected by {@code rule} and change nothing. */
  Rejection reject(AllianceCommand command, String rule) {
    AllianceLifecycle before = engine.lifecycle(command.alliance());
    int length = engine.history(command.alliance()).size();
    CommandResult result = engine.handle(command);
    Rejection rejection = result.rejection().orElseThrow(() -> new AssertionError(command + " was accepted: " + result));
    assertEquals(rule, rejection.rule(), rejection::toString);
    assertEquals(length, engine.history(command.alliance()).size(), "a rejected command records nothing");
    assertEquals(before, engine.lifecycle(command.alliance()), "a rejected command changes nothing");
    return rejection;
  }

  AllianceLifecycle state() {
    return engine.lifecycle(ID);
  }
}
