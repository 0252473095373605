package dev.alliance.core.alignment.balance;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * Doreian and Mrvar's relocation heuristic (1996) for networks too large for the exact search.
 *
 * <p>From a random labeling into k blocs, the search repeatedly applies the first change that
 * lowers the frustration: moving one actor to another bloc, or exchanging two actors of different
 * blocs. When no such change is left, the labeling is a local optimum. The whole descent is
 * restarted from new random labelings, drawn from a generator seeded with a fixed seed so that a
 * run can be repeated, and the best local optimum is kept.
 */
final class RelocationSearch {
  private final SignedMatrix m;
  private final int k;
  private final int restarts;
  private final long seed;
  private int best = Integer.MAX_VALUE;
  private int[] bestLabels;
  private final Set<String> bestSeen = new HashSet<>();
  private long moves;

  RelocationSearch(SignedMatrix m, int k, int restarts, long seed) {
    this.m = m;
    this.k = k;
    this.restarts = restarts;
    this.seed = seed;
  }

  void run() {
    Random random = new Random(seed);
    int[] labels = new int[m.n];
    for (int r = 0; r < restarts; r++) {
      for (int i = 0; i < m.n; i++) {
        labels[i] = random.nextInt(k);
      }
      int value = descend(labels);
      String key = canonical(labels);
      if (value < best) {
        best = value;
        bestLabels = labels.clone();
        bestSeen.clear();
        bestSeen.add(key);
      } else if (value == best) {
        bestSeen.add(key);
      }
    }
    if (m.n == 0) {
      best = 0;
      bestLabels = new int[0];
    }
  }

  /** Descends to a local optimum in place and returns its frustration. */
  private int descend(int[] labels) {
    int value = m.frustration(labels);
    boolean improved = true;
    while (improved) {
      improved = false;
      for (int i = 0; i < m.n && !improved; i++) {
        int from = labels[i];
        for (int to = 0; to < k && !improved; to++) {
          if (to == from) {
            continue;
          }
          moves++;
          int delta = moveDelta(labels, i, to);
          if (delta < 0) {
            labels[i] = to;
            value += delta;
            improved = true;
          }
        }
      }
      for (int i = 0; i < m.n && !improved; i++) {
        for (int j = i + 1; j < m.n && !improved; j++) {
          if (labels[i] == labels[j]) {
            continue;
          }
          moves++;
          int li = labels[i];
          int lj = labels[j];
          int before = value;
          int delta = moveDelta(labels, i, lj);
          labels[i] = lj;
          delta += moveDelta(labels, j, li);
          labels[j] = li;
          if (delta < 0) {
            value = before + delta;
            improved = true;
          } else {
            labels[i] = li;
            labels[j] = lj;
          }
        }
      }
    }
    return value;
  }

  /** The change in frustration if actor i moved to bloc {@code to}. */
  private int moveDelta(int[] labels, int i, int to) {
    int delta = 0;
    for (int j : m.neighbours[i]) {
      int s = m.sign[i][j];
      delta += SignedMatrix.frustrated(s, to == labels[j]) - SignedMatrix.frustrated(s, labels[i] == labels[j]);
    }
    return delta;
  }

  /** Labels renumbered in order of first appearance, so relabelings of one partition coincide. */
  private String canonical(int[] labels) {
    int[] map = new int[k];
    Arrays.fill(map, -1);
    int next = 0;
    StringBuilder key = new StringBuilder();
    for (int label : labels) {
      if (map[label] < 0) {
        map[label] = next++;
      }
      key.append((char) ('a' + map[label]));
    }
    return key.toString();
  }

  int best() {
    return best;
  }

  int[] bestLabels() {
    return bestLabels;
  }

  long distinctBest() {
    return bestSeen.size();
  }

  long moves() {
    return moves;
  }
}
