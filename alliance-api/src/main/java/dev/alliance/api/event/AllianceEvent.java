package dev.alliance.api.event;

import java.time.LocalDate;

/**
 * Something that happened to an alliance: the sealed root of every event family. The families are
 * {@link LifecycleEvent}, {@link MembershipEvent}, {@link ProposalEvent}, {@link
 * ContributionEvent}, {@link RelationsEvent} and {@link DisputeEvent}; see the {@linkplain
 * dev.alliance.api.event package description} for how a family is added.
 */
public sealed interface AllianceEvent
    permits LifecycleEvent, MembershipEvent, ProposalEvent, ContributionEvent, RelationsEvent, DisputeEvent {

  /** @return the day the act happened in the world, which rules such as notice periods count in */
  LocalDate on();
}
