package dev.alliance.api.command;

import dev.alliance.api.Checks;
import dev.alliance.api.event.AllianceEvent;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What deciding a command against an alliance's current state yields, before anything is recorded:
 * the events to append, or a {@link Rejection}. Pure command handlers return it; an engine that
 * also records the events returns a {@link CommandResult}.
 */
public sealed interface CommandDecision permits CommandDecision.Accepted, Rejection {

  /** @return true when the command was accepted */
  boolean isAccepted();

  /** @return the events to append, in order; empty when rejected */
  List<AllianceEvent> events();

  /** @return the rejection, when the command was rejected */
  Optional<Rejection> rejection();

  /**
   * The command was accepted and emits these events.
   *
   * @param events the events, in the order they are to be appended; at least one
   */
  record Accepted(List<AllianceEvent> events) implements CommandDecision {
    /** Copies the events. */
    public Accepted {
      events = List.copyOf(Objects.requireNonNull(events, "events"));
      Checks.notEmpty("CommandDecision.Accepted.events", events);
    }

    @Override
    public boolean isAccepted() {
      return true;
    }

    @Override
    public Optional<Rejection> rejection() {
      return Optional.empty();
    }
  }
}
