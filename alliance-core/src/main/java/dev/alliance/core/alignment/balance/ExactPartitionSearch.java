package dev.alliance.core.alignment.balance;

import java.util.Arrays;

/**
 * Branch and bound over every partition into at most k blocs.
 *
 * <p>Partitions are enumerated once each as restricted-growth label strings (the first actor in
 * search order is in bloc 0, and each later actor joins a bloc already used or opens the next
 * one), which removes the k! relabelings of every partition. Actors are searched in descending
 * order of degree, so that the cost of early choices shows soon. The bound adds to the ties
 * already frustrated, for each actor still unplaced, the cheapest bloc it could join given the
 * actors placed so far; these costs involve disjoint ties, so the bound never overestimates.
 * Branches whose bound exceeds the best found are cut; branches that only equal it are kept, so
 * that the number of optimal partitions is counted exactly.
 */
final class ExactPartitionSearch {
  private final SignedMatrix m;
  private final int k;
  private final int[] order;
  private final int[] labels;
  /** cost[u][l]: ties of unplaced actor u frustrated if it joined bloc l, given placed actors. */
  private final int[][] cost;
  private final boolean[] placed;
  private int best = Integer.MAX_VALUE;
  private int[] bestLabels;
  private long optimal;
  private long nodes;

  ExactPartitionSearch(SignedMatrix m, int k) {
    this.m = m;
    this.k = k;
    this.order = degreeOrder(m);
    this.labels = new int[m.n];
    this.cost = new int[m.n][k];
    this.placed = new boolean[m.n];
  }

  private static int[] degreeOrder(SignedMatrix m) {
    Integer[] boxed = new Integer[m.n];
    for (int i = 0; i < m.n; i++) {
      boxed[i] = i;
    }
    Arrays.sort(boxed, (a, b) -> m.neighbours[b].length != m.neighbours[a].length
        ? m.neighbours[b].length - m.neighbours[a].length
        : a - b);
    int[] order = new int[m.n];
    for (int i = 0; i < m.n; i++) {
      order[i] = boxed[i];
    }
    return order;
  }

  /** Runs the search; afterwards {@link #bestLabels()}, {@link #best()}, ... hold the outcome. */
  void run() {
    if (m.n == 0) {
      best = 0;
      bestLabels = new int[0];
      optimal = 1;
      return;
    }
    search(0, 0, 0);
  }

  private void search(int depth, int usedBlocs, int frustrated) {
    nodes++;
    if (depth == m.n) {
      if (frustrated < best) {
        best = frustrated;
        bestLabels = labels.clone();
        optimal = 1;
      } else if (frustrated == best) {
        optimal++;
      }
      return;
    }
    if (frustrated + remainingBound() > best) {
      return;
    }
    int actor = order[depth];
    int maxLabel = Math.min(usedBlocs, k - 1);
    for (int label = 0; label <= maxLabel; label++) {
      int added = cost[actor][label];
      if (frustrated + added > best) {
        continue;
      }
      place(actor, label, +1);
      search(depth + 1, Math.max(usedBlocs, label + 1), frustrated + added);
      place(actor, label, -1);
    }
  }

  private int remainingBound() {
    int bound = 0;
    for (int u = 0; u < m.n; u++) {
      if (!placed[u]) {
        int cheapest = Integer.MAX_VALUE;
        for (int l = 0; l < k; l++) {
          cheapest = Math.min(cheapest, cost[u][l]);
        }
        bound += cheapest;
      }
    }
    return bound;
  }

  /** Places (direction +1) or removes (-1) an actor, keeping every unplaced neighbour's costs. */
  private void place(int actor, int label, int direction) {
    placed[actor] = direction > 0;
    labels[actor] = label;
    for (int v : m.neighbours[actor]) {
      if (placed[v]) {
        continue;
      }
      int s = m.sign[actor][v];
      for (int l = 0; l < k; l++) {
        cost[v][l] += direction * SignedMatrix.frustrated(s, l == label);
      }
    }
  }

  int best() {
    return best;
  }

  int[] bestLabels() {
    return bestLabels;
  }

  long optimal() {
    return optimal;
  }

  long nodes() {
    return nodes;
  }
}
