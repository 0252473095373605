package dev.alliance.core.alignment.landscape;

import dev.alliance.api.alignment.Configuration;
import java.util.List;
import java.util.Objects;

/**
 * A configuration explained: its energy and every actor's frustration, here and if it switched.
 *
 * @param configuration the configuration
 * @param energy its energy
 * @param actors each actor's frustration, in the landscape's order
 */
public record ConfigurationReport(Configuration configuration, double energy, List<ActorFrustration> actors) {
  /** Copies the list. */
  public ConfigurationReport {
    Objects.requireNonNull(configuration, "configuration");
    actors = List.copyOf(actors);
  }

  /** @return true when no actor would lower its frustration by switching: a local minimum */
  public boolean isStable() {
    return actors.stream().noneMatch(ActorFrustration::wantsToSwitch);
  }

  /** @return the actors that would switch, in order */
  public List<ActorFrustration> restless() {
    return actors.stream().filter(ActorFrustration::wantsToSwitch).toList();
  }
}
