package dev.alliance.core.burden;

import dev.alliance.api.Checks;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * When a member counts as a free rider: it draws on the collective good while bearing less than a
 * stated standard. Every flag the analysis raises names the rule and the figures that broke it.
 *
 * <ul>
 *   <li>{@link #belowTarget()}: its burden-to-capacity ratio is below the target (NATO's 2%).
 *   <li>{@link #burdenShareBelowCapacityShare(BigDecimal)}: its share of the alliance's burden is
 *       below its share of the alliance's capacity by more than a tolerance: it bears less than
 *       its size (Olson and Zeckhauser's "exploitation of the great by the small").
 *   <li>{@link #burdenShareBelowBenefitShare(BigDecimal)}: its share of the burden is below its
 *       share of the benefit by more than a tolerance.
 * </ul>
 */
public sealed interface FreeRiderRule
    permits FreeRiderRule.BelowTarget, FreeRiderRule.BurdenShareBelowCapacityShare, FreeRiderRule.BurdenShareBelowBenefitShare {

  /** @return flags members below the analysis's target */
  static FreeRiderRule belowTarget() {
    return new BelowTarget();
  }

  /**
   * @param tolerance how far below, as a fraction of the capacity share, such as {@code 0.2}: a
   *     member is flagged when its burden share is below 80% of its capacity share
   * @return the rule
   */
  static FreeRiderRule burdenShareBelowCapacityShare(BigDecimal tolerance) {
    return new BurdenShareBelowCapacityShare(tolerance);
  }

  /**
   * @param tolerance how far below, as a fraction of the benefit share
   * @return the rule
   */
  static FreeRiderRule burdenShareBelowBenefitShare(BigDecimal tolerance) {
    return new BurdenShareBelowBenefitShare(tolerance);
  }

  /** @return the rule in words, for reports */
  String describe();

  /** The ratio is below the target. */
  record BelowTarget() implements FreeRiderRule {
    @Override
    public String describe() {
      return "burden-to-capacity ratio below the target";
    }
  }

  /**
   * The burden share is below {@code (1 - tolerance)} times the capacity share.
   *
   * @param tolerance from 0 (inclusive) to 1 (exclusive)
   */
  record BurdenShareBelowCapacityShare(BigDecimal tolerance) implements FreeRiderRule {
    /** Validates the tolerance. */
    public BurdenShareBelowCapacityShare {
      checkTolerance("BurdenShareBelowCapacityShare.tolerance", tolerance);
    }

    @Override
    public String describe() {
      return "share of the burden below " + complementPercent(tolerance) + "% of the share of capacity";
    }
  }

  /**
   * The burden share is below {@code (1 - tolerance)} times the benefit share.
   *
   * @param tolerance from 0 (inclusive) to 1 (exclusive)
   */
  record BurdenShareBelowBenefitShare(BigDecimal tolerance) implements FreeRiderRule {
    /** Validates the tolerance. */
    public BurdenShareBelowBenefitShare {
      checkTolerance("BurdenShareBelowBenefitShare.tolerance", tolerance);
    }

    @Override
    public String describe() {
      return "share of the burden below " + complementPercent(tolerance) + "% of the share of benefit";
    }
  }

  private static void checkTolerance(String field, BigDecimal tolerance) {
    Objects.requireNonNull(tolerance, "tolerance");
    Checks.check(tolerance.signum() >= 0 && tolerance.compareTo(BigDecimal.ONE) < 0, field, tolerance, "must be at least 0 and below 1");
  }

  private static String complementPercent(BigDecimal tolerance) {
    return BigDecimal.ONE.subtract(tolerance).movePointRight(2).stripTrailingZeros().toPlainString();
  }
}
