package dev.alliance.api.typology;

import dev.alliance.api.Checks;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Optional;

/**
 * Whether the parties of an alliance are of comparable strength: derived from a capability
 * measure of each party (GDP, defense spending, a capability index), never stored.
 *
 * <h2>The threshold</h2>
 *
 * An alliance is {@link #SYMMETRIC} when its strongest party's capability is at most {@link
 * #DEFAULT_MAX_RATIO} (two) times its weakest party's, and {@link #ASYMMETRIC} otherwise. The
 * ratio of the extremes, rather than a concentration index, is used because the question the
 * typology asks is whether one partner can dominate another; a factor of two is the conventional
 * line between a partnership of peers and one of a patron and a client. Callers who need another
 * line pass their own ratio to {@link #classify(Collection, BigDecimal)}.
 *
 * <pre>{@code
 * PowerSymmetry.classify(List.of(new BigDecimal("100"), new BigDecimal("60"))); // SYMMETRIC
 * PowerSymmetry.classify(List.of(new BigDecimal("100"), new BigDecimal("10"))); // ASYMMETRIC
 * }</pre>
 */
public enum PowerSymmetry {
  /** Parties of comparable strength. */
  SYMMETRIC,
  /** One party much stronger than another. */
  ASYMMETRIC;

  /** The default largest ratio of strongest to weakest capability for a symmetric alliance. */
  public static final BigDecimal DEFAULT_MAX_RATIO = BigDecimal.valueOf(2);

  /**
   * Classifies capabilities with the {@linkplain #DEFAULT_MAX_RATIO default threshold}.
   *
   * @param capabilities one non-negative capability figure per party
   * @return the classification, or empty for fewer than two parties
   */
  public static Optional<PowerSymmetry> classify(Collection<BigDecimal> capabilities) {
    return classify(capabilities, DEFAULT_MAX_RATIO);
  }

  /**
   * Classifies capabilities against a chosen threshold.
   *
   * @param capabilities one non-negative capability figure per party
   * @param maxRatio the largest ratio of strongest to weakest that still counts as symmetric; at
   *     least 1
   * @return the classification, or empty for fewer than two parties
   */
  public static Optional<PowerSymmetry> classify(
      Collection<BigDecimal> capabilities, BigDecimal maxRatio) {
    Checks.check(maxRatio.compareTo(BigDecimal.ONE) >= 0, "PowerSymmetry.maxRatio", maxRatio, "must be at least 1");
    if (capabilities.size() < 2) {
      return Optional.empty();
    }
    BigDecimal min = null;
    BigDecimal max = null;
    for (BigDecimal capability : capabilities) {
      Checks.nonNegative("PowerSymmetry.capabilities", capability);
      min = min == null || capability.compareTo(min) < 0 ? capability : min;
      max = max == null || capability.compareTo(max) > 0 ? capability : max;
    }
    // max <= ratio * min, written without division so that a zero minimum needs no special case.
    boolean symmetric = max.compareTo(maxRatio.multiply(min)) <= 0;
    return Optional.of(symmetric ? SYMMETRIC : ASYMMETRIC);
  }
}
