package dev.alliance.core.burden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.alliance.core.exact.Rational;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The Gini coefficient equals its definition (the mean absolute difference over all ordered pairs
 * divided by twice the mean, computed by brute force), does not change when the values are scaled
 * or reordered, and lies between 0 and (n-1)/n.
 */
class InequalityProperties {

  static Gen<List<Rational>> values() {
    return lists().of(integers().between(0, 10_000).zip(integers().between(1, 100), Rational::of)).ofSizeBetween(1, 30);
  }

  @Test
  void giniEqualsItsDefinitionAndStaysInBounds() {
    qt().forAll(values())
        .checkAssert(
            xs -> {
              Rational sum = xs.stream().reduce(Rational.ZERO, Rational::plus);
              Rational expected = Rational.ZERO;
              if (sum.signum() > 0) {
                Rational differences = Rational.ZERO;
                for (Rational a : xs) {
                  for (Rational b : xs) {
                    differences = differences.plus(a.minus(b).signum() < 0 ? b.minus(a) : a.minus(b));
                  }
                }
                long n = xs.size();
                expected = differences.dividedBy(Rational.of(2 * n).times(sum));
              }
              Rational gini = Inequality.gini(xs);
              assertEquals(expected, gini);
              assertTrue(gini.signum() >= 0 && gini.compareTo(Rational.of(xs.size() - 1, xs.size())) <= 0);
            });
  }

  @Test
  void giniIgnoresScaleAndOrder() {
    qt().forAll(values(), integers().between(1, 1000))
        .checkAssert(
            (xs, k) -> {
              List<Rational> scaled = new ArrayList<>();
              xs.forEach(x -> scaled.add(x.times(Rational.of(k, 7))));
              Collections.reverse(scaled);
              assertEquals(Inequality.gini(xs), Inequality.gini(scaled));
            });
  }
}
