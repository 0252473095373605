package dev.alliance.core.benefit;

import dev.alliance.api.Checks;
import dev.alliance.api.contribution.Valuation;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.exact.Rational;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Dividing an alliance's gains: equally, in proportion to weights (capital put in, work share), or
 * by the Shapley value of a coalition value function (each member's average marginal
 * contribution). Every method returns amounts exact in the gains' minor unit that add up to the
 * gains; {@link CoreCheck} tells whether a division is stable.
 *
 * <pre>{@code
 * BenefitDistribution.equal(Valuation.of("100.00", "EUR"), List.of(a, b, c));      // 33.34, 33.33, 33.33
 * BenefitDistribution.proportional(Valuation.of("100.00", "EUR"), Map.of(a, new BigDecimal("3"), b, BigDecimal.ONE));
 * BenefitDistribution.shapley(game, 2);                                              // in cents
 * }</pre>
 */
public final class BenefitDistribution {
  private BenefitDistribution() {}

  /**
   * @param gains what is divided; its scale is the minor unit
   * @param members who shares
   * @return equal amounts, in the members' order; the units left over go to the first members in
   *     identity order
   */
  public static Map<PartnerId, BigDecimal> equal(Valuation gains, List<PartnerId> members) {
    Checks.notEmpty("BenefitDistribution.members", members);
    Rational each = Rational.of(gains.amount()).dividedBy(Rational.of(members.size()));
    return Rounding.toAmounts(members, members.stream().map(m -> each).toList(), Math.max(0, gains.amount().scale()), "BenefitDistribution.gains");
  }

  /**
   * @param gains what is divided; its scale is the minor unit
   * @param weights each member's weight, such as the capital it put in; not all zero
   * @return amounts in proportion to the weights, rounded by largest remainder, in identity order
   */
  public static Map<PartnerId, BigDecimal> proportional(Valuation gains, Map<PartnerId, BigDecimal> weights) {
    Checks.notEmpty("BenefitDistribution.weights", weights.keySet());
    List<PartnerId> members = weights.keySet().stream().sorted().toList();
    Rational total = Rational.ZERO;
    for (PartnerId member : members) {
      total = total.plus(Rational.of(Checks.nonNegative("BenefitDistribution.weights[" + member + "]", weights.get(member))));
    }
    Checks.check(total.signum() > 0, "BenefitDistribution.weights", weights, "must not all be zero");
    Rational perWeight = Rational.of(gains.amount()).dividedBy(total);
    List<Rational> exact = members.stream().map(m -> perWeight.times(Rational.of(weights.get(m)))).toList();
    return Rounding.toAmounts(members, exact, Math.max(0, gains.amount().scale()), "BenefitDistribution.gains");
  }

  /**
   * @param game the game whose grand coalition's value is divided; at most {@link
   *     Shapley#EXACT_LIMIT} players
   * @param digits the number of decimal places of the minor unit
   * @return each player's Shapley value in minor units, adding up to the grand value
   */
  public static Map<PartnerId, BigDecimal> shapley(CoalitionGame game, int digits) {
    return Shapley.exact(game).toAmounts(digits);
  }
}
