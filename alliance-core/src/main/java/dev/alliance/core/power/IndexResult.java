package dev.alliance.core.power;

import dev.alliance.core.exact.Rational;
import dev.alliance.api.Checks;
import java.util.List;
import java.util.Objects;

/**
 * One index for every player of a game, in the game's player order.
 *
 * @param index the index
 * @param values each player's value
 * @param raw each player's raw figure as {@link PowerIndex} defines it (swing count, pivotal
 *     orders, ...); empty for estimates
 * @param method how the values were computed, and why
 */
public record IndexResult(PowerIndex index, List<PowerValue> values, List<Rational> raw, MethodChoice method) {

  /** Copies the lists and checks that they agree. */
  public IndexResult {
    Objects.requireNonNull(index, "index");
    values = List.copyOf(values);
    raw = List.copyOf(raw);
    Objects.requireNonNull(method, "method");
    Checks.check(raw.isEmpty() || raw.size() == values.size(), "IndexResult.raw", raw.size(), "must list every player or none");
  }

  /** @return true when every value is exact */
  public boolean isExact() {
    return values.stream().allMatch(PowerValue::isExact);
  }

  /**
   * @param player a player's position
   * @return its value
   */
  public PowerValue value(int player) {
    return values.get(player);
  }

  /** @return the sum of the values as a double (1 for every index but absolute Banzhaf) */
  public double sumAsDouble() {
    return values.stream().mapToDouble(PowerValue::toDouble).sum();
  }
}
