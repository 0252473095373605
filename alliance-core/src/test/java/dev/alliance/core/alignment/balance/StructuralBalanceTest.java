package dev.alliance.core.alignment.balance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.api.InvalidValueException;
import dev.alliance.api.alignment.Partition;
import dev.alliance.api.alignment.Sign;
import dev.alliance.api.alignment.SignedNetwork;
import dev.alliance.api.alignment.SignedTie;
import dev.alliance.api.partner.PartnerId;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Hand-checked cases of structural balance. */
class StructuralBalanceTest {
  private static final PartnerId A = PartnerId.of("A");
  private static final PartnerId B = PartnerId.of("B");
  private static final PartnerId C = PartnerId.of("C");
  private static final PartnerId D = PartnerId.of("D");

  private static SignedTie plus(PartnerId x, PartnerId y) {
    return SignedTie.of(x, y, Sign.POSITIVE);
  }

  private static SignedTie minus(PartnerId x, PartnerId y) {
    return SignedTie.of(x, y, Sign.NEGATIVE);
  }

  /** Heider's four triads: +++ and +-- balanced, ++- and --- not. */
  @Test
  void aTriadIsBalancedWhenTheProductOfItsSignsIsPositive() {
    assertEquals(1, StructuralBalance.triads(SignedNetwork.ofTies(List.of(plus(A, B), plus(B, C), plus(C, A)))).balanced());
    assertEquals(1, StructuralBalance.triads(SignedNetwork.ofTies(List.of(plus(A, B), minus(B, C), minus(C, A)))).balanced());
    TriadCensus friendOfEnemy = StructuralBalance.triads(SignedNetwork.ofTies(List.of(plus(A, B), plus(B, C), minus(C, A))));
    assertEquals(0, friendOfEnemy.balanced());
    assertEquals("A + B + C - A", friendOfEnemy.unbalanced().get(0).toString());
    assertEquals(1, StructuralBalance.triads(SignedNetwork.ofTies(List.of(minus(A, B), minus(B, C), minus(C, A)))).unbalanced().size());
  }

  /** Three mutual enemies: not balanced (no two blocs hold them), but clusterable into three. */
  @Test
  void threeMutualEnemiesNeedThreeBlocs() {
    SignedNetwork enemies = SignedNetwork.ofTies(List.of(minus(A, B), minus(B, C), minus(C, A)));
    assertFalse(StructuralBalance.isBalanced(enemies));
    BestPartition two = StructuralBalance.exactBestPartition(enemies, 2);
    assertEquals(1, two.count());
    assertEquals(3, two.optimalPartitions(), "any one pair shares a bloc: AB|C, AC|B, BC|A");
    BestPartition three = StructuralBalance.exactBestPartition(enemies, 3);
    assertEquals(0, three.count());
    assertEquals(Partition.of(List.of(Set.of(A), Set.of(B), Set.of(C))), three.partition());
    assertTrue(three.isProvenOptimal());
  }

  /** Balance is about cycles, not triangles: a square with one negative side is unbalanced. */
  @Test
  void balanceHoldsForNetworksWithoutTriangles() {
    SignedNetwork square = SignedNetwork.ofTies(List.of(plus(A, B), plus(B, C), plus(C, D), minus(D, A)));
    assertEquals(0, StructuralBalance.triads(square).total());
    assertFalse(StructuralBalance.isBalanced(square));
    assertTrue(StructuralBalance.isBalanced(SignedNetwork.ofTies(List.of(plus(A, B), minus(B, C), plus(C, D), minus(D, A)))));
  }

  @Test
  void frustrationNamesTheTiesThePartitionBreaks() {
    SignedNetwork network = SignedNetwork.ofTies(List.of(plus(A, B), minus(A, C), plus(C, D), plus(B, C)));
    Frustration f = StructuralBalance.frustration(network, Partition.of(List.of(Set.of(A, B), Set.of(C, D))));
    assertEquals(List.of(plus(B, C)), f.positiveAcross());
    assertEquals(List.of(), f.negativeInside());
    assertEquals(1, f.count());
    Frustration together = StructuralBalance.frustration(network, Partition.of(List.of(Set.of(A, B, C, D))));
    assertEquals(List.of(minus(A, C)), together.ties());
  }

  @Test
  void aPartitionMustPlaceExactlyTheNetworksActors() {
    SignedNetwork network = SignedNetwork.ofTies(List.of(plus(A, B)));
    InvalidValueException missing =
        assertThrows(InvalidValueException.class, () -> StructuralBalance.frustration(network, Partition.of(List.of(Set.of(A)))));
    assertEquals("Partition.blocs", missing.field());
    assertThrows(
        InvalidValueException.class,
        () -> StructuralBalance.frustration(network, Partition.of(List.of(Set.of(A, B), Set.of(C)))));
    InvalidValueException k = assertThrows(InvalidValueException.class, () -> StructuralBalance.exactBestPartition(network, 0));
    assertEquals("StructuralBalance.maxBlocs = 0: must be at least 1", k.getMessage());
  }

  @Test
  void analysesNeedOneTiePerPairAndSaySo() {
    SignedNetwork history =
        SignedNetwork.ofTies(
            List.of(SignedTie.during(A, B, Sign.POSITIVE, 1872, 1890), SignedTie.during(A, B, Sign.NEGATIVE, 1890, 1918)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StructuralBalance.isBalanced(history));
    assertTrue(e.getMessage().contains("at(year)"), e.getMessage());
    assertTrue(StructuralBalance.isBalanced(history.at(1880)));
  }

  /**
   * A small history of our own: A and B allied from 1900, C hostile to both from 1905, and A and C
   * briefly allied 1900-1905, which made 1900-1905 unbalanced (A + B, A + C, but B - C from 1900).
   */
  @Test
  void historyFollowsBalanceFromChangeToChange() {
    SignedNetwork network =
        SignedNetwork.ofTies(
            List.of(
                new SignedTie(A, B, Sign.POSITIVE, OptionalInt.of(1900), OptionalInt.empty()),
                SignedTie.during(A, C, Sign.POSITIVE, 1900, 1905),
                SignedTie.during(A, C, Sign.NEGATIVE, 1905, 1920),
                new SignedTie(B, C, Sign.NEGATIVE, OptionalInt.of(1900), OptionalInt.empty())));
    List<BalancePeriod> periods = StructuralBalance.history(network);
    assertEquals(List.of("1900-1905", "1905-1920", "1920-"), periods.stream().map(BalancePeriod::span).toList());
    assertFalse(periods.get(0).balanced());
    assertEquals(1, periods.get(0).triads().unbalanced().size());
    assertEquals(1, periods.get(0).bestTwoBlocs().count());
    assertTrue(periods.get(1).balanced());
    assertEquals(Partition.of(List.of(Set.of(A, B), Set.of(C))), periods.get(1).bestTwoBlocs().partition());
    assertTrue(periods.get(2).balanced(), "A - C ended in 1920; what is left is balanced");
  }

  /** The heuristic finds the optimum on a case the exact search has solved. */
  @Test
  void relocationMatchesTheExactSearchOnASmallCase() {
    SignedNetwork network =
        SignedNetwork.ofTies(List.of(plus(A, B), minus(A, C), minus(B, C), plus(C, D), minus(A, D), plus(B, D)));
    BestPartition exact = StructuralBalance.exactBestPartition(network, 2);
    BestPartition heuristic = StructuralBalance.relocationBestPartition(network, 2, 20, 7);
    assertEquals(exact.count(), heuristic.count());
    assertEquals(1, exact.count());
    assertEquals(SearchMethod.RELOCATION, heuristic.method());
    assertEquals(BruteForce.minimum(network, 2)[0], exact.count());
  }
}
