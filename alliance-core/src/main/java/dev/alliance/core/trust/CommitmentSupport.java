package dev.alliance.core.trust;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How large a commitment trust supports, and why.
 *
 * @param affordableLoss what the observer can afford to lose
 * @param assurance the evidence-backed trust the size rests on
 * @param supported the largest commitment supported
 * @param reason how it was reached
 */
public record CommitmentSupport(BigDecimal affordableLoss, double assurance, BigDecimal supported, String reason) {
  /** Checks for nulls. */
  public CommitmentSupport {
    Objects.requireNonNull(affordableLoss, "affordableLoss");
    Objects.requireNonNull(supported, "supported");
    Objects.requireNonNull(reason, "reason");
  }
}
