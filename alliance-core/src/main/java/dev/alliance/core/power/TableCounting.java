package dev.alliance.core.power;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Exact counting for games with several criteria (double majorities, weighted votes with veto
 * players or a member count) by a multi-dimensional generating function: a table with one
 * dimension per criterion (and one for the coalition size when Shapley-Shubik is wanted, unless a
 * member-count criterion already is one) whose cell v counts the coalitions whose sums are v.
 *
 * <p>Building the table costs one pass per player. A player's swings are then read off without
 * dividing the table: along the chain {@code y, y + w_i, y + 2 w_i, ...} a monotone game turns from
 * losing to winning at most once, so the table divided by {@code (1 + x^w_i)} contributes, for each
 * cell y, {@code (-1)^k f[y]} where k is the number of steps until the chain reaches a cell where
 * i swings. That k is found for every cell in one backward pass, shared by every modulus.
 *
 * <p>Cost: cells x players per modulus, so this beats enumeration when the criteria's totals are
 * small (votes, member counts) and loses to it when a criterion is large (population in persons).
 */
final class TableCounting {
  private final int n;
  private final int[] active;
  private final int dims;
  private final int[] size;
  private final int[] stride;
  private final int cells;
  private final int rows;
  private final int inner;
  private final long[][] weight; // [dim][active player]
  private final int[] offset; // per active player
  private final int sizeDim;
  private final boolean[] win;
  private final int[][] rowCoords;
  private final Parallel parallel;

  /**
   * @return the number of cells the table needs, or {@code Long.MAX_VALUE} when it is absurd
   */
  static long cellsFor(SimpleGame game, boolean withSize) {
    Layout layout = layout(game, withSize);
    return layout == null ? Long.MAX_VALUE : layout.cells;
  }

  /** @return the number of players with a non-zero weight on some criterion */
  static int activePlayers(SimpleGame game) {
    return activeIndices(game).length;
  }

  TableCounting(SimpleGame game, boolean withSize, Parallel parallel) {
    this.parallel = parallel;
    this.n = game.size();
    Layout layout = layout(game, withSize);
    if (layout == null || layout.cells > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("table too large for " + game);
    }
    this.active = layout.active;
    this.dims = layout.weights.length;
    this.weight = layout.weights;
    this.size = layout.sizes;
    this.sizeDim = layout.sizeDim;
    this.cells = (int) layout.cells;
    this.stride = new int[dims];
    int s = 1;
    for (int d = dims - 1; d >= 0; d--) {
      stride[d] = s;
      s *= size[d];
    }
    this.inner = size[dims - 1];
    this.rows = cells / inner;
    this.rowCoords = new int[rows][dims - 1];
    for (int r = 0; r < rows; r++) {
      int rest = r;
      for (int d = dims - 2; d >= 0; d--) {
        rowCoords[r][d] = rest % size[d];
        rest /= size[d];
      }
    }
    this.offset = new int[active.length];
    for (int p = 0; p < active.length; p++) {
      int off = 0;
      for (int d = 0; d < dims; d++) {
        off += (int) weight[d][p] * stride[d];
      }
      offset[p] = off;
    }
    Condition reduced = reduce(game.condition(), layout.gcd);
    this.win = new boolean[cells];
    long[] sums = new long[layout.criteria];
    for (int idx = 0; idx < cells; idx++) {
      for (int c = 0; c < layout.criteria; c++) {
        sums[c] = (idx / stride[layout.dimOf[c]]) % size[layout.dimOf[c]];
      }
      win[idx] = reduced.holds(sums);
    }
  }

  int activeCount() {
    return active.length;
  }

  /** @return each player's swing count */
  BigInteger[] banzhafSwings() {
    long[] moduli = Moduli.forBits(active.length + 2);
    Parallel split = parallel.forWork((double) cells * active.length * moduli.length);
    List<long[]> tables = split.map(moduli.length, m -> forward(moduli[m]));
    List<BigInteger> perActive =
        split.map(
            active.length,
            p -> {
              int[] k = steps(p);
              long[] residues = new long[moduli.length];
              for (int m = 0; m < moduli.length; m++) {
                long[] f = tables.get(m);
                long pm = moduli[m];
                long plus = 0;
                long minus = 0;
                for (int idx = 0; idx < cells; idx++) {
                  int steps = k[idx];
                  if (steps >= 0) {
                    if ((steps & 1) == 0) {
                      plus = Moduli.add(plus, f[idx], pm);
                    } else {
                      minus = Moduli.add(minus, f[idx], pm);
                    }
                  }
                }
                residues[m] = Moduli.subtract(plus, minus, pm);
              }
              return Moduli.combine(moduli, residues);
            });
    BigInteger nullFactor = BigInteger.ONE.shiftLeft(n - active.length);
    BigInteger[] swings = new BigInteger[n];
    java.util.Arrays.fill(swings, BigInteger.ZERO);
    for (int p = 0; p < active.length; p++) {
      swings[active[p]] = perActive.get(p).multiply(nullFactor);
    }
    return swings;
  }

  /**
   * @return per player (null for players with no weight at all), the number of coalitions of s
   *     other active players for which the player swings, by s
   */
  BigInteger[][] swingsBySize() {
    if (sizeDim < 0) {
      throw new IllegalStateException("table built without a size dimension");
    }
    long[] moduli = Moduli.forBits(active.length + 2);
    Parallel split = parallel.forWork((double) cells * active.length * moduli.length);
    List<long[]> tables = split.map(moduli.length, m -> forward(moduli[m]));
    int a = active.length;
    List<BigInteger[]> perActive =
        split.map(
            a,
            p -> {
              int[] k = steps(p);
              long[][] residues = new long[moduli.length][a];
              for (int m = 0; m < moduli.length; m++) {
                long[] f = tables.get(m);
                long pm = moduli[m];
                long[] c = residues[m];
                for (int idx = 0; idx < cells; idx++) {
                  int steps = k[idx];
                  if (steps >= 0) {
                    int s = (idx / stride[sizeDim]) % size[sizeDim] + steps;
                    c[s] = (steps & 1) == 0 ? Moduli.add(c[s], f[idx], pm) : Moduli.subtract(c[s], f[idx], pm);
                  }
                }
              }
              BigInteger[] bySize = new BigInteger[a];
              long[] r = new long[moduli.length];
              for (int s = 0; s < a; s++) {
                for (int m = 0; m < moduli.length; m++) {
                  r[m] = residues[m][s];
                }
                bySize[s] = Moduli.combine(moduli, r);
              }
              return bySize;
            });
    BigInteger[][] result = new BigInteger[n][];
    for (int p = 0; p < a; p++) {
      result[active[p]] = perActive.get(p);
    }
    return result;
  }

  /** The table of coalition counts modulo p, built one player at a time. */
  private long[] forward(long p) {
    long[] f = new long[cells];
    f[0] = 1;
    for (int q = 0; q < active.length; q++) {
      int off = offset[q];
      int w = (int) weight[dims - 1][q];
      int rowShift = off - w;
      for (int r = rows - 1; r >= 0; r--) {
        if (!rowFits(r, q, -1)) {
          continue;
        }
        int base = r * inner;
        if (p == Moduli.TWO_TO_64) {
          for (int v = inner - 1; v >= w; v--) {
            f[base + v] += f[base + v - w - rowShift];
          }
        } else {
          for (int v = inner - 1; v >= w; v--) {
            long x = f[base + v] + f[base + v - w - rowShift];
            f[base + v] = x >= p ? x - p : x;
          }
        }
      }
    }
    return f;
  }

  /**
   * For each cell y, the number of steps k >= 0 until {@code y + k w_p} is a cell where player p
   * swings (it loses, and wins with p added), or -1 when the chain never gets there.
   */
  private int[] steps(int p) {
    int[] k = new int[cells];
    int off = offset[p];
    int w = (int) weight[dims - 1][p];
    for (int r = rows - 1; r >= 0; r--) {
      int base = r * inner;
      boolean up = rowFits(r, p, +1);
      for (int v = inner - 1; v >= 0; v--) {
        int idx = base + v;
        if (!up || v + w >= inner) {
          k[idx] = -1;
        } else if (win[idx + off] && !win[idx]) {
          k[idx] = 0;
        } else {
          int next = k[idx + off];
          k[idx] = next < 0 ? -1 : next + 1;
        }
      }
    }
    return k;
  }

  /** @return whether row r shifted by player p's outer weights (down or up) stays in the table */
  private boolean rowFits(int r, int p, int direction) {
    int[] coords = rowCoords[r];
    for (int d = 0; d < dims - 1; d++) {
      long c = coords[d] + direction * weight[d][p];
      if (c < 0 || c >= size[d]) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- layout

  /** How the criteria map onto the table's dimensions. */
  private record Layout(
      int[] active, long[][] weights, int[] sizes, int sizeDim, long cells, long[] gcd, int criteria, int[] dimOf) {}

  private static int[] activeIndices(SimpleGame game) {
    long[][] w = game.weights();
    List<Integer> active = new ArrayList<>();
    for (int i = 0; i < game.size(); i++) {
      for (long[] criterion : w) {
        if (criterion[i] > 0) {
          active.add(i);
          break;
        }
      }
    }
    return active.stream().mapToInt(Integer::intValue).toArray();
  }

  private static Layout layout(SimpleGame game, boolean withSize) {
    int[] active = activeIndices(game);
    long[][] w = game.weights();
    int k = w.length;
    long[] gcd = new long[k];
    long[][] reduced = new long[k][active.length];
    long[] totals = new long[k];
    int ones = -1;
    for (int c = 0; c < k; c++) {
      long g = 0;
      for (int i : active) {
        g = WeightedCounting.gcd(g, w[c][i]);
      }
      gcd[c] = Math.max(g, 1);
      boolean allOnes = true;
      for (int p = 0; p < active.length; p++) {
        reduced[c][p] = w[c][active[p]] / gcd[c];
        totals[c] += reduced[c][p];
        allOnes &= reduced[c][p] == 1;
      }
      if (allOnes && ones < 0) {
        ones = c;
      }
    }
    // Dimensions: the criteria, plus a size dimension when needed and no criterion counts members.
    List<long[]> dimWeights = new ArrayList<>();
    List<Long> dimSizes = new ArrayList<>();
    for (int c = 0; c < k; c++) {
      dimWeights.add(reduced[c]);
      dimSizes.add(totals[c] + 1);
    }
    int sizeCriterion = -1;
    if (withSize) {
      if (ones >= 0) {
        sizeCriterion = ones;
      } else {
        long[] count = new long[active.length];
        java.util.Arrays.fill(count, 1);
        dimWeights.add(count);
        dimSizes.add((long) active.length + 1);
        sizeCriterion = k;
      }
    }
    // The largest dimension goes innermost, where the loops run contiguously.
    int largest = 0;
    for (int d = 1; d < dimSizes.size(); d++) {
      if (dimSizes.get(d) > dimSizes.get(largest)) {
        largest = d;
      }
    }
    int dims = dimSizes.size();
    int[] order = new int[dims];
    int at = 0;
    for (int d = 0; d < dims; d++) {
      if (d != largest) {
        order[at++] = d;
      }
    }
    order[dims - 1] = largest;
    long[][] weights = new long[dims][];
    int[] sizes = new int[dims];
    int[] dimOf = new int[dims];
    long cells = 1;
    for (int d = 0; d < dims; d++) {
      weights[d] = dimWeights.get(order[d]);
      long s = dimSizes.get(order[d]);
      if (s > Integer.MAX_VALUE || cells > Long.MAX_VALUE / s) {
        return null;
      }
      sizes[d] = (int) s;
      cells *= s;
      dimOf[order[d]] = d;
    }
    int sizeDim = sizeCriterion < 0 ? -1 : dimOf[sizeCriterion];
    return new Layout(active, weights, sizes, sizeDim, cells, gcd, k, dimOf);
  }

  /** The condition with each atom's quota in the criterion's reduced units (rounded up). */
  private static Condition reduce(Condition condition, long[] gcd) {
    if (condition instanceof Condition.Atom atom) {
      return new Condition.Atom(atom.criterion(), WeightedCounting.ceilDiv(atom.quota(), gcd[atom.criterion()]));
    }
    if (condition instanceof Condition.All all) {
      return new Condition.All(all.parts().stream().map(c -> reduce(c, gcd)).toList());
    }
    if (condition instanceof Condition.Any any) {
      return new Condition.Any(any.parts().stream().map(c -> reduce(c, gcd)).toList());
    }
    return condition;
  }
}
