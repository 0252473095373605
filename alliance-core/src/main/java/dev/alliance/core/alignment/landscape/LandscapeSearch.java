package dev.alliance.core.alignment.landscape;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of a search for the stable configurations of a landscape.
 *
 * @param minima the local minima found, lowest energy first (ties in configuration order)
 * @param exhaustive true when every configuration was examined, so that the minima and basins
 *     are complete and exact; false for a sampled search from random starts
 * @param configurationsExamined configurations examined (all {@code 2^(n-1)}, or the starts)
 */
public record LandscapeSearch(List<LocalMinimum> minima, boolean exhaustive, long configurationsExamined) {
  /** Copies the list. */
  public LandscapeSearch {
    minima = List.copyOf(Objects.requireNonNull(minima, "minima"));
  }

  /** @return the minimum with the lowest energy: the global minimum when the search was exhaustive */
  public LocalMinimum lowest() {
    return minima.get(0);
  }
}
