package dev.alliance.core.alignment.balance;

import dev.alliance.api.Checks;
import dev.alliance.api.alignment.Partition;
import dev.alliance.api.alignment.Sign;
import dev.alliance.api.alignment.SignedNetwork;
import dev.alliance.api.alignment.SignedTie;
import dev.alliance.api.partner.PartnerId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.OptionalInt;
import java.util.SortedSet;

/**
 * Structural balance of signed networks: triads, balance, the frustration of a partition, the best
 * partition into at most k blocs, and balance over time.
 *
 * <p>The analyses take a snapshot network (at most one tie per pair; {@link SignedNetwork#at(int)}
 * makes one from a network with spans) and reject any other with an {@link
 * IllegalArgumentException}; {@link #history(SignedNetwork)} takes the network with its spans.
 *
 * <pre>{@code
 * StructuralBalance.isBalanced(europe.at(1910));                 // true: Entente vs Triple Alliance
 * BestPartition best = StructuralBalance.bestPartition(tribes, 3); // exact for 16 tribes
 * best.frustration().ties();                                       // the ties no bloc structure can satisfy
 * }</pre>
 */
public final class StructuralBalance {
  /**
   * The largest network {@link #bestPartition(SignedNetwork, int)} searches exactly; beyond it the
   * relocation heuristic runs. Branch and bound handles this size in well under a second for two or
   * three blocs on sparse networks; dense networks and many blocs take longer, and callers can
   * always choose {@link #exactBestPartition(SignedNetwork, int)} themselves.
   */
  public static final int EXACT_LIMIT = 24;
  /** Random starts of the relocation heuristic in {@link #bestPartition(SignedNetwork, int)}. */
  public static final int DEFAULT_RESTARTS = 200;
  /** Seed of the relocation heuristic in {@link #bestPartition(SignedNetwork, int)}. */
  public static final long DEFAULT_SEED = 1956L;

  private StructuralBalance() {}

  /**
   * Lists every triad (three actors tied pairwise) and sorts them into balanced and unbalanced.
   *
   * @param network a snapshot network
   * @return the census, naming each unbalanced triad
   */
  public static TriadCensus triads(SignedNetwork network) {
    SignedMatrix m = new SignedMatrix(network);
    int balanced = 0;
    List<Triad> unbalanced = new ArrayList<>();
    for (int i = 0; i < m.n; i++) {
      for (int j = i + 1; j < m.n; j++) {
        if (m.sign[i][j] == 0) {
          continue;
        }
        for (int l = j + 1; l < m.n; l++) {
          if (m.sign[j][l] == 0 || m.sign[l][i] == 0) {
            continue;
          }
          if (m.sign[i][j] * m.sign[j][l] * m.sign[l][i] > 0) {
            balanced++;
          } else {
            unbalanced.add(
                new Triad(
                    m.actors.get(i), m.actors.get(j), m.actors.get(l),
                    Sign.of(m.sign[i][j]), Sign.of(m.sign[j][l]), Sign.of(m.sign[l][i])));
          }
        }
      }
    }
    return new TriadCensus(balanced, unbalanced);
  }

  /**
   * Tells whether a network is balanced in Cartwright and Harary's sense: every cycle has an even
   * number of negative ties, which holds exactly when the actors split into at most two blocs with
   * only positive ties inside and only negative ties across. Checked by two-colouring each
   * connected component, so it also holds for networks where not every pair is tied.
   *
   * @param network a snapshot network
   * @return true when balanced
   */
  public static boolean isBalanced(SignedNetwork network) {
    return twoColouring(new SignedMatrix(network)) != null;
  }

  /** Two-colours the network along its ties, or returns null at the first contradiction. */
  private static int[] twoColouring(SignedMatrix m) {
    int[] colour = new int[m.n];
    Arrays.fill(colour, -1);
    Deque<Integer> queue = new ArrayDeque<>();
    for (int start = 0; start < m.n; start++) {
      if (colour[start] >= 0) {
        continue;
      }
      colour[start] = 0;
      queue.add(start);
      while (!queue.isEmpty()) {
        int u = queue.poll();
        for (int v : m.neighbours[u]) {
          int wanted = m.sign[u][v] > 0 ? colour[u] : 1 - colour[u];
          if (colour[v] < 0) {
            colour[v] = wanted;
            queue.add(v);
          } else if (colour[v] != wanted) {
            return null;
          }
        }
      }
    }
    return colour;
  }

  /**
   * Counts and names the ties a partition frustrates.
   *
   * @param network a snapshot network
   * @param partition a partition of exactly the network's actors
   * @return the frustration, with the frustrated ties
   */
  public static Frustration frustration(SignedNetwork network, Partition partition) {
    SortedSet<PartnerId> placed = partition.actors();
    for (PartnerId actor : network.actors()) {
      Checks.check(placed.contains(actor), "Partition.blocs", actor, "every actor of the network must be in a bloc");
    }
    Checks.check(
        placed.size() == network.actors().size(),
        "Partition.blocs",
        placed,
        "must place only the network's actors " + network.actors());
    requireSnapshot(network);
    List<SignedTie> negativeInside = new ArrayList<>();
    List<SignedTie> positiveAcross = new ArrayList<>();
    for (SignedTie tie : network.ties()) {
      boolean same = partition.sameBloc(tie.from(), tie.to());
      if (same && !tie.isPositive()) {
        negativeInside.add(tie);
      } else if (!same && tie.isPositive()) {
        positiveAcross.add(tie);
      }
    }
    return new Frustration(partition, negativeInside, positiveAcross);
  }

  private static void requireSnapshot(SignedNetwork network) {
    // The matrix constructor is where the one-tie-per-pair rule is enforced for every analysis.
    new SignedMatrix(network);
  }

  /**
   * Finds the partition into at most {@code maxBlocs} blocs with the fewest frustrated ties:
   * exactly (branch and bound) up to {@link #EXACT_LIMIT} actors, by the relocation heuristic
   * beyond.
   *
   * @param network a snapshot network
   * @param maxBlocs the most blocs; at least 1
   * @return the best partition found
   */
  public static BestPartition bestPartition(SignedNetwork network, int maxBlocs) {
    return network.actors().size() <= EXACT_LIMIT
        ? exactBestPartition(network, maxBlocs)
        : relocationBestPartition(network, maxBlocs, DEFAULT_RESTARTS, DEFAULT_SEED);
  }

  /**
   * Finds a partition into at most {@code maxBlocs} blocs with the fewest frustrated ties, and
   * counts how many partitions share that optimum. The search is exponential in the worst case;
   * use it for tens of actors, not hundreds.
   *
   * @param network a snapshot network
   * @param maxBlocs the most blocs; at least 1
   * @return a proven optimum
   */
  public static BestPartition exactBestPartition(SignedNetwork network, int maxBlocs) {
    Checks.check(maxBlocs >= 1, "StructuralBalance.maxBlocs", maxBlocs, "must be at least 1");
    SignedMatrix m = new SignedMatrix(network);
    ExactPartitionSearch search = new ExactPartitionSearch(m, maxBlocs);
    search.run();
    Partition best = Partition.fromLabels(m.actors, search.bestLabels());
    return new BestPartition(frustration(network, best), maxBlocs, SearchMethod.EXACT, search.optimal(), search.nodes());
  }

  /**
   * Runs Doreian and Mrvar's relocation heuristic: descents from {@code restarts} random
   * partitions, each moving single actors or exchanging two while that lowers the frustration.
   *
   * @param network a snapshot network
   * @param maxBlocs the most blocs; at least 1
   * @param restarts the number of random starts; at least 1
   * @param seed the seed of the random starts, so that a run can be repeated
   * @return the best partition met, not proven optimal
   */
  public static BestPartition relocationBestPartition(SignedNetwork network, int maxBlocs, int restarts, long seed) {
    Checks.check(maxBlocs >= 1, "StructuralBalance.maxBlocs", maxBlocs, "must be at least 1");
    Checks.check(restarts >= 1, "StructuralBalance.restarts", restarts, "must be at least 1");
    SignedMatrix m = new SignedMatrix(network);
    RelocationSearch search = new RelocationSearch(m, maxBlocs, restarts, seed);
    search.run();
    Partition best = Partition.fromLabels(m.actors, search.bestLabels());
    return new BestPartition(
        frustration(network, best), maxBlocs, SearchMethod.RELOCATION, search.distinctBest(), search.moves());
  }

  /**
   * Follows balance through time: one period for each span of years between changes of the
   * network, from the first year any tie begins or ends.
   *
   * @param network a network whose ties may hold for spans of years
   * @return the periods in order; empty when no tie has a year
   */
  public static List<BalancePeriod> history(SignedNetwork network) {
    List<Integer> years = new ArrayList<>(network.changeYears());
    List<BalancePeriod> periods = new ArrayList<>();
    for (int i = 0; i < years.size(); i++) {
      int from = years.get(i);
      OptionalInt until = i + 1 < years.size() ? OptionalInt.of(years.get(i + 1)) : OptionalInt.empty();
      SignedNetwork snapshot = network.at(from);
      periods.add(
          new BalancePeriod(
              from, until, snapshot, triads(snapshot), isBalanced(snapshot), exactBestPartition(snapshot, 2)));
    }
    return periods;
  }
}
