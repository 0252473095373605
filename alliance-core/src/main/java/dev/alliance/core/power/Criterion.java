package dev.alliance.core.power;

import dev.alliance.core.exact.Rational;
import dev.alliance.api.Checks;
import java.util.List;
import java.util.Objects;

/**
 * One thing a game counts on the yes side: the number of members, their votes, their population,
 * whether the veto players are all there. Weights are whole numbers: decimal weights are scaled
 * by a power of ten first, and the label says so.
 *
 * <pre>{@code
 * Criterion votes = eec.criteria().get(0);   // "member weight", [4, 4, 4, 2, 2, 1]
 * votes.share(5);                            // 1/17, Luxembourg's vote share
 * }</pre>
 *
 * @param label what is counted, such as {@code "members"} or {@code "population"}
 * @param weights each player's weight, in the game's player order; never negative
 */
public record Criterion(String label, List<Long> weights) {

  /** Validates and copies the weights. */
  public Criterion {
    Checks.notBlank("Criterion.label", label);
    weights = List.copyOf(Objects.requireNonNull(weights, "weights"));
    for (long w : weights) {
      Checks.nonNegative("Criterion.weights", w);
    }
  }

  /** @return the sum of all players' weights */
  public long total() {
    long total = 0;
    for (long w : weights) {
      total += w;
    }
    return total;
  }

  /**
   * @param player a player's position
   * @return the player's share of the total, such as a vote share; zero when the total is zero
   */
  public Rational share(int player) {
    long total = total();
    return total == 0 ? Rational.ZERO : Rational.of(weights.get(player), total);
  }
}
