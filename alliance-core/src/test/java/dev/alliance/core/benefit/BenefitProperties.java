package dev.alliance.core.benefit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.alliance.api.contribution.Valuation;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.exact.Rational;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The Shapley value's axioms on random games (efficiency, symmetry, null player, additivity), its
 * agreement with the definition computed by brute force over all orders, the sampled estimate's
 * exact efficiency and stated error, the core check's agreement with a brute-force enumeration,
 * and exact equal and proportional divisions.
 */
class BenefitProperties {

  @Test
  void shapleyIsEfficientAndEqualsTheAverageOverAllOrders() {
    qt().forAll(Games.tables(6))
        .checkAssert(
            table -> {
              List<PartnerId> players = Games.players(Games.size(table));
              CoalitionGame game = Games.of(players, table);
              ShapleyValue value = Shapley.exact(game);
              assertEquals(Rational.of(table[table.length - 1]), value.values().stream().reduce(Rational.ZERO, Rational::plus));
              assertEquals(Games.bruteForceShapley(players, m -> table[m.intValue()]), value.values());
            });
  }

  /** Adding each coalition's value with its mirror image (i and j swapped) makes i and j symmetric. */
  @Test
  void symmetricPlayersGetEqualValues() {
    qt().forAll(Games.tables(7).assuming(t -> Games.size(t) >= 2), integers().between(0, 6), integers().between(1, 6))
        .checkAssert(
            (table, first, offset) -> {
              int n = Games.size(table);
              int i = first % n;
              int j = (i + 1 + offset % (n - 1)) % n;
              BigDecimal[] symmetric = new BigDecimal[table.length];
              for (int m = 0; m < table.length; m++) {
                symmetric[m] = table[m].add(table[swap(m, i, j)]);
              }
              ShapleyValue value = Shapley.exact(Games.of(Games.players(n), symmetric));
              assertEquals(value.values().get(i), value.values().get(j));
            });
  }

  /** A player who adds nothing to any coalition gets nothing. */
  @Test
  void aNullPlayerGetsNothing() {
    qt().forAll(Games.tables(7), integers().between(0, 6))
        .checkAssert(
            (table, index) -> {
              int k = index % Games.size(table);
              BigDecimal[] withNull = new BigDecimal[table.length];
              for (int m = 0; m < table.length; m++) {
                withNull[m] = table[m & ~(1 << k)];
              }
              assertEquals(Rational.ZERO, Shapley.exact(Games.of(Games.players(Games.size(table)), withNull)).values().get(k));
            });
  }

  @Test
  void shapleyIsAdditive() {
    qt().forAll(Games.tables(7), longs().all())
        .checkAssert(
            (table, seed) -> {
              List<PartnerId> players = Games.players(Games.size(table));
              java.util.Random random = new java.util.Random(seed);
              BigDecimal[] other = new BigDecimal[table.length];
              for (int m = 0; m < table.length; m++) {
                other[m] = m == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(random.nextInt(20_001) - 10_000, random.nextInt(4));
              }
              CoalitionGame v = Games.of(players, table);
              CoalitionGame w = Games.of(players, other);
              List<Rational> sum = new ArrayList<>();
              List<Rational> a = Shapley.exact(v).values();
              List<Rational> b = Shapley.exact(w).values();
              for (int i = 0; i < a.size(); i++) {
                sum.add(a.get(i).plus(b.get(i)));
              }
              assertEquals(sum, Shapley.exact(v.plus(w)).values());
            });
  }

  /**
   * The sample estimate always hands out exactly v(N), and each player's estimate lies within six
   * standard errors of the exact value (a normal deviate beyond six is about one in five hundred
   * million); a player whose marginal contributions never vary is estimated exactly.
   */
  @Test
  void samplingIsEfficientAndWithinItsStatedError() {
    qt().withExamples(Math.min(50, Integer.getInteger("QT_EXAMPLES", 200)))
        .forAll(Games.tables(6), longs().all())
        .checkAssert(
            (table, seed) -> {
              CoalitionGame game = Games.of(Games.players(Games.size(table)), table);
              ShapleyEstimate estimate = Shapley.sampled(game, 2_000, seed);
              ShapleyValue exact = Shapley.exact(game);
              assertEquals(exact.grandValue(), estimate.estimates().stream().reduce(Rational.ZERO, Rational::plus));
              for (PartnerId p : game.players()) {
                double gap = Math.abs(estimate.of(p).minus(exact.of(p)).doubleValue());
                assertTrue(gap <= 6 * estimate.standardError(p) + 1e-9, p + " off by " + gap + " with standard error " + estimate.standardError(p));
              }
            });
  }

  /**
   * The core check agrees with a brute-force enumeration of every coalition as a set: same
   * verdict, same number of coalitions that would leave, and the same one named (largest gain, then
   * fewest members, then first in identity order).
   */
  @Test
  void theCoreCheckAgreesWithBruteForce() {
    qt().forAll(org.quicktheories.generators.Generate.oneOf(Games.tables(7), Games.coarseTables(7)), longs().all())
        .checkAssert(
            (table, seed) -> {
              List<PartnerId> players = Games.players(Games.size(table));
              CoalitionGame game = Games.of(players, table);
              java.util.Random random = new java.util.Random(seed);
              Map<PartnerId, BigDecimal> allocation = new LinkedHashMap<>();
              // A third of the time the Shapley split (often in the core), otherwise small whole amounts
              // (ties) that add up to v(N), or, a third of the time, to one less (inefficient).
              int kind = random.nextInt(3);
              if (kind == 0) {
                allocation.putAll(Shapley.exact(game).toAmounts(2));
              } else {
                BigDecimal left = table[table.length - 1].subtract(kind == 2 ? BigDecimal.ONE : BigDecimal.ZERO);
                for (int i = 0; i < players.size() - 1; i++) {
                  BigDecimal x = BigDecimal.valueOf(random.nextInt(8) - 2);
                  allocation.put(players.get(i), x);
                  left = left.subtract(x);
                }
                allocation.put(players.get(players.size() - 1), left);
              }
              CoreCheck check = CoreCheck.of(game, allocation);
              Optional<TreeSet<PartnerId>> best = Optional.empty();
              BigDecimal bestGain = BigDecimal.ZERO;
              int count = 0;
              for (long m = 1; m < table.length - 1; m++) {
                TreeSet<PartnerId> coalition = new TreeSet<>();
                BigDecimal allocated = BigDecimal.ZERO;
                for (int i = 0; i < players.size(); i++) {
                  if ((m & (1L << i)) != 0) {
                    coalition.add(players.get(i));
                    allocated = allocated.add(allocation.get(players.get(i)));
                  }
                }
                BigDecimal gain = game.value(coalition).subtract(allocated);
                if (gain.signum() > 0) {
                  count++;
                  if (best.isEmpty() || gain.compareTo(bestGain) > 0
                      || gain.compareTo(bestGain) == 0 && (coalition.size() < best.get().size()
                          || coalition.size() == best.get().size() && coalition.toString().compareTo(best.get().toString()) < 0)) {
                    best = Optional.of(coalition);
                    bestGain = gain;
                  }
                }
              }
              assertEquals(count, check.blockingCoalitions());
              assertEquals(best, check.blocking().map(b -> new TreeSet<>(b.coalition())));
              BigDecimal handedOut = allocation.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
              assertEquals(handedOut.compareTo(table[table.length - 1]) == 0, check.efficient());
              assertEquals(count == 0 && check.efficient(), check.isInCore());
            });
  }

  @Test
  void equalAndProportionalDivisionsAreExactToTheMinorUnit() {
    qt().forAll(Games.tables(6), longs().between(0, 1_000_000_000L), longs().all())
        .checkAssert(
            (table, cents, seed) -> {
              List<PartnerId> players = Games.players(Games.size(table));
              Valuation gains = Valuation.of(BigDecimal.valueOf(cents, 2), "EUR");
              Map<PartnerId, BigDecimal> equal = BenefitDistribution.equal(gains, players);
              assertEquals(gains.amount(), equal.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
              BigDecimal low = equal.values().stream().min(BigDecimal::compareTo).orElseThrow();
              BigDecimal high = equal.values().stream().max(BigDecimal::compareTo).orElseThrow();
              assertTrue(high.subtract(low).compareTo(new BigDecimal("0.01")) <= 0);
              java.util.Random random = new java.util.Random(seed);
              Map<PartnerId, BigDecimal> weights = new LinkedHashMap<>();
              players.forEach(p -> weights.put(p, BigDecimal.valueOf(random.nextInt(1000) + 1)));
              Map<PartnerId, BigDecimal> proportional = BenefitDistribution.proportional(gains, weights);
              assertEquals(gains.amount(), proportional.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
              BigDecimal totalWeight = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
              for (PartnerId p : players) {
                Rational exact = Rational.of(gains.amount()).times(Rational.of(weights.get(p))).dividedBy(Rational.of(totalWeight));
                assertTrue(exact.minus(Rational.of(proportional.get(p))).doubleValue() < 0.01 + 1e-12);
                assertTrue(Rational.of(proportional.get(p)).minus(exact).doubleValue() < 0.01 + 1e-12);
              }
            });
  }

  private static int swap(int mask, int i, int j) {
    boolean hasI = (mask & (1 << i)) != 0;
    boolean hasJ = (mask & (1 << j)) != 0;
    int cleared = mask & ~(1 << i) & ~(1 << j);
    return cleared | (hasI ? 1 << j : 0) | (hasJ ? 1 << i : 0);
  }
}
