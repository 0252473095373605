package dev.alliance.core.alignment.landscape;

import dev.alliance.api.alignment.Configuration;
import java.util.Objects;

/**
 * A stable configuration and its basin of attraction.
 *
 * @param configuration the configuration, the landscape's first actor on side A
 * @param energy its energy
 * @param basinSize how many configurations (counted once per alignment) descend to it; for a
 *     sampled search, how many random starts did
 * @param basinShare {@code basinSize} as a share of all configurations (or of all starts)
 */
public record LocalMinimum(Configuration configuration, double energy, long basinSize, double basinShare) {
  /** Checks for nulls. */
  public LocalMinimum {
    Objects.requireNonNull(configuration, "configuration");
  }
}
