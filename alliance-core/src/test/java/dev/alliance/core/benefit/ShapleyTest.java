package dev.alliance.core.benefit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.api.InvalidValueException;
import dev.alliance.api.contribution.Valuation;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.exact.Rational;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Shapley values and core checks of games whose answers are published or hand-checked. */
class ShapleyTest {
  private static final PartnerId A = PartnerId.of("A");
  private static final PartnerId B = PartnerId.of("B");
  private static final PartnerId C = PartnerId.of("C");

  /**
   * The glove game: A holds a left glove, B and C a right glove each, and a pair is worth 1. Its
   * Shapley value (2/3, 1/6, 1/6) is the worked example of the Wikipedia article "Shapley value"
   * (section "Glove game"); checked here against the definition by brute force too.
   */
  @Test
  void theGloveGame() {
    CoalitionGame gloves = CoalitionGame.of(List.of(A, B, C), s -> s.contains(A) && (s.contains(B) || s.contains(C)) ? BigDecimal.ONE : BigDecimal.ZERO);
    ShapleyValue value = Shapley.exact(gloves);
    assertEquals(List.of(Rational.of(2, 3), Rational.of(1, 6), Rational.of(1, 6)), value.values());
    assertEquals(Games.bruteForceShapley(gloves.players(), m -> gloves.value(m)), value.values());
    // The core of the glove game is the single point giving the left glove everything.
    assertTrue(CoreCheck.of(gloves, Map.of(A, BigDecimal.ONE, B, BigDecimal.ZERO, C, BigDecimal.ZERO)).isInCore());
    CoreCheck shapleySplit = CoreCheck.of(gloves, Map.of(A, new BigDecimal("0.66"), B, new BigDecimal("0.17"), C, new BigDecimal("0.17")));
    assertEquals(new TreeSet<>(Set.of(A, B)), shapleySplit.blocking().orElseThrow().coalition());
  }

  /**
   * The airport game (Littlechild and Owen, "A simple expression for the Shapley value in a
   * special case", Management Science 20(3), 1973, 370-372): a runway shared by
   * planes needing 10, 30 and 60; a coalition pays for its longest plane. Its Shapley value splits
   * each stretch of runway equally among the planes that use it: 10/3, 10/3 + 20/2, 10/3 + 20/2 + 30.
   */
  @Test
  void theAirportGameSharesEachStretchAmongItsUsers() {
    Map<PartnerId, Integer> need = Map.of(A, 10, B, 30, C, 60);
    CoalitionGame runway = CoalitionGame.of(List.of(A, B, C), s -> BigDecimal.valueOf(s.stream().mapToInt(need::get).max().orElse(0)));
    ShapleyValue cost = Shapley.exact(runway);
    assertEquals(List.of(Rational.of(10, 3), Rational.of(40, 3), Rational.of(130, 3)), cost.values());
    assertEquals(Games.bruteForceShapley(runway.players(), m -> runway.value(m)), cost.values());
    // Every remainder is a third of a cent: the one cent left over goes to A, first in identity order.
    assertEquals(Map.of(A, new BigDecimal("3.34"), B, new BigDecimal("13.33"), C, new BigDecimal("43.33")), cost.toAmounts(2));
  }

  /**
   * Three firms: v(AB) = 60, v(AC) = 40, v(BC) = 20, v(ABC) = 100, singletons 0. Over the six
   * orders A adds 0, 0, 60, 80, 40, 80 (sum 260), B 60, 60, 0, 0, 60, 20 (200), C 40, 40, 40, 20,
   * 0, 0 (140): the Shapley value is (130/3, 100/3, 70/3).
   */
  @Test
  void aThreeFirmJointVenture() {
    CoalitionGame jv = threeFirms();
    assertEquals(List.of(Rational.of(130, 3), Rational.of(100, 3), Rational.of(70, 3)), Shapley.exact(jv).values());
    assertTrue(CoreCheck.of(jv, BenefitDistribution.shapley(jv, 2)).isInCore());
    // Splitting by capital 1 : 1 : 2 gives C 50: A and B would do better on their own (60 > 50).
    Map<PartnerId, BigDecimal> byCapital = BenefitDistribution.proportional(Valuation.of("100.00", "EUR"), Map.of(A, BigDecimal.ONE, B, BigDecimal.ONE, C, new BigDecimal("2")));
    CoreCheck check = CoreCheck.of(jv, byCapital);
    assertEquals("not in the core: [A, B] would leave: on its own it secures 60, the allocation gives it 50.00 (10.00 less)", check.toString());
    assertEquals(1, check.blockingCoalitions());
  }

  static CoalitionGame threeFirms() {
    Map<Set<PartnerId>, BigDecimal> worth = new LinkedHashMap<>();
    worth.put(Set.of(A, B), new BigDecimal("60"));
    worth.put(Set.of(A, C), new BigDecimal("40"));
    worth.put(Set.of(B, C), new BigDecimal("20"));
    worth.put(Set.of(A, B, C), new BigDecimal("100"));
    return CoalitionGame.of(List.of(A, B, C), s -> worth.getOrDefault(s, BigDecimal.ZERO));
  }

  @Test
  void theCoreCheckNamesTheCoalitionThatGainsMostAndCatchesInefficiency() {
    CoalitionGame jv = threeFirms();
    CoreCheck equal = CoreCheck.of(jv, Map.of(A, new BigDecimal("20"), B, new BigDecimal("20"), C, new BigDecimal("20")));
    assertEquals(false, equal.efficient());
    assertEquals(new BigDecimal("20"), equal.blocking().orElseThrow().gain());
    assertEquals(new TreeSet<>(Set.of(A, B)), equal.blocking().orElseThrow().coalition(), "AB gains 20, AC 0");
    CoreCheck tooMuch = CoreCheck.of(jv, Map.of(A, new BigDecimal("50"), B, new BigDecimal("40"), C, new BigDecimal("20")));
    assertEquals("not in the core: hands out 110 of 100; no coalition would leave", tooMuch.toString());
    assertThrows(InvalidValueException.class, () -> CoreCheck.of(jv, Map.of(A, BigDecimal.ONE)));
  }

  /** Each player's value in an additive game is its own worth; 20 players stay exact. */
  @Test
  void twentyPlayersOfAnAdditiveGame() {
    List<PartnerId> players = Games.players(20);
    CoalitionGame additive = CoalitionGame.of(players, s -> s.stream().map(p -> new BigDecimal(p.value().substring(1)).add(new BigDecimal("0.5"))).reduce(BigDecimal.ZERO, BigDecimal::add));
    ShapleyValue value = Shapley.exact(additive);
    for (int i = 0; i < 20; i++) {
      assertEquals(Rational.of(2 * i + 1, 2), value.values().get(i));
    }
  }

  @Test
  void samplingEstimatesWithinItsStatedError() {
    CoalitionGame jv = threeFirms();
    ShapleyEstimate estimate = Shapley.sampled(jv, 20_000, 7L);
    ShapleyValue exact = Shapley.exact(jv);
    assertEquals(exact.grandValue(), estimate.estimates().stream().reduce(Rational.ZERO, Rational::plus), "every order hands out v(N)");
    for (PartnerId p : jv.players()) {
      double gap = Math.abs(estimate.of(p).doubleValue() - exact.of(p).doubleValue());
      assertTrue(gap <= 4 * estimate.standardError(p), p + ": off by " + gap + ", standard error " + estimate.standardError(p));
      assertTrue(estimate.standardError(p) > 0 && estimate.standardError(p) < 0.5);
    }
    ShapleyEstimate fewer = Shapley.sampled(jv, 200, 7L);
    assertTrue(fewer.maxStandardError() > 5 * estimate.maxStandardError(), "100 times the orders, a tenth of the error");
  }

  @Test
  void gamesAreValidated() {
    assertThrows(InvalidValueException.class, () -> CoalitionGame.of(List.of(A), s -> BigDecimal.ONE));
    assertThrows(InvalidValueException.class, () -> CoalitionGame.of(List.of(A, A), s -> BigDecimal.ZERO));
    assertThrows(InvalidValueException.class, () -> Shapley.exact(CoalitionGame.of(Games.players(23), s -> BigDecimal.ZERO)));
    assertThrows(InvalidValueException.class, () -> Shapley.sampled(threeFirms(), 1, 0L));
  }

  @Test
  void valuesPrintWithTheirExactFractions() {
    assertEquals(
        List.of(
            "player  Shapley value  exact  share",
            "------  -------------  -----  ------",
            "A             43.3333  130/3  43.33%",
            "B             33.3333  100/3  33.33%",
            "C             23.3333   70/3  23.33%"),
        Shapley.exact(threeFirms()).lines());
  }
}
