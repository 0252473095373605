package dev.alliance.core.power;

import java.util.ArrayList;
import java.util.List;

/**
 * Exact counting by visiting every coalition once: the reference method for games of up to about
 * thirty players whatever their criteria, and the only exact one here for the indices built on
 * critical players (Johnston) in games that are not plainly weighted.
 *
 * <p>Players split into a low part, whose subsets have their sums precomputed, and a high part
 * visited in Gray-code order, so that consecutive high parts differ by one player and their sums
 * change by one addition per criterion.
 *
 * <p>The basic pass (Banzhaf, Shapley-Shubik) only needs, per player and coalition size, the
 * number of winning coalitions containing the player; swings follow as {@code 2 W_i - W}. It has
 * two scans. The plain one tests every low subset against each high part through a truth table of
 * the condition's atoms. The sorted one groups the low subsets by their size and their sums on all
 * criteria but the largest, and sorts each group by the largest: with the other sums fixed the
 * game is monotone in the largest criterion, so a group's winning subsets are a suffix found by
 * binary search, and counts are accumulated per suffix rather than per coalition. That is what
 * makes a double majority with population in persons cheap: 27 states give 15 groups of sorted
 * low subsets instead of 16,384 tests per high part. The sorted scan is used when its groups are
 * few.
 *
 * <p>The critical pass (Johnston, Deegan-Packel, Holler) finds each winning coalition's critical
 * members (those whose leaving makes it lose) by looking the smaller coalitions up. Slices of high
 * parts run in parallel.
 */
final class Enumeration {
  /** The largest game enumeration accepts: 2^40 coalitions is already days of work. */
  static final int MAX_PLAYERS = 40;

  private static final int LOW_BITS = 12;
  private static final int SORTED_LOW_BITS = 14;

  private final int n;
  private final int low;
  private final int high;
  private final int k;
  private final long[][] weights;
  private final int[] atomCriterion;
  private final long[] atomQuota;
  private final boolean[] truth;
  private final Condition condition;
  private final long[][] lowSums; // [criterion][low mask]
  private final int[] lowSize;
  private final Parallel parallel;

  Enumeration(SimpleGame game, Parallel parallel) {
    this.parallel = parallel;
    this.n = game.size();
    if (n > MAX_PLAYERS) {
      throw new IllegalStateException(n + " players are too many to enumerate");
    }
    this.low = Math.min(n, LOW_BITS);
    this.high = n - low;
    this.weights = game.weights();
    this.k = weights.length;
    this.condition = game.condition();
    List<Condition.Atom> atoms = new ArrayList<>();
    condition.collectAtoms(atoms);
    this.atomCriterion = atoms.stream().mapToInt(Condition.Atom::criterion).toArray();
    this.atomQuota = atoms.stream().mapToLong(Condition.Atom::quota).toArray();
    this.truth = atoms.size() <= 16 ? truthTable(condition, atoms) : null;
    int lowCount = 1 << low;
    this.lowSums = new long[k][lowCount];
    this.lowSize = new int[lowCount];
    for (int mask = 1; mask < lowCount; mask++) {
      int bit = Integer.numberOfTrailingZeros(mask);
      int rest = mask & (mask - 1);
      for (int c = 0; c < k; c++) {
        lowSums[c][mask] = lowSums[c][rest] + weights[c][bit];
      }
      lowSize[mask] = lowSize[rest] + 1;
    }
  }

  /**
   * The truth table of a monotone formula over its atoms: entry m says whether a coalition meeting
   * exactly the atoms in bit set m wins. Atoms are numbered left to right, repeats included.
   */
  private static boolean[] truthTable(Condition condition, List<Condition.Atom> atoms) {
    boolean[] table = new boolean[1 << atoms.size()];
    for (int mask = 0; mask < table.length; mask++) {
      table[mask] = evaluate(condition, mask, new int[] {0});
    }
    return table;
  }

  private static boolean evaluate(Condition c, int mask, int[] next) {
    if (c instanceof Condition.Atom) {
      return (mask >> next[0]++ & 1) != 0;
    }
    if (c instanceof Condition.All all) {
      boolean result = true;
      for (Condition part : all.parts()) {
        result &= evaluate(part, mask, next);
      }
      return result;
    }
    if (c instanceof Condition.Any any) {
      boolean result = false;
      for (Condition part : any.parts()) {
        result |= evaluate(part, mask, next);
      }
      return result;
    }
    return c == Condition.Constant.TRUE;
  }

  /** What one pass over all coalitions counted. */
  static final class Tally {
    /** Winning coalitions containing player i, by size: {@code [i][s]}. */
    final long[][] winningWith;
    /** Winning coalitions by size. */
    final long[] winning;
    /** {@code [i][c]}: winning coalitions with c critical members, i among them (Johnston). */
    final long[][] criticalWith;
    /** {@code [i][s]}: minimal winning coalitions of size s containing i. */
    final long[][] minimalWith;

    Tally(int n, boolean critical) {
      winningWith = new long[n][n + 1];
      winning = new long[n + 1];
      criticalWith = critical ? new long[n][n + 1] : null;
      minimalWith = critical ? new long[n][n + 1] : null;
    }

    /**
     * Credits the winning coalitions made of one high part and low parts of each size: to the
     * totals by size and to every member of the high part.
     */
    void creditHigh(long h, int low, int highSize, long[] byLowSize) {
      for (int t = 0; t < byLowSize.length; t++) {
        long count = byLowSize[t];
        if (count != 0) {
          int s = highSize + t;
          winning[s] += count;
          for (long rest = h; rest != 0; rest &= rest - 1) {
            winningWith[low + Long.numberOfTrailingZeros(rest)][s] += count;
          }
        }
      }
    }

    /** Credits {@code count} winning coalitions of the given size to every member of low part l. */
    void creditLow(int l, int size, long count) {
      for (int rest = l; rest != 0; rest &= rest - 1) {
        winningWith[Integer.numberOfTrailingZeros(rest)][size] += count;
      }
    }

    void add(Tally other) {
      for (int i = 0; i < winningWith.length; i++) {
        for (int s = 0; s < winning.length; s++) {
          winningWith[i][s] += other.winningWith[i][s];
          if (criticalWith != null) {
            criticalWith[i][s] += other.criticalWith[i][s];
            minimalWith[i][s] += other.minimalWith[i][s];
          }
        }
      }
      for (int s = 0; s < winning.length; s++) {
        winning[s] += other.winning[s];
      }
    }
  }

  /**
   * @param critical whether to find critical members too (Johnston, Deegan-Packel, Holler)
   * @return the counts over all 2^n coalitions
   */
  Tally run(boolean critical) {
    return run(critical, true);
  }

  /**
   * @param critical whether to find critical members too
   * @param sortedScan whether the basic pass may use the sorted low part (tests compare both)
   * @return the counts over all 2^n coalitions
   */
  Tally run(boolean critical, boolean sortedScan) {
    if (!critical && sortedScan) {
      SortedLow sorted = SortedLow.of(this);
      if (sorted != null) {
        return slices(sorted.high, (from, to) -> sorted.slice(from, to));
      }
    }
    return slices(high, (from, to) -> critical ? criticalSlice(from, to) : basicSlice(from, to));
  }

  private interface Slice {
    Tally count(long from, long to);
  }

  private Tally slices(int highBits, Slice slice) {
    long highCount = 1L << highBits;
    int slices = (int) Math.min(4L * Runtime.getRuntime().availableProcessors(), highCount);
    List<Tally> parts =
        parallel.forWork(Math.scalb(1.0, n)).map(slices, s -> slice.count(highCount * s / slices, highCount * (s + 1) / slices));
    Tally total = new Tally(n, false);
    if (parts.get(0).criticalWith != null) {
      total = new Tally(n, true);
    }
    for (Tally part : parts) {
      total.add(part);
    }
    return total;
  }

  /**
   * Estimated inner-loop steps of the basic pass over all coalitions (Banzhaf, Shapley-Shubik),
   * by whichever of the two scans {@link #run(boolean)} will use.
   */
  static double basicCost(SimpleGame game) {
    int n = game.size();
    List<Condition.Atom> atoms = new ArrayList<>();
    game.condition().collectAtoms(atoms);
    double plain = Math.scalb(1.0, n) * (atoms.size() + 2);
    int low = Math.min(n, SORTED_LOW_BITS);
    int groups = SortedLow.groups(game, low);
    if (groups < 0) {
      return plain;
    }
    double perGroup = (Math.log(Math.scalb(1.0, low) / groups) / Math.log(2) + 2) * (atoms.size() + game.weights().length);
    double sorted = Math.scalb(1.0, n - low) * groups * (perGroup + n - low) + Math.scalb(1.0, low) * (low + n);
    return Math.min(plain, sorted);
  }

  private Tally basicSlice(long from, long to) {
    int lowCount = 1 << low;
    Tally tally = new Tally(n, false);
    long[][] byHighSize = new long[high + 1][lowCount];
    long[] byLowSize = new long[low + 1];
    long[] sums = new long[k];
    long h = gray(from);
    highSums(h, sums);
    long[] need = new long[atomQuota.length];
    boolean[] winArr = new boolean[lowCount];
    for (long step = from; step < to; step++) {
      if (step > from) {
        int bit = Long.numberOfTrailingZeros(step);
        h ^= 1L << bit;
        boolean added = (h >> bit & 1) != 0;
        for (int c = 0; c < k; c++) {
          sums[c] += added ? weights[c][low + bit] : -weights[c][low + bit];
        }
      }
      int highSize = Long.bitCount(h);
      java.util.Arrays.fill(byLowSize, 0);
      fill(sums, need, winArr);
      long[] row = byHighSize[highSize];
      for (int l = 0; l < lowCount; l++) {
        if (winArr[l]) {
          row[l]++;
          byLowSize[lowSize[l]]++;
        }
      }
      tally.creditHigh(h, low, highSize, byLowSize);
    }
    for (int hs = 0; hs <= high; hs++) {
      long[] row = byHighSize[hs];
      for (int l = 1; l < lowCount; l++) {
        if (row[l] != 0) {
          tally.creditLow(l, hs + lowSize[l], row[l]);
        }
      }
    }
    return tally;
  }

  private Tally criticalSlice(long from, long to) {
    int lowCount = 1 << low;
    Tally tally = new Tally(n, true);
    long[] sums = new long[k];
    long[] need = new long[atomQuota.length];
    long[] without = new long[k];
    boolean[] winArr = new boolean[lowCount];
    boolean[][] winWithout = new boolean[high][lowCount];
    int[] members = new int[n];
    for (long step = from; step < to; step++) {
      long h = gray(step);
      highSums(h, sums);
      fill(sums, need, winArr);
      for (long rest = h; rest != 0; rest &= rest - 1) {
        int b = Long.numberOfTrailingZeros(rest);
        for (int c = 0; c < k; c++) {
          without[c] = sums[c] - weights[c][low + b];
        }
        fill(without, need, winWithout[b]);
      }
      int highSize = Long.bitCount(h);
      for (int l = 0; l < lowCount; l++) {
        if (!winArr[l]) {
          continue;
        }
        int size = highSize + lowSize[l];
        int critical = 0;
        for (int rest = l; rest != 0; rest &= rest - 1) {
          int b = Integer.numberOfTrailingZeros(rest);
          if (!winArr[l ^ (1 << b)]) {
            members[critical++] = b;
          }
        }
        for (long rest = h; rest != 0; rest &= rest - 1) {
          int b = Long.numberOfTrailingZeros(rest);
          if (!winWithout[b][l]) {
            members[critical++] = low + b;
          }
        }
        tally.winning[size]++;
        for (int m = 0; m < critical; m++) {
          tally.criticalWith[members[m]][critical]++;
        }
        if (critical == size) {
          for (int m = 0; m < critical; m++) {
            tally.minimalWith[members[m]][size]++;
          }
        }
      }
    }
    return tally;
  }

  /**
   * The basic pass with the low part sorted: low subsets are grouped by their size and their sums
   * on every criterion but the largest, and sorted within a group by the largest. For a given high
   * part and group, the other sums are fixed and the game is monotone in the largest criterion, so
   * the group's winning low subsets are a suffix, found by binary search. A double majority with
   * population in persons then costs a few binary searches per high part instead of a pass over
   * every low subset. Used when the groups are few; the plain scan otherwise.
   */
  private static final class SortedLow {
    private final Enumeration e;
    private final int low;
    private final int high;
    private final int large;
    private final int[] order; // sorted position -> low mask
    private final long[] largeSum; // sorted position -> sum on the large criterion
    private final int[] groupStart; // group -> first position; groupStart[groups] = 2^low
    private final int[] groupSize; // group -> number of low players in its subsets
    private final long[][] groupSums; // group -> sums on every criterion (the large one unused)

    private SortedLow(Enumeration e, int low, int large, int[] order, long[] largeSum, int[] groupStart, int[] groupSize, long[][] groupSums) {
      this.e = e;
      this.low = low;
      this.high = e.n - low;
      this.large = large;
      this.order = order;
      this.largeSum = largeSum;
      this.groupStart = groupStart;
      this.groupSize = groupSize;
      this.groupSums = groupSums;
    }

    /**
     * Estimates the number of groups over the low players by hashing their keys (a collision
     * only lowers the estimate a little); -1 when they are too many to pay off.
     */
    static int groups(SimpleGame game, int low) {
      long[][] w = game.weights();
      int large = largest(w);
      int count = 1 << low;
      long[] table = new long[2 * (count / 16) + 2];
      int distinct = 0;
      long[] sums = new long[w.length];
      int[] size = new int[1];
      for (int step = 0; step < count; step++) {
        if (step > 0) {
          int bit = Integer.numberOfTrailingZeros(step);
          int gray = step ^ (step >>> 1);
          long sign = (gray >> bit & 1) != 0 ? 1 : -1;
          for (int c = 0; c < w.length; c++) {
            sums[c] += sign * w[c][bit];
          }
          size[0] += (int) sign;
        }
        long hash = mix(size[0]);
        for (int c = 0; c < w.length; c++) {
          if (c != large) {
            hash = mix(hash ^ sums[c]);
          }
        }
        hash |= 1; // 0 marks an empty slot
        int slot = (int) Math.floorMod(hash, (long) table.length);
        while (table[slot] != 0 && table[slot] != hash) {
          slot = (slot + 1) % table.length;
        }
        if (table[slot] == 0) {
          table[slot] = hash;
          if (++distinct > count / 16) {
            return -1;
          }
        }
      }
      return distinct;
    }

    private static long mix(long x) {
      x = (x ^ (x >>> 33)) * 0xff51afd7ed558ccdL;
      x = (x ^ (x >>> 33)) * 0xc4ceb9fe1a85ec53L;
      return x ^ (x >>> 33);
    }

    static SortedLow of(Enumeration e) {
      int low = Math.min(e.n, SORTED_LOW_BITS);
      int large = largest(e.weights);
      int count = 1 << low;
      long[][] sums = new long[e.k][count];
      int[] size = new int[count];
      for (int mask = 1; mask < count; mask++) {
        int bit = Integer.numberOfTrailingZeros(mask);
        int rest = mask & (mask - 1);
        for (int c = 0; c < e.k; c++) {
          sums[c][mask] = sums[c][rest] + e.weights[c][bit];
        }
        size[mask] = size[rest] + 1;
      }
      Integer[] sorted = new Integer[count];
      for (int mask = 0; mask < count; mask++) {
        sorted[mask] = mask;
      }
      java.util.Arrays.sort(sorted, (a, b) -> {
        int bySize = Integer.compare(size[a], size[b]);
        if (bySize != 0) {
          return bySize;
        }
        for (int c = 0; c < e.k; c++) {
          if (c != large && sums[c][a] != sums[c][b]) {
            return Long.compare(sums[c][a], sums[c][b]);
          }
        }
        return Long.compare(sums[large][a], sums[large][b]);
      });
      int[] order = new int[count];
      long[] largeSum = new long[count];
      List<Integer> starts = new ArrayList<>();
      for (int pos = 0; pos < count; pos++) {
        int mask = sorted[pos];
        order[pos] = mask;
        largeSum[pos] = sums[large][mask];
        if (pos == 0 || !sameGroup(sums, size, large, mask, sorted[pos - 1])) {
          starts.add(pos);
          if (starts.size() > count / 16) {
            return null;
          }
        }
      }
      int groups = starts.size();
      int[] groupStart = new int[groups + 1];
      int[] groupSize = new int[groups];
      long[][] groupSums = new long[groups][e.k];
      for (int g = 0; g < groups; g++) {
        groupStart[g] = starts.get(g);
        int first = order[groupStart[g]];
        groupSize[g] = size[first];
        for (int c = 0; c < e.k; c++) {
          groupSums[g][c] = sums[c][first];
        }
      }
      groupStart[groups] = count;
      return new SortedLow(e, low, large, order, largeSum, groupStart, groupSize, groupSums);
    }

    private static boolean sameGroup(long[][] sums, int[] size, int large, int a, int b) {
      if (size[a] != size[b]) {
        return false;
      }
      for (int c = 0; c < sums.length; c++) {
        if (c != large && sums[c][a] != sums[c][b]) {
          return false;
        }
      }
      return true;
    }

    private static int largest(long[][] w) {
      int large = 0;
      long best = -1;
      for (int c = 0; c < w.length; c++) {
        long total = 0;
        for (long x : w[c]) {
          total += x;
        }
        if (total > best) {
          best = total;
          large = c;
        }
      }
      return large;
    }

    Tally slice(long from, long to) {
      int n = e.n;
      int count = 1 << low;
      int groups = groupSize.length;
      Tally tally = new Tally(n, false);
      long[][] diff = new long[high + 1][count + 1];
      long[] byLowSize = new long[low + 1];
      long[] highSums = new long[e.k];
      long[] sums = new long[e.k];
      long h = gray(from);
      sumsOfHigh(h, low, e.weights, highSums);
      for (long step = from; step < to; step++) {
        if (step > from) {
          int bit = Long.numberOfTrailingZeros(step);
          h ^= 1L << bit;
          long sign = (h >> bit & 1) != 0 ? 1 : -1;
          for (int c = 0; c < e.k; c++) {
            highSums[c] += sign * e.weights[c][low + bit];
          }
        }
        int highSize = Long.bitCount(h);
        java.util.Arrays.fill(byLowSize, 0);
        long[] row = diff[highSize];
        for (int g = 0; g < groups; g++) {
          for (int c = 0; c < e.k; c++) {
            sums[c] = highSums[c] + groupSums[g][c];
          }
          int first = firstWinning(g, highSums[large], sums);
          int end = groupStart[g + 1];
          if (first < end) {
            row[first]++;
            row[end]--;
            byLowSize[groupSize[g]] += end - first;
          }
        }
        tally.creditHigh(h, low, highSize, byLowSize);
      }
      for (int hs = 0; hs <= high; hs++) {
        long running = 0;
        long[] row = diff[hs];
        for (int pos = 0; pos < count; pos++) {
          running += row[pos];
          if (running != 0) {
            tally.creditLow(order[pos], hs + Integer.bitCount(order[pos]), running);
          }
        }
      }
      return tally;
    }

    /** The first position of group g whose coalition with the high part wins (end if none). */
    private int firstWinning(int g, long highLarge, long[] sums) {
      int lo = groupStart[g];
      int hi = groupStart[g + 1];
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        sums[large] = highLarge + largeSum[mid];
        if (e.condition.holds(sums)) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      return lo;
    }
  }

  /** Marks, for every low part, whether it wins together with a high part of these sums. */
  private void fill(long[] highSums, long[] need, boolean[] out) {
    int lowCount = out.length;
    if (truth == null) {
      long[] sums = new long[k];
      for (int l = 0; l < lowCount; l++) {
        for (int c = 0; c < k; c++) {
          sums[c] = highSums[c] + lowSums[c][l];
        }
        out[l] = condition.holds(sums);
      }
      return;
    }
    for (int a = 0; a < need.length; a++) {
      need[a] = atomQuota[a] - highSums[atomCriterion[a]];
    }
    int atoms = need.length;
    if (atoms == 1) {
      long[] s0 = lowSums[atomCriterion[0]];
      long n0 = need[0];
      boolean t0 = truth[0];
      boolean t1 = truth[1];
      for (int l = 0; l < lowCount; l++) {
        out[l] = s0[l] >= n0 ? t1 : t0;
      }
      return;
    }
    for (int l = 0; l < lowCount; l++) {
      int mask = 0;
      for (int a = 0; a < atoms; a++) {
        if (lowSums[atomCriterion[a]][l] >= need[a]) {
          mask |= 1 << a;
        }
      }
      out[l] = truth[mask];
    }
  }

  private void highSums(long h, long[] sums) {
    sumsOfHigh(h, low, weights, sums);
  }

  /** The sums of high part h, whose bit b stands for player {@code low + b}. */
  private static void sumsOfHigh(long h, int low, long[][] weights, long[] sums) {
    for (int c = 0; c < weights.length; c++) {
      long s = 0;
      for (long rest = h; rest != 0; rest &= rest - 1) {
        s += weights[c][low + Long.numberOfTrailingZeros(rest)];
      }
      sums[c] = s;
    }
  }

  private static long gray(long i) {
    return i ^ (i >>> 1);
  }
}
