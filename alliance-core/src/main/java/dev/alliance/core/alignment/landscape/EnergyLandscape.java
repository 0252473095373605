package dev.alliance.core.alignment.landscape;

import dev.alliance.api.Checks;
import dev.alliance.api.InvalidValueException;
import dev.alliance.api.alignment.Configuration;
import dev.alliance.api.alignment.Landscape;
import dev.alliance.api.alignment.LandscapeActor;
import dev.alliance.api.alignment.Propensity;
import dev.alliance.api.partner.PartnerId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * Energy, frustration, stability and basins of attraction of a {@link Landscape}; see the
 * {@linkplain dev.alliance.core.alignment.landscape package documentation} for the definitions.
 *
 * <p>{@link #localMinima()} examines every configuration up to {@link #EXHAUSTIVE_LIMIT} actors:
 * it walks all {@code 2^(n-1)} alignments in Gray-code order, so that each step switches one actor
 * and updates every frustration in {@code O(n)}, records where steepest descent goes from each,
 * and follows those steps to the minima, which gives the exact basins. Beyond the limit it
 * samples: steepest descent from {@link #DEFAULT_STARTS} random configurations drawn with a fixed
 * seed, reporting the minima met and the share of starts that reached each. A sampled search can
 * miss minima with small basins, and says so ({@link LandscapeSearch#exhaustive()} is false).
 *
 * <pre>{@code
 * EnergyLandscape europe = EnergyLandscape.of(landscape);
 * LandscapeSearch search = europe.localMinima();
 * search.lowest().configuration(); // the global minimum
 * europe.explain(search.lowest().configuration()).actors(); // each actor's frustration
 * }</pre>
 */
public final class EnergyLandscape {
  /** The most actors searched exhaustively: {@code 2^23} alignments, two int arrays of 32 MB. */
  public static final int EXHAUSTIVE_LIMIT = 24;
  /** Random starts of a sampled search. */
  public static final int DEFAULT_STARTS = 10_000;
  /** Seed of a sampled search, so that runs repeat. */
  public static final long DEFAULT_SEED = 1993L;
  /** How often (in steps) the Gray-code walk recomputes frustrations, to keep rounding from drifting. */
  private static final int RESYNC = 4096;

  private final Landscape landscape;
  private final List<PartnerId> ids;
  private final int n;
  private final double[] size;
  private final double[][] p;
  /** total[i]: the frustration actor i would feel apart from everyone, {@code sum_j s_j p_ij}. */
  private final double[] total;
  /** tolerance[i]: rounding allowance for comparisons of actor i's frustrations. */
  private final double[] tolerance;

  private EnergyLandscape(Landscape landscape) {
    this.landscape = Objects.requireNonNull(landscape, "landscape");
    this.ids = landscape.actorIds();
    this.n = ids.size();
    this.size = new double[n];
    this.p = new double[n][n];
    List<LandscapeActor> actors = landscape.actors();
    for (int i = 0; i < n; i++) {
      size[i] = actors.get(i).size();
    }
    for (Propensity propensity : landscape.propensities()) {
      int a = ids.indexOf(propensity.a());
      int b = ids.indexOf(propensity.b());
      p[a][b] = propensity.value();
      p[b][a] = propensity.value();
    }
    this.total = new double[n];
    this.tolerance = new double[n];
    for (int i = 0; i < n; i++) {
      double magnitude = 0;
      for (int j = 0; j < n; j++) {
        total[i] += size[j] * p[i][j];
        magnitude += Math.abs(size[j] * p[i][j]);
      }
      tolerance[i] = 1e-9 * (1 + magnitude);
    }
  }

  /**
   * @param landscape the landscape
   * @return its analysis
   */
  public static EnergyLandscape of(Landscape landscape) {
    return new EnergyLandscape(landscape);
  }

  /** @return the landscape analysed */
  public Landscape landscape() {
    return landscape;
  }

  // ---- single configurations ------------------------------------------------------------------

  private long bits(Configuration configuration) {
    long bits = 0;
    int placed = 0;
    for (int i = 0; i < n; i++) {
      PartnerId id = ids.get(i);
      if (configuration.sideB().contains(id)) {
        bits |= 1L << i;
        placed++;
      } else if (configuration.sideA().contains(id)) {
        placed++;
      } else {
        throw new InvalidValueException(
            "Configuration", configuration, "must place every actor of the landscape; " + id + " is on neither side");
      }
    }
    Checks.check(
        placed == configuration.sideA().size() + configuration.sideB().size(),
        "Configuration",
        configuration,
        "must place only the landscape's actors " + ids);
    return bits;
  }

  private static boolean apart(long bits, int i, int j) {
    return ((bits >>> i ^ bits >>> j) & 1L) != 0;
  }

  private double frustrationOf(long bits, int i) {
    double f = 0;
    for (int j = 0; j < n; j++) {
      if (apart(bits, i, j)) {
        f += size[j] * p[i][j];
      }
    }
    return f;
  }

  private double energyOf(long bits) {
    double e = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (apart(bits, i, j)) {
          e += size[i] * size[j] * p[i][j];
        }
      }
    }
    return e;
  }

  /**
   * @param configuration a configuration of exactly the landscape's actors
   * @return its energy, {@code sum over pairs of s_i s_j p_ij d_ij}
   */
  public double energy(Configuration configuration) {
    return energyOf(bits(configuration));
  }

  /**
   * @param configuration a configuration of exactly the landscape's actors
   * @param actor one of them
   * @return its frustration, {@code sum over j of s_j p_ij d_ij}
   */
  public double frustration(Configuration configuration, PartnerId actor) {
    int i = ids.indexOf(actor);
    Checks.check(i >= 0, "EnergyLandscape.actor", actor, "is not in the landscape");
    return frustrationOf(bits(configuration), i);
  }

  /**
   * Explains a configuration: its energy and every actor's frustration where it stands and if it
   * switched.
   *
   * @param configuration a configuration of exactly the landscape's actors
   * @return the report
   */
  public ConfigurationReport explain(Configuration configuration) {
    long bits = bits(configuration);
    List<ActorFrustration> actors = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double f = frustrationOf(bits, i);
      double switched = total[i] - f;
      actors.add(new ActorFrustration(ids.get(i), f, switched, switched < f - tolerance[i]));
    }
    return new ConfigurationReport(configuration, energyOf(bits), actors);
  }

  /**
   * @param configuration a configuration of exactly the landscape's actors
   * @return true when no actor would lower its own frustration by switching sides
   */
  public boolean isLocalMinimum(Configuration configuration) {
    long bits = bits(configuration);
    for (int i = 0; i < n; i++) {
      double f = frustrationOf(bits, i);
      if (total[i] - f < f - tolerance[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The steepest-descent step from frustrations {@code f}: the actor to switch, or -1 when none
   * would lower its frustration. Preference: the larger energy drop {@code s_i (2 F_i - T_i)}, then
   * the larger drop in the actor's own frustration {@code 2 F_i - T_i}, then the earlier actor.
   */
  private int steepestMove(double[] f) {
    int chosen = -1;
    double bestEnergyDrop = 0;
    double bestOwnDrop = 0;
    for (int i = 0; i < n; i++) {
      double ownDrop = 2 * f[i] - total[i];
      if (ownDrop <= tolerance[i]) {
        continue;
      }
      double energyDrop = size[i] * ownDrop;
      double slack = 1e-9 * (1 + Math.abs(energyDrop) + Math.abs(bestEnergyDrop));
      if (chosen < 0
          || energyDrop > bestEnergyDrop + slack
          || (Math.abs(energyDrop - bestEnergyDrop) <= slack && ownDrop > bestOwnDrop + tolerance[i])) {
        chosen = i;
        bestEnergyDrop = energyDrop;
        bestOwnDrop = ownDrop;
      }
    }
    return chosen;
  }

  private double[] frustrations(long bits) {
    double[] f = new double[n];
    for (int i = 0; i < n; i++) {
      f[i] = frustrationOf(bits, i);
    }
    return f;
  }

  /**
   * Follows steepest descent from a configuration to the local minimum it reaches.
   *
   * @param start a configuration of exactly the landscape's actors
   * @return the configurations passed through, {@code start} first and the minimum last
   */
  public List<Configuration> descentPath(Configuration start) {
    long bits = bits(start);
    List<Configuration> path = new ArrayList<>();
    path.add(Configuration.fromBits(ids, bits));
    double[] f = frustrations(bits);
    for (int move = steepestMove(f); move >= 0; move = steepestMove(f)) {
      bits ^= 1L << move;
      f = frustrations(bits);
      path.add(Configuration.fromBits(ids, bits));
    }
    return path;
  }

  // ---- searches ---------------------------------------------------------------------------------

  /**
   * Finds the stable configurations: exhaustively up to {@link #EXHAUSTIVE_LIMIT} actors, by
   * sampling beyond.
   *
   * @return the local minima with their basins
   */
  public LandscapeSearch localMinima() {
    return n <= EXHAUSTIVE_LIMIT ? exhaustiveSearch() : sampledSearch(DEFAULT_STARTS, DEFAULT_SEED);
  }

  /**
   * Examines every alignment: all local minima and their exact basins.
   *
   * @return the complete search
   * @throws dev.alliance.api.InvalidValueException beyond {@link #EXHAUSTIVE_LIMIT} actors
   */
  public LandscapeSearch exhaustiveSearch() {
    Checks.check(n <= EXHAUSTIVE_LIMIT, "EnergyLandscape.actors", n, "exhaustive search takes at most " + EXHAUSTIVE_LIMIT);
    if (n == 0) {
      Configuration empty = Configuration.fromBits(ids, 0);
      return new LandscapeSearch(List.of(new LocalMinimum(empty, 0, 1, 1)), true, 1);
    }
    int others = n - 1;
    int count = 1 << others;
    int mask = count - 1;
    int[] next = new int[count];
    // index g holds actor 0 on side A and actors 1..n-1 by the bits of g.
    int g = 0;
    double[] f = frustrations(0L);
    for (int step = 0; step < count; step++) {
      if (step > 0) {
        int flip = Integer.numberOfTrailingZeros(step);
        int actor = flip + 1;
        switchActor(f, (long) g << 1, actor);
        g ^= 1 << flip;
        if ((step & (RESYNC - 1)) == 0) {
          f = frustrations((long) g << 1);
        }
      }
      int move = steepestMove(f);
      next[g] = move < 0 ? g : move == 0 ? ~g & mask : g ^ (1 << (move - 1));
    }
    int[] root = resolve(next);
    long[] basin = new long[count];
    for (int x = 0; x < count; x++) {
      basin[root[x]]++;
    }
    List<LocalMinimum> minima = new ArrayList<>();
    for (int x = 0; x < count; x++) {
      if (next[x] == x) {
        long bits = (long) x << 1;
        minima.add(new LocalMinimum(Configuration.fromBits(ids, bits), energyOf(bits), basin[x], (double) basin[x] / count));
      }
    }
    minima.sort(Comparator.comparingDouble(LocalMinimum::energy));
    return new LandscapeSearch(minima, true, count);
  }

  /** Updates frustrations for actor {@code m} switching sides from configuration {@code bits}. */
  private void switchActor(double[] f, long bits, int m) {
    for (int j = 0; j < n; j++) {
      if (j == m) {
        continue;
      }
      double w = size[m] * p[j][m];
      // The pair (j, m) comes together if it was apart, and moves apart if it was together.
      f[j] += apart(bits, j, m) ? -w : w;
    }
    f[m] = total[m] - f[m];
  }

  /** For every configuration, the minimum its descent reaches (descent strictly goes downhill). */
  private static int[] resolve(int[] next) {
    int[] root = new int[next.length];
    Arrays.fill(root, -1);
    int[] path = new int[64];
    for (int x = 0; x < next.length; x++) {
      int length = 0;
      int y = x;
      while (root[y] < 0 && next[y] != y) {
        if (length == path.length) {
          path = Arrays.copyOf(path, length * 2);
        }
        path[length++] = y;
        y = next[y];
      }
      int r = root[y] >= 0 ? root[y] : y;
      root[y] = r;
      for (int i = 0; i < length; i++) {
        root[path[i]] = r;
      }
    }
    return root;
  }

  /**
   * Descends from random configurations: the minima met, each with the share of starts that
   * reached it. Not guaranteed to find every minimum.
   *
   * @param starts the number of random starts; at least 1
   * @param seed the seed, so that a run can be repeated
   * @return the sampled search
   */
  public LandscapeSearch sampledSearch(int starts, long seed) {
    Checks.check(starts >= 1, "EnergyLandscape.starts", starts, "must be at least 1");
    Checks.check(n <= 63, "EnergyLandscape.actors", n, "a sampled search takes at most 63 actors");
    Random random = new Random(seed);
    Map<Long, long[]> reached = new LinkedHashMap<>();
    long all = n == 64 ? -1L : (1L << n) - 1;
    for (int s = 0; s < starts; s++) {
      long bits = n == 0 ? 0 : random.nextLong() & all;
      double[] f = frustrations(bits);
      for (int move = steepestMove(f); move >= 0; move = steepestMove(f)) {
        switchActor(f, bits, move);
        bits ^= 1L << move;
      }
      long canonical = (bits & 1L) == 0 ? bits : ~bits & all;
      reached.computeIfAbsent(canonical, k -> new long[1])[0]++;
    }
    List<LocalMinimum> minima = new ArrayList<>();
    reached.forEach(
        (bits, hits) ->
            minima.add(new LocalMinimum(Configuration.fromBits(ids, bits), energyOf(bits), hits[0], (double) hits[0] / starts)));
    minima.sort(Comparator.comparingDouble(LocalMinimum::energy));
    return new LandscapeSearch(minima, false, starts);
  }
}
