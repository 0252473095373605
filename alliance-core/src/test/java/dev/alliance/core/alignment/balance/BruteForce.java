package dev.alliance.core.alignment.balance;

import dev.alliance.api.alignment.SignedNetwork;
import dev.alliance.api.alignment.SignedTie;

/**
 * An independent, deliberately naive check of the searches: every labeling of the actors with at
 * most k labels, counting frustrated ties straight from the tie list.
 */
final class BruteForce {
  private BruteForce() {}

  /** @return {minimum frustration, number of distinct partitions reaching it} */
  static long[] minimum(SignedNetwork network, int k) {
    int n = network.actors().size();
    int[][] ends = new int[network.ties().size()][2];
    boolean[] positive = new boolean[ends.length];
    for (int t = 0; t < ends.length; t++) {
      SignedTie tie = network.ties().get(t);
      ends[t][0] = network.indexOf(tie.from());
      ends[t][1] = network.indexOf(tie.to());
      positive[t] = tie.isPositive();
    }
    int[] labels = new int[n];
    long best = Long.MAX_VALUE;
    long partitions = 0;
    long total = 1;
    for (int i = 1; i < n; i++) {
      total *= k;
    }
    for (long code = 0; code < total; code++) {
      long c = code;
      for (int i = 1; i < n; i++) {
        labels[i] = (int) (c % k);
        c /= k;
      }
      if (!restrictedGrowth(labels)) {
        continue; // count each partition once: labels in order of first use
      }
      long f = 0;
      for (int t = 0; t < ends.length; t++) {
        boolean same = labels[ends[t][0]] == labels[ends[t][1]];
        if (positive[t] != same) {
          f++;
        }
      }
      if (f < best) {
        best = f;
        partitions = 1;
      } else if (f == best) {
        partitions++;
      }
    }
    return new long[] {n == 0 ? 0 : best, n == 0 ? 1 : partitions};
  }

  private static boolean restrictedGrowth(int[] labels) {
    int max = -1;
    for (int label : labels) {
      if (label > max + 1) {
        return false;
      }
      max = Math.max(max, label);
    }
    return true;
  }
}
