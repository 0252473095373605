package dev.alliance.api.command;

import dev.alliance.api.alliance.AllianceId;
import java.time.LocalDate;

/**
 * A request to change an alliance: the sealed root of every command family. The families are
 * {@link LifecycleCommand}, {@link MembershipCommand}, {@link ProposalCommand}, {@link
 * ContributionCommand}, {@link DisputeCommand} and {@link RelationsCommand}.
 */
public sealed interface AllianceCommand
    permits LifecycleCommand, MembershipCommand, ProposalCommand, ContributionCommand, DisputeCommand, RelationsCommand {

  /** @return the alliance the command is for */
  AllianceId alliance();

  /** @return the day the act happens in the world; the events it emits carry this day */
  LocalDate on();
}
