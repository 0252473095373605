package dev.alliance.core.power;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.alliance.core.exact.Rational;
import dev.alliance.testkit.PowerGenerators;
import java.math.BigInteger;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Exact counting beyond 64 bits: the moduli, the Chinese remainder theorem, and games of 80 to 200
 * players checked against a plain {@link BigInteger} dynamic programme written here; and the two
 * generating-function engines (one-dimensional and table) checked against each other.
 */
class ExactCountingTest {

  @Test
  void theModuliAreDistinctPrimesJustBelowTwoToThe62() {
    long[] moduli = Moduli.forBits(400);
    assertEquals(0, moduli[0], "2^64 first");
    assertEquals(7, moduli.length, "64 + 6 x 61 >= 400");
    for (int j = 1; j < moduli.length; j++) {
      BigInteger p = BigInteger.valueOf(moduli[j]);
      assertTrue(p.isProbablePrime(200), p + " is prime");
      assertTrue(moduli[j] < 1L << 62 && moduli[j] > 1L << 61);
      assertTrue(j == 1 || moduli[j] < moduli[j - 1]);
    }
    assertEquals(1, Moduli.forBits(64).length);
    assertEquals(2, Moduli.forBits(65).length);
  }

  @Test
  void theChineseRemainderTheoremRecoversEveryIntegerBelowTheProduct() {
    qt().forAll(integers().between(1, 380), integers().all())
        .checkAssert(
            (bits, seed) -> {
              BigInteger x = new BigInteger(bits, new Random(seed));
              long[] moduli = Moduli.forBits(bits);
              long[] residues = new long[moduli.length];
              residues[0] = x.longValue();
              for (int j = 1; j < moduli.length; j++) {
                residues[j] = x.mod(BigInteger.valueOf(moduli[j])).longValueExact();
              }
              assertEquals(x, Moduli.combine(moduli, residues));
            });
  }

  /** 200 players, so counts reach 2^199 and four moduli are in play. */
  @Test
  void banzhafCountsOfTwoHundredPlayersMatchPlainBigIntegerCounting() {
    Random random = new Random(200);
    long[] w = new long[200];
    for (int i = 0; i < w.length; i++) {
      w[i] = 1 + random.nextInt(20);
    }
    long total = java.util.Arrays.stream(w).sum();
    for (long quota : new long[] {total / 2 + 1, (long) Math.ceil(total * 0.85), 7}) {
      BigInteger[] swings = new WeightedCounting(w, quota, new Parallel(true)).banzhafSwings();
      assertArrayEquals(referenceSwings(w, quota), swings, "quota " + quota);
      if (quota == total / 2 + 1) {
        assertTrue(swings[0].bitLength() > 150, "counts far beyond a long: " + swings[0].bitLength() + " bits");
      }
    }
  }

  /** 80 players: two moduli; Shapley-Shubik by the table against the same counts in BigInteger. */
  @Test
  void shapleyShubikOfEightyPlayersMatchesPlainBigIntegerCounting() {
    Random random = new Random(80);
    long[] w = new long[80];
    for (int i = 0; i < w.length; i++) {
      w[i] = 1 + random.nextInt(5);
    }
    long total = java.util.Arrays.stream(w).sum();
    long quota = (long) Math.ceil(total * 2 / 3.0);
    SimpleGame game = SimpleGame.weighted(quota, w);
    IndexResult ss = PowerCalculator.defaults().compute(game, Set.of(PowerIndex.SHAPLEY_SHUBIK)).result(PowerIndex.SHAPLEY_SHUBIK).orElseThrow();
    BigInteger[] fact = IndexMath.factorials(80);
    for (int i = 0; i < w.length; i += 7) {
      BigInteger[] bySize = referenceSwingsBySize(w, quota, i);
      BigInteger orders = BigInteger.ZERO;
      for (int s = 0; s < 80; s++) {
        orders = orders.add(bySize[s].multiply(fact[s]).multiply(fact[79 - s]));
      }
      assertEquals(Rational.of(orders, fact[80]), ((PowerValue.Exact) ss.value(i)).value(), "player " + i);
    }
  }

  @Test
  void theTableEngineAgreesWithTheOneDimensionalEngineOnWeightedGames() {
    qt().forAll(PowerGenerators.weightedVotes(1, 25, 40))
        .checkAssert(
            vote -> {
              SimpleGame game = SimpleGame.weighted(vote.quota(), vote.weightArray());
              Parallel parallel = new Parallel(false);
              WeightedCounting one = new WeightedCounting(vote.weightArray(), vote.quota(), parallel);
              TableCounting table = new TableCounting(game, false, parallel);
              assertArrayEquals(one.banzhafSwings(), table.banzhafSwings());
              TableCounting sized = new TableCounting(game, true, parallel);
              MethodChoice any = PowerCalculator.defaults().plan(game, PowerIndex.SHAPLEY_SHUBIK);
              assertEquals(
                  IndexMath.shapleyShubik(one.swingsBySize(), one.active(), any).values(),
                  IndexMath.shapleyShubik(sized.swingsBySize(), sized.activeCount(), any).values());
            });
  }

  @Test
  void theSortedAndPlainEnumerationScansCountAlike() {
    qt().forAll(PowerProperties.games(14))
        .checkAssert(
            game -> {
              Enumeration e = new Enumeration(game, new Parallel(false));
              Enumeration.Tally sorted = e.run(false, true);
              Enumeration.Tally plain = e.run(false, false);
              assertArrayEquals(plain.winning, sorted.winning);
              for (int i = 0; i < game.size(); i++) {
                assertArrayEquals(plain.winningWith[i], sorted.winningWith[i]);
              }
            });
  }

  /** Each player's swings, by recounting the others' coalitions from scratch in BigInteger. */
  private static BigInteger[] referenceSwings(long[] w, long quota) {
    BigInteger[] swings = new BigInteger[w.length];
    BigInteger[] byWeight = new BigInteger[64];
    for (int i = 0; i < w.length; i++) {
      if (byWeight[(int) w[i]] == null) {
        BigInteger[] f = othersByWeight(w, i, quota);
        BigInteger s = BigInteger.ZERO;
        for (long v = Math.max(0, quota - w[i]); v < quota; v++) {
          s = s.add(f[(int) v]);
        }
        byWeight[(int) w[i]] = s;
      }
      swings[i] = byWeight[(int) w[i]];
    }
    return swings;
  }

  private static BigInteger[] othersByWeight(long[] w, int skip, long quota) {
    BigInteger[] f = new BigInteger[(int) quota];
    java.util.Arrays.fill(f, BigInteger.ZERO);
    f[0] = BigInteger.ONE;
    for (int j = 0; j < w.length; j++) {
      if (j != skip) {
        for (int v = (int) quota - 1; v >= w[j]; v--) {
          f[v] = f[v].add(f[v - (int) w[j]]);
        }
      }
    }
    return f;
  }

  private static BigInteger[] referenceSwingsBySize(long[] w, long quota, int player) {
    int n = w.length;
    BigInteger[][] f = new BigInteger[n][(int) quota];
    for (BigInteger[] row : f) {
      java.util.Arrays.fill(row, BigInteger.ZERO);
    }
    f[0][0] = BigInteger.ONE;
    int count = 0;
    for (int j = 0; j < n; j++) {
      if (j == player) {
        continue;
      }
      count++;
      for (int s = count; s >= 1; s--) {
        for (int v = (int) quota - 1; v >= w[j]; v--) {
          f[s][v] = f[s][v].add(f[s - 1][v - (int) w[j]]);
        }
      }
    }
    BigInteger[] bySize = new BigInteger[n];
    for (int s = 0; s < n; s++) {
      BigInteger sum = BigInteger.ZERO;
      for (long v = Math.max(0, quota - w[player]); v < quota; v++) {
        sum = sum.add(f[s][(int) v]);
      }
      bySize[s] = sum;
    }
    return bySize;
  }
}
