package dev.alliance.api.command;

import dev.alliance.api.Checks;
import dev.alliance.api.event.RecordedEvent;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an engine returns for a command it handled: the events it recorded, numbered and stamped,
 * or the {@link Rejection} (in which case nothing was recorded).
 */
public sealed interface CommandResult permits CommandResult.Recorded, Rejection {

  /** @return true when the command was accepted and its events recorded */
  boolean isAccepted();

  /** @return the recorded events, in stream order; empty when rejected */
  List<RecordedEvent> recorded();

  /** @return the rejection, when the command was rejected */
  Optional<Rejection> rejection();

  /**
   * The command was accepted; these events were appended to the alliance's stream.
   *
   * @param recorded the recorded events, in stream order; at least one
   */
  record Recorded(List<RecordedEvent> recorded) implements CommandResult {
    /** Copies the events. */
    public Recorded {
      recorded = List.copyOf(Objects.requireNonNull(recorded, "recorded"));
      Checks.notEmpty("CommandResult.Recorded.recorded", recorded);
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
