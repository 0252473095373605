package dev.alliance.core.burden;

import dev.alliance.api.Checks;
import dev.alliance.core.exact.Rational;
import java.util.ArrayList;
import java.util.List;

/** Inequality measures, computed exactly. */
public final class Inequality {
  private Inequality() {}

  /**
   * The Gini coefficient: the mean absolute difference between any two values (each ordered pair,
   * a value with itself included) divided by twice the mean. 0 when all are equal; {@code (n-1)/n}
   * when one holds everything. Computed from the sorted values as {@code 2 * sum(i * x_(i)) / (n
   * * sum(x)) - (n + 1) / n}, with {@code i} from 1.
   *
   * <pre>{@code
   * Inequality.gini(List.of(Rational.of(1), Rational.of(2), Rational.of(3))); // 2/9
   * }</pre>
   *
   * @param values at least one value, none negative
   * @return the coefficient, from 0 to (n-1)/n; 0 when every value is 0
   */
  public static Rational gini(List<Rational> values) {
    Checks.notEmpty("Inequality.values", values);
    List<Rational> sorted = new ArrayList<>(values);
    sorted.forEach(v -> Checks.check(v.signum() >= 0, "Inequality.values", v, "must not be negative"));
    sorted.sort(null);
    Rational sum = Rational.ZERO;
    Rational weighted = Rational.ZERO;
    for (int i = 0; i < sorted.size(); i++) {
      sum = sum.plus(sorted.get(i));
      weighted = weighted.plus(sorted.get(i).times(Rational.of(i + 1)));
    }
    if (sum.signum() == 0) {
      return Rational.ZERO;
    }
    long n = sorted.size();
    return Rational.of(2).times(weighted).dividedBy(Rational.of(n).times(sum)).minus(Rational.of(n + 1, n));
  }
}
