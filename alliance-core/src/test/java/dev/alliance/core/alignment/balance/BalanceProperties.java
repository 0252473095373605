package dev.alliance.core.alignment.balance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.alliance.api.alignment.Partition;
import dev.alliance.api.alignment.Sign;
import dev.alliance.api.alignment.SignedNetwork;
import dev.alliance.api.alignment.SignedTie;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.testkit.AlignmentGenerators;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Invariants of structural balance, over generated signed networks. */
class BalanceProperties {

  /** The first property, and its exact form: the optimum equals naive enumeration. */
  @Test
  void theBestPartitionIsNeverWorseThanAnyPartitionTried() {
    qt().forAll(AlignmentGenerators.signedNetworks(1, 8).flatMap(n -> AlignmentGenerators.partitions(n.actors(), 3).map(p -> new Case(n, p))), integers().between(1, 3))
        .checkAssert(
            (c, k) -> {
              BestPartition best = StructuralBalance.exactBestPartition(c.network, 3);
              int tried = StructuralBalance.frustration(c.network, c.partition).count();
              assertTrue(best.count() <= tried, () -> "best " + best.count() + " > tried " + tried + " for " + c.partition);
              BestPartition bestK = StructuralBalance.exactBestPartition(c.network, k);
              long[] brute = BruteForce.minimum(c.network, k);
              assertEquals(brute[0], bestK.count(), "optimum for k=" + k);
              assertEquals(brute[1], bestK.optimalPartitions(), "number of optimal partitions for k=" + k);
              assertTrue(bestK.partition().size() <= k);
              assertEquals(bestK.count(), StructuralBalance.frustration(c.network, bestK.partition()).count());
              BestPartition heuristic = StructuralBalance.relocationBestPartition(c.network, k, 3, 11);
              assertTrue(heuristic.count() >= bestK.count(), "a heuristic never beats a proven optimum");
            });
  }

  private record Case(SignedNetwork network, Partition partition) {
    @Override
    public String toString() {
      return network.ties() + " tried " + partition;
    }
  }

  @Test
  void aNetworkWithOnlyPositiveTiesIsBalancedWithOneBloc() {
    qt().forAll(AlignmentGenerators.positiveNetworks(1, 10))
        .checkAssert(
            network -> {
              assertTrue(StructuralBalance.isBalanced(network));
              Partition one = Partition.of(List.of(network.actors()));
              assertEquals(0, StructuralBalance.frustration(network, one).count());
              BestPartition best = StructuralBalance.exactBestPartition(network, 1);
              assertEquals(0, best.count());
              assertEquals(one, best.partition());
              assertEquals(0, StructuralBalance.triads(network).unbalanced().size());
            });
  }

  /**
   * Flipping every sign turns a cycle of length L with m negative ties into one with L - m; a
   * balanced network (every m even) therefore stays balanced exactly when every cycle has even
   * length, that is when its ties form a bipartite graph. The property ("flipping every
   * sign of a two-bloc balanced network keeps it balanced") is this theorem's "if" half, which
   * covers every network whose ties all run between the two blocs; the property below checks both
   * halves, with bipartiteness decided by an independent two-colouring that ignores signs.
   */
  @Test
  void flippingEverySignKeepsATwoBlocBalancedNetworkBalancedExactlyWhenItHasNoOddCycle() {
    qt().forAll(AlignmentGenerators.twoBlocBalancedNetworks(1, 10))
        .checkAssert(
            network -> {
              assertTrue(StructuralBalance.isBalanced(network), "balanced by construction");
              assertEquals(bipartite(network), StructuralBalance.isBalanced(network.negated()));
            });
  }

  /** The "if" half on its own: a two-bloc network whose ties all run across the blocs. */
  @Test
  void flippingEverySignOfPureAntagonismBetweenTwoBlocsKeepsItBalanced() {
    qt().forAll(AlignmentGenerators.twoBlocBalancedNetworks(1, 10))
        .checkAssert(
            network -> {
              SignedNetwork across = network.withTies(network.ties().stream().filter(t -> !t.isPositive()).toList());
              SignedNetwork flipped = across.negated();
              assertTrue(StructuralBalance.isBalanced(flipped));
              assertTrue(flipped.ties().stream().allMatch(SignedTie::isPositive));
            });
  }

  /** The Triple Alliance triangle, all friends, flipped into three mutual enemies: not balanced. */
  @Test
  void flippingAnAllFriendsTriangleBreaksBalance() {
    PartnerId deu = PartnerId.of("DEU");
    PartnerId auh = PartnerId.of("AUH");
    PartnerId ita = PartnerId.of("ITA");
    SignedNetwork tripleAlliance =
        SignedNetwork.ofTies(
            List.of(SignedTie.of(deu, auh, Sign.POSITIVE), SignedTie.of(auh, ita, Sign.POSITIVE), SignedTie.of(ita, deu, Sign.POSITIVE)));
    assertTrue(StructuralBalance.isBalanced(tripleAlliance));
    assertFalse(StructuralBalance.isBalanced(tripleAlliance.negated()));
  }

  @Test
  void aNetworkIsBalancedExactlyWhenTwoBlocsLeaveNothingFrustrated() {
    qt().forAll(AlignmentGenerators.signedNetworks(1, 9))
        .checkAssert(
            network ->
                assertEquals(
                    StructuralBalance.exactBestPartition(network, 2).count() == 0, StructuralBalance.isBalanced(network)));
  }

  @Test
  void moreBlocsNeverFrustrateMore() {
    qt().forAll(AlignmentGenerators.signedNetworks(1, 9))
        .checkAssert(
            network -> {
              int previous = Integer.MAX_VALUE;
              for (int k = 1; k <= 4; k++) {
                int count = StructuralBalance.exactBestPartition(network, k).count();
                assertTrue(count <= previous, "k=" + k);
                previous = count;
              }
            });
  }

  private static boolean bipartite(SignedNetwork network) {
    int n = network.actors().size();
    int[] colour = new int[n];
    Arrays.fill(colour, -1);
    for (int s = 0; s < n; s++) {
      if (colour[s] >= 0) {
        continue;
      }
      colour[s] = 0;
      Deque<Integer> queue = new ArrayDeque<>(Set.of(s));
      while (!queue.isEmpty()) {
        int u = queue.poll();
        for (SignedTie tie : network.ties()) {
          int a = network.indexOf(tie.from());
          int b = network.indexOf(tie.to());
          int v = a == u ? b : b == u ? a : -1;
          if (v < 0) {
            continue;
          }
          if (colour[v] < 0) {
            colour[v] = 1 - colour[u];
            queue.add(v);
          } else if (colour[v] == colour[u]) {
            return false;
          }
        }
      }
    }
    return true;
  }
}
