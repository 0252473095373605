package dev.alliance.core.costsharing;

import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.exact.Rational;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One member's part of an {@link Allocation}, with why it is what it is.
 *
 * @param member the member
 * @param amount what it pays, in the total's minor unit
 * @param quota what it would pay without rounding, exactly: its floor or ceiling when {@code
 *     binding} is one, otherwise its share of what the unbounded members split
 * @param binding whether a floor or ceiling set the amount
 * @param roundedUp true when rounding gave it one minor unit above its rounded-down quota
 */
public record Share(PartnerId member, BigDecimal amount, Rational quota, Binding binding, boolean roundedUp) {
  /** Checks for nulls. */
  public Share {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(quota, "quota");
    Objects.requireNonNull(binding, "binding");
  }
}
