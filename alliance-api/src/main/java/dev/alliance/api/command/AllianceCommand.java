package dev.alliance.api.command;

import dev.alliance.api.alliance.AllianceId;
import java.time.LocalDate;

/**
 * A request to change an alliance: the sealed root of every command family. The families are
 * {@link LifecycleCommand}, {@link MembershipCommand}, {@link ProposalCommand} and {@link ContributionCommand}.
 */
public sealed interface AllianceCommand permits LifecycleCommand, MembershipCommand, ProposalCommand, ContributionCommand {

  /** @return the alliance the command is for */
  AllianceId alliance();

  /** @return the day the act happens in the world; the events it emits carry this day */
  LocalDate on();
}
