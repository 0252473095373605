package dev.alliance.core.alignment.landscape;

import dev.alliance.api.partner.PartnerId;
import java.util.Objects;

/**
 * One actor's standing in a configuration.
 *
 * @param actor the actor
 * @param frustration its frustration where it stands
 * @param frustrationIfSwitched its frustration if it alone switched sides
 * @param wantsToSwitch whether switching would lower its frustration (beyond rounding error)
 */
public record ActorFrustration(
    PartnerId actor, double frustration, double frustrationIfSwitched, boolean wantsToSwitch) {
  /** Checks for nulls. */
  public ActorFrustration {
    Objects.requireNonNull(actor, "actor");
  }
}
