package dev.alliance.core.power;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Exact counting for a weighted game {@code [q; w]} by generating functions: the coefficient of
 * x^v in the product of {@code (1 + x^w_i)} over the players is the number of coalitions of weight
 * v. Only coefficients below the quota matter, so a table of q entries is built once, in O(n q).
 *
 * <p><b>Banzhaf.</b> Player i swings for the coalitions of the others that weigh between
 * {@code q - w_i} and {@code q - 1}. Their count is a window sum of the table divided by
 * {@code (1 + x^w_i)}; expanding the division, the window sum equals an alternating sum of the
 * forward table in blocks of w_i: {@code sum over u < q of (-1)^floor((q-1-u)/w_i) f[u]}. With
 * the table turned into running sums, each block costs one subtraction, so a player costs
 * O(q / w_i) and the forward pass, O(n q), is all that remains. Because a game and its dual have the same
 * swing counts, the smaller of q and {@code W - q + 1} is used.
 *
 * <p><b>Shapley-Shubik.</b> The same with a second dimension for the coalition size: a table of
 * (n + 1) x q, built in O(n^2 q), and per distinct weight an alternating sum of blocks that also shifts the
 * size, O(n q / w) each.
 *
 * <p><b>Minimal winning coalitions</b> (for Deegan-Packel and Holler). Sorted by weight, heaviest
 * first, a minimal winning coalition is its lightest member j (the last in that order) plus a set
 * T of earlier players with {@code q - w_j <= w(T) < q}; prefix tables by size and weight count
 * them in O(n^2 q). A player's count is the game's count minus the count of the game without that
 * player (a coalition without i is minimal winning in one exactly when in the other).
 *
 * <p>Weights are first divided by their greatest common divisor (the quota rounded up), and
 * players of weight zero, who are null players, are set aside. Every count is computed modulo each
 * of the {@link Moduli} and recovered exactly.
 */
final class WeightedCounting {
  private final int n;
  private final long[] weights;
  private final long quota;
  private final long total;
  private final int active;
  private final long[] distinct;
  private final Parallel parallel;

  WeightedCounting(long[] originalWeights, long originalQuota, Parallel parallel) {
    this.n = originalWeights.length;
    this.parallel = parallel;
    long gcd = 0;
    for (long w : originalWeights) {
      gcd = gcd(gcd, w);
    }
    long g = Math.max(gcd, 1);
    this.weights = new long[n];
    long sum = 0;
    int positive = 0;
    for (int i = 0; i < n; i++) {
      weights[i] = originalWeights[i] / g;
      sum += weights[i];
      if (weights[i] > 0) {
        positive++;
      }
    }
    this.total = sum;
    this.quota = ceilDiv(originalQuota, g);
    this.active = positive;
    this.distinct = Arrays.stream(weights).filter(w -> w > 0).distinct().sorted().toArray();
  }

  /** @return the quota used for Banzhaf and Shapley-Shubik: the smaller of q and its dual */
  long dualQuota() {
    return Math.min(quota, total - quota + 1);
  }

  long reducedQuota() {
    return quota;
  }

  int active() {
    return active;
  }

  int distinctWeights() {
    return distinct.length;
  }

  /** @return the number of moduli the counts need */
  int moduli() {
    return Moduli.forBits(active + 2).length;
  }

  // ---------------------------------------------------------------- Banzhaf

  /** @return each player's swing count (raw Banzhaf) */
  BigInteger[] banzhafSwings() {
    int table = Math.toIntExact(dualQuota());
    long[] moduli = Moduli.forBits(active + 2);
    List<long[]> residues =
        parallel.forWork((double) moduli.length * active * table).map(moduli.length, m -> banzhafResidues(moduli[m], table));
    BigInteger[] byWeight = new BigInteger[distinct.length];
    for (int d = 0; d < distinct.length; d++) {
      byWeight[d] = Moduli.combine(moduli, column(residues, d));
    }
    BigInteger nullFactor = BigInteger.ONE.shiftLeft(n - active);
    BigInteger[] swings = new BigInteger[n];
    for (int i = 0; i < n; i++) {
      swings[i] =
          weights[i] == 0 ? BigInteger.ZERO : byWeight[Arrays.binarySearch(distinct, weights[i])].multiply(nullFactor);
    }
    return swings;
  }

  private long[] banzhafResidues(long p, int q) {
    long[] f = new long[q];
    f[0] = 1;
    for (long w : weights) {
      if (w > 0 && w < q) {
        int wi = (int) w;
        if (p == Moduli.TWO_TO_64) {
          for (int v = q - 1; v >= wi; v--) {
            f[v] += f[v - wi];
          }
        } else {
          for (int v = q - 1; v >= wi; v--) {
            long s = f[v] + f[v - wi];
            f[v] = s >= p ? s - p : s;
          }
        }
      }
    }
    toPrefixSums(f, 0, q, p);
    long[] sums = new long[distinct.length];
    for (int d = 0; d < distinct.length; d++) {
      sums[d] = alternatingSum(f, 0, q, distinct[d], p);
    }
    return sums;
  }

  /** Replaces {@code f[offset .. offset + q)} by its running sums, modulo p. */
  private static void toPrefixSums(long[] f, int offset, int q, long p) {
    for (int u = offset + 1; u < offset + q; u++) {
      f[u] = Moduli.add(f[u - 1], f[u], p);
    }
  }

  /** The sum of {@code f[lo..hi]} from its running sums P (stored at offset). */
  private static long block(long[] prefix, int offset, int lo, int hi, long p) {
    return Moduli.subtract(prefix[offset + hi], lo == 0 ? 0 : prefix[offset + lo - 1], p);
  }

  /**
   * {@code sum over u in [0, q) of (-1)^floor((q-1-u)/w) f[u]}: the number of the others'
   * coalitions in the window {@code [q - w, q - 1]}, read from the running sums of the table with
   * the player, one block of w coefficients at a time: O(q / w).
   */
  private static long alternatingSum(long[] prefix, int offset, int q, long w, long p) {
    long plus = 0;
    long minus = 0;
    int hi = q - 1;
    boolean positive = true;
    while (hi >= 0) {
      int lo = (int) Math.max(0, hi - w + 1);
      long block = block(prefix, offset, lo, hi, p);
      if (positive) {
        plus = Moduli.add(plus, block, p);
      } else {
        minus = Moduli.add(minus, block, p);
      }
      positive = !positive;
      hi = lo - 1;
    }
    return Moduli.subtract(plus, minus, p);
  }

  // ---------------------------------------------------------------- Shapley-Shubik

  /**
   * @return for each player and each size s, the number of coalitions of s other active players
   *     for which the player swings in the game or its dual (whichever has the smaller quota; the
   *     Shapley-Shubik weights are symmetric in s and {@code n - 1 - s}, so either serves)
   */
  BigInteger[][] swingsBySize() {
    int q = Math.toIntExact(dualQuota());
    long[] moduli = Moduli.forBits(active + 2);
    List<long[][]> residues =
        parallel.forWork((double) moduli.length * active * active * q).map(moduli.length, m -> sizeResidues(moduli[m], q));
    BigInteger[][] byWeight = new BigInteger[distinct.length][active];
    long[] r = new long[moduli.length];
    for (int d = 0; d < distinct.length; d++) {
      for (int s = 0; s < active; s++) {
        for (int m = 0; m < moduli.length; m++) {
          r[m] = residues.get(m)[d][s];
        }
        byWeight[d][s] = Moduli.combine(moduli, r);
      }
    }
    BigInteger[][] bySize = new BigInteger[n][];
    for (int i = 0; i < n; i++) {
      bySize[i] = weights[i] == 0 ? null : byWeight[Arrays.binarySearch(distinct, weights[i])];
    }
    return bySize;
  }

  private long[][] sizeResidues(long p, int q) {
    int sizes = active + 1;
    long[] f = new long[sizes * q];
    f[0] = 1;
    int processed = 0;
    for (long w : weights) {
      if (w <= 0) {
        continue;
      }
      if (w < q) {
        int wi = (int) w;
        for (int s = processed + 1; s >= 1; s--) {
          int row = s * q;
          int below = (s - 1) * q - wi;
          if (p == Moduli.TWO_TO_64) {
            for (int v = q - 1; v >= wi; v--) {
              f[row + v] += f[below + v];
            }
          } else {
            for (int v = q - 1; v >= wi; v--) {
              long x = f[row + v] + f[below + v];
              f[row + v] = x >= p ? x - p : x;
            }
          }
        }
      }
      processed++;
    }
    for (int row = 0; row < sizes; row++) {
      toPrefixSums(f, row * q, q, p);
    }
    long[][] windows = new long[distinct.length][];
    for (int d = 0; d < distinct.length; d++) {
      windows[d] = sizeWindow(f, q, distinct[d], p);
    }
    return windows;
  }

  /**
   * For one weight w: {@code c[s] = sum over u < q of (-1)^k f[s - k][u]} with
   * {@code k = floor((q-1-u)/w)}: the others' coalitions of size s in the swing window.
   */
  private long[] sizeWindow(long[] prefix, int q, long w, long p) {
    long[] c = new long[active];
    int hi = q - 1;
    int k = 0;
    while (hi >= 0) {
      int lo = (int) Math.max(0, hi - w + 1);
      for (int s = k; s < active; s++) {
        long block = block(prefix, (s - k) * q, lo, hi, p);
        c[s] = (k & 1) == 0 ? Moduli.add(c[s], block, p) : Moduli.subtract(c[s], block, p);
      }
      hi = lo - 1;
      k++;
    }
    return c;
  }

  // ---------------------------------------------------------------- minimal winning coalitions

  /**
   * @return for each player, the number of minimal winning coalitions of each size (index = size)
   *     that contain it
   */
  BigInteger[][] minimalWinningBySize() {
    int q = Math.toIntExact(quota);
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> weights[a] != weights[b] ? Long.compare(weights[b], weights[a]) : Integer.compare(a, b));
    List<Integer> sorted = new ArrayList<>();
    for (Integer i : order) {
      if (weights[i] > 0) {
        sorted.add(i);
      }
    }
    long[] moduli = Moduli.forBits(active + 2);
    // Task 0 counts the whole game; task 1 + d the game without one player of weight distinct[d].
    List<BigInteger[]> counts =
        parallel.forWork((double) (distinct.length + 1) * active * active * q).map(
            distinct.length + 1,
            t -> {
              List<Integer> players = new ArrayList<>(sorted);
              if (t > 0) {
                long w = distinct[t - 1];
                players.remove(players.stream().filter(i -> weights[i] == w).findFirst().orElseThrow());
              }
              long[][] r = new long[moduli.length][];
              for (int m = 0; m < moduli.length; m++) {
                r[m] = minimalWinningResidues(players, q, moduli[m]);
              }
              BigInteger[] exact = new BigInteger[active + 1];
              long[] residue = new long[moduli.length];
              for (int s = 0; s <= active; s++) {
                for (int m = 0; m < moduli.length; m++) {
                  residue[m] = r[m][s];
                }
                exact[s] = Moduli.combine(moduli, residue);
              }
              return exact;
            });
    BigInteger[] all = counts.get(0);
    BigInteger[][] perPlayer = new BigInteger[n][active + 1];
    for (int i = 0; i < n; i++) {
      BigInteger[] without = weights[i] == 0 ? all : counts.get(1 + Arrays.binarySearch(distinct, weights[i]));
      for (int s = 0; s <= active; s++) {
        perPlayer[i][s] = all[s].subtract(without[s]);
      }
    }
    return perPlayer;
  }

  /** @return the number of minimal winning coalitions of each size among these players */
  private long[] minimalWinningResidues(List<Integer> players, int q, long p) {
    int sizes = players.size() + 1;
    long[] f = new long[sizes * q];
    f[0] = 1;
    long[] mwc = new long[active + 1];
    int processed = 0;
    for (int j : players) {
      long w = weights[j];
      int lo = (int) Math.max(0, q - w);
      for (int t = 0; t <= processed; t++) {
        long window = 0;
        int row = t * q;
        for (int v = lo; v < q; v++) {
          window = Moduli.add(window, f[row + v], p);
        }
        mwc[t + 1] = Moduli.add(mwc[t + 1], window, p);
      }
      if (w < q) {
        int wi = (int) w;
        for (int t = processed + 1; t >= 1; t--) {
          int row = t * q;
          int below = (t - 1) * q - wi;
          for (int v = q - 1; v >= wi; v--) {
            f[row + v] = Moduli.add(f[row + v], f[below + v], p);
          }
        }
      }
      processed++;
    }
    return mwc;
  }

  private static long[] column(List<long[]> rows, int d) {
    long[] c = new long[rows.size()];
    for (int m = 0; m < c.length; m++) {
      c[m] = rows.get(m)[d];
    }
    return c;
  }

  static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a;
  }

  static long ceilDiv(long a, long b) {
    return -Math.floorDiv(-a, b);
  }
}
