package dev.alliance.core.costsharing;

import dev.alliance.api.partner.PartnerId;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One member's part of an {@link Allocation}, with why it is what it is.
 *
 * <p>The exact unrounded amount is {@link Allocation#quotaOf(PartnerId)}, computed on demand.
 *
 * @param member the member
 * @param amount what it pays, in the total's minor unit
 * @param binding whether a floor or ceiling set the amount
 * @param roundedUp true when rounding gave it one minor unit above its rounded-down quota
 */
public record Share(PartnerId member, BigDecimal amount, Binding binding, boolean roundedUp) {
  /** Checks for nulls. */
  public Share {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(binding, "binding");
  }
}
