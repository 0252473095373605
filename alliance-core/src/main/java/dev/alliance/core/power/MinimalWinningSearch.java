package dev.alliance.core.power;

import dev.alliance.api.partner.PartnerId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Depth-first search for minimal winning coalitions. Players are decided in order, in or out. A
 * branch stops as soon as its coalition wins (anything added would be superfluous) or when even
 * every undecided player could not make it win. Every minimal winning coalition is reached exactly
 * once: on its path every partial coalition is a proper subset of it, hence losing.
 */
final class MinimalWinningSearch {
  /** Losing partial coalitions visited per coalition asked for, before the search gives up. */
  private static final long NODES_PER_RESULT = 10_000;

  private final SimpleGame game;
  private final int limit;
  private final long nodeBudget;
  private final long[][] weights;
  private final long[][] rest;
  private final Condition condition;
  private final boolean[] in;
  private final List<Set<PartnerId>> found = new ArrayList<>();
  private long nodes;
  private boolean stopped;

  MinimalWinningSearch(SimpleGame game, int limit) {
    this.game = game;
    this.limit = limit;
    this.nodeBudget = Math.max(1_000_000L, limit * NODES_PER_RESULT);
    this.weights = game.weights();
    this.condition = game.condition();
    int n = game.size();
    int k = weights.length;
    this.rest = new long[n + 1][k];
    for (int i = n - 1; i >= 0; i--) {
      for (int c = 0; c < k; c++) {
        rest[i][c] = rest[i + 1][c] + weights[c][i];
      }
    }
    this.in = new boolean[n];
  }

  Coalitions run() {
    search(0, new long[weights.length]);
    return new Coalitions(found, !stopped);
  }

  private void search(int next, long[] sums) {
    if (stopped) {
      return;
    }
    if (++nodes > nodeBudget) {
      stopped = true;
      return;
    }
    if (condition.holds(sums)) {
      if (isMinimal(sums)) {
        if (found.size() == limit) {
          stopped = true;
          return;
        }
        found.add(game.toSet(in));
      }
      return;
    }
    if (next == in.length || !condition.holds(plus(sums, rest[next]))) {
      return;
    }
    in[next] = true;
    search(next + 1, plus(sums, column(next)));
    in[next] = false;
    search(next + 1, sums);
  }

  private boolean isMinimal(long[] sums) {
    long[] without = new long[sums.length];
    for (int i = 0; i < in.length; i++) {
      if (in[i]) {
        for (int c = 0; c < sums.length; c++) {
          without[c] = sums[c] - weights[c][i];
        }
        if (condition.holds(without)) {
          return false;
        }
      }
    }
    return true;
  }

  private long[] column(int player) {
    long[] w = new long[weights.length];
    for (int c = 0; c < w.length; c++) {
      w[c] = weights[c][player];
    }
    return w;
  }

  private static long[] plus(long[] a, long[] b) {
    long[] sum = new long[a.length];
    for (int c = 0; c < a.length; c++) {
      sum[c] = a[c] + b[c];
    }
    return sum;
  }
}
