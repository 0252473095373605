package dev.alliance.api.event;

import dev.alliance.api.governance.DecisionReference;
import java.util.Optional;

/**
 * An event that an alliance's governance may have to authorise: admitting, suspending, reinstating
 * or expelling a member, extending a withdrawal, amending the agreement, suspending or resuming
 * operations, dissolving, declaring or ending a crisis. The event records the decision it was taken under, when there was one.
 */
public interface GovernedEvent {

  /** @return the adopted decision that authorised the act, when the command named one */
  Optional<DecisionReference> decision();
}
