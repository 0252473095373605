package dev.alliance.api.command;

import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.event.RelationsEvent;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Commands that record the members' conduct toward each other. Relations events are facts observed
 * in the world, not requests the alliance grants, so there is one command that asks for one such
 * fact to be recorded; the engine checks that the alliance is in force and that everyone the event
 * names is a party to it.
 */
public sealed interface RelationsCommand extends AllianceCommand {

  /**
   * Record a relations event.
   *
   * @param alliance the alliance
   * @param event the event to record; the command's day is the event's
   */
  record RecordRelationsEvent(AllianceId alliance, RelationsEvent event) implements RelationsCommand {
    /** Validates the command. */
    public RecordRelationsEvent {
      Objects.requireNonNull(alliance, "alliance");
      Objects.requireNonNull(event, "event");
    }

    @Override
    public LocalDate on() {
      return event.on();
    }
  }
}
