package dev.alliance.core.alignment.balance;

import dev.alliance.api.alignment.Partition;
import java.util.Objects;

/**
 * The outcome of a search for the partition with the fewest frustrated ties.
 *
 * @param frustration the best partition found and the ties it leaves frustrated
 * @param maxBlocs the most blocs the search allowed
 * @param method exact, or the relocation heuristic
 * @param optimalPartitions for an exact search, how many partitions reach the optimum (the
 *     partition returned is the first in search order); for the heuristic, how many distinct best
 *     partitions it met
 * @param partitionsExamined how many complete or partial partitions the search looked at: nodes of
 *     the branch-and-bound tree, or candidate moves of the heuristic
 */
public record BestPartition(
    Frustration frustration, int maxBlocs, SearchMethod method, long optimalPartitions, long partitionsExamined) {
  /** Checks for nulls. */
  public BestPartition {
    Objects.requireNonNull(frustration, "frustration");
    Objects.requireNonNull(method, "method");
  }

  /** @return the best partition found */
  public Partition partition() {
    return frustration.partition();
  }

  /** @return its number of frustrated ties */
  public int count() {
    return frustration.count();
  }

  /** @return true when the search proved that no partition does better */
  public boolean isProvenOptimal() {
    return method == SearchMethod.EXACT;
  }
}
