package dev.alliance.core.benefit;

import dev.alliance.api.Checks;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.exact.Rational;
import java.util.List;
import java.util.Objects;

/**
 * A sampled Shapley value: each player's mean marginal contribution over random orders of the
 * players, with its standard error. The estimates add up exactly to the grand coalition's value
 * (every order's marginal contributions do). With {@code m} orders, each estimate's standard error
 * is the sample standard deviation of its marginal contributions over {@code sqrt(m)}; the true
 * value lies within {@link #halfWidth95(PartnerId) 1.96 standard errors} of the estimate with about
 * 95% confidence (normal approximation, sound for a few hundred orders or more).
 *
 * @param players the players, in the game's order
 * @param estimates each player's estimate, exact mean of the sampled marginal contributions
 * @param standardErrors each player's standard error
 * @param orders how many random orders were sampled
 * @param seed the seed that drew them, for reproduction
 * @param grandValue the grand coalition's value
 */
public record ShapleyEstimate(
    List<PartnerId> players, List<Rational> estimates, List<Double> standardErrors, int orders, long seed, Rational grandValue) {

  /** Validates the estimate. */
  public ShapleyEstimate {
    players = List.copyOf(players);
    estimates = List.copyOf(estimates);
    standardErrors = List.copyOf(standardErrors);
    Objects.requireNonNull(grandValue, "grandValue");
    Checks.check(
        estimates.size() == players.size() && standardErrors.size() == players.size(),
        "ShapleyEstimate.estimates",
        estimates.size(),
        "must be one per player, " + players.size());
    Checks.check(orders >= 2, "ShapleyEstimate.orders", orders, "must be at least 2");
  }

  /**
   * @param player a player
   * @return its estimated value
   */
  public Rational of(PartnerId player) {
    return estimates.get(indexOf(player));
  }

  /**
   * @param player a player
   * @return the standard error of its estimate
   */
  public double standardError(PartnerId player) {
    return standardErrors.get(indexOf(player));
  }

  /**
   * @param player a player
   * @return 1.96 standard errors: the half-width of an approximate 95% confidence interval
   */
  public double halfWidth95(PartnerId player) {
    return 1.96 * standardError(player);
  }

  /** @return the largest standard error over the players */
  public double maxStandardError() {
    return standardErrors.stream().mapToDouble(Double::doubleValue).max().orElse(0);
  }

  private int indexOf(PartnerId player) {
    int i = players.indexOf(player);
    Checks.check(i >= 0, "ShapleyEstimate.player", player, "is not a player");
    return i;
  }
}
