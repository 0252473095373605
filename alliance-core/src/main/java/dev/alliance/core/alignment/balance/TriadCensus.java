package dev.alliance.core.alignment.balance;

import java.util.List;

/**
 * The triads of a network (every three actors tied pairwise) split into balanced and unbalanced.
 *
 * @param balanced how many triads are balanced
 * @param unbalanced the unbalanced triads, each named
 */
public record TriadCensus(int balanced, List<Triad> unbalanced) {
  /** Copies the list. */
  public TriadCensus {
    unbalanced = List.copyOf(unbalanced);
  }

  /** @return the number of triads */
  public int total() {
    return balanced + unbalanced.size();
  }

  /** @return the share of triads that are balanced; 1 when there are none */
  public double balancedShare() {
    return total() == 0 ? 1 : (double) balanced / total();
  }
}
