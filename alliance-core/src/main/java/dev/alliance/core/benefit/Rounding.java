package dev.alliance.core.benefit;

import dev.alliance.api.Checks;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.exact.Rational;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rounds exact amounts that add up to a whole number of minor units to minor units that add up to
 * the same: each rounded down, the units left over given one each to the largest remainders, equal
 * remainders in identity order (the rule {@code CostSharing} uses too).
 */
final class Rounding {
  private Rounding() {}

  static Map<PartnerId, BigDecimal> toAmounts(List<PartnerId> players, List<Rational> exact, int digits, String field) {
    Rational unit = Rational.of(BigInteger.TEN.pow(digits));
    Rational total = exact.stream().reduce(Rational.ZERO, Rational::plus).times(unit);
    Checks.check(total.denominator().equals(BigInteger.ONE), field, total.dividedBy(unit), "must be a whole number of minor units");
    BigInteger[] floors = new BigInteger[exact.size()];
    Rational[] remainders = new Rational[exact.size()];
    BigInteger left = total.numerator();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < exact.size(); i++) {
      Rational scaled = exact.get(i).times(unit);
      floors[i] = scaled.floor();
      remainders[i] = scaled.minus(Rational.of(floors[i]));
      left = left.subtract(floors[i]);
      order.add(i);
    }
    order.sort((a, b) -> {
      int byRemainder = remainders[b].compareTo(remainders[a]);
      return byRemainder != 0 ? byRemainder : players.get(a).compareTo(players.get(b));
    });
    for (int k = 0; k < left.intValueExact(); k++) {
      floors[order.get(k)] = floors[order.get(k)].add(BigInteger.ONE);
    }
    Map<PartnerId, BigDecimal> amounts = new LinkedHashMap<>();
    for (int i = 0; i < players.size(); i++) {
      amounts.put(players.get(i), new BigDecimal(floors[i], digits));
    }
    return Collections.unmodifiableMap(amounts);
  }
}
