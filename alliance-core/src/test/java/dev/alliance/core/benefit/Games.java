package dev.alliance.core.benefit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.exact.Rational;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.quicktheories.core.Gen;

/** Small games for tests: a table of values by bit mask, and a brute-force Shapley value. */
final class Games {
  private Games() {}

  static List<PartnerId> players(int n) {
    List<PartnerId> players = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      players.add(PartnerId.of("P" + i));
    }
    return players;
  }

  static long mask(List<PartnerId> players, Set<PartnerId> coalition) {
    long mask = 0;
    for (PartnerId p : coalition) {
      mask |= 1L << players.indexOf(p);
    }
    return mask;
  }

  /** A game whose value of the coalition with bit mask m is {@code table[m]}. */
  static CoalitionGame of(List<PartnerId> players, BigDecimal[] table) {
    return CoalitionGame.of(players, s -> table[(int) mask(players, s)]);
  }

  /** Games of 1 to {@code max} players with values from -50 to 100 with up to two decimals, v(empty) = 0. */
  static Gen<BigDecimal[]> tables(int max) {
    return integers()
        .between(1, max)
        .flatMap(n -> lists().of(integers().between(-5000, 10_000)).ofSize(1 << n).zip(integers().between(0, 2), (cents, scale) -> {
          BigDecimal[] table = new BigDecimal[cents.size()];
          for (int m = 0; m < table.length; m++) {
            table[m] = m == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(cents.get(m), scale);
          }
          return table;
        }))
        .describedAs(Games::describe);
  }

  /** Games with small whole values from -2 to 5, so that coalitions often tie. */
  static Gen<BigDecimal[]> coarseTables(int max) {
    return integers()
        .between(1, max)
        .flatMap(n -> lists().of(integers().between(-2, 5)).ofSize(1 << n).map(values -> {
          BigDecimal[] table = new BigDecimal[values.size()];
          for (int m = 0; m < table.length; m++) {
            table[m] = m == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(values.get(m));
          }
          return table;
        }))
        .describedAs(Games::describe);
  }

  static int size(BigDecimal[] table) {
    return Integer.numberOfTrailingZeros(table.length);
  }

  static String describe(BigDecimal[] table) {
    List<String> parts = new ArrayList<>();
    for (int m = 1; m < table.length; m++) {
      parts.add(Long.toBinaryString(m) + "=" + table[m].toPlainString());
    }
    return parts.toString();
  }

  /** The Shapley value by its definition: the mean marginal contribution over all n! orders. */
  static List<Rational> bruteForceShapley(List<PartnerId> players, Function<Long, BigDecimal> value) {
    int n = players.size();
    Rational[] sums = new Rational[n];
    java.util.Arrays.fill(sums, Rational.ZERO);
    long[] orders = {0};
    permute(new int[n], new boolean[n], 0, order -> {
      orders[0]++;
      long mask = 0;
      for (int player : order) {
        BigDecimal before = value.apply(mask);
        mask |= 1L << player;
        sums[player] = sums[player].plus(Rational.of(value.apply(mask).subtract(before)));
      }
    });
    List<Rational> values = new ArrayList<>();
    for (Rational sum : sums) {
      values.add(sum.dividedBy(Rational.of(orders[0])));
    }
    return values;
  }

  private static void permute(int[] order, boolean[] used, int position, java.util.function.Consumer<int[]> visit) {
    if (position == order.length) {
      visit.accept(order);
      return;
    }
    for (int p = 0; p < order.length; p++) {
      if (!used[p]) {
        used[p] = true;
        order[position] = p;
        permute(order, used, position + 1, visit);
        used[p] = false;
      }
    }
  }
}
