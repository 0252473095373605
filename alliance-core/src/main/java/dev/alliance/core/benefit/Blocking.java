package dev.alliance.core.benefit;

import dev.alliance.api.partner.PartnerId;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A coalition that would do better on its own than under an allocation: it would leave.
 *
 * @param coalition its members, in identity order
 * @param value what it secures on its own
 * @param allocated what the allocation gives its members together
 */
public record Blocking(SortedSet<PartnerId> coalition, BigDecimal value, BigDecimal allocated) {
  /** Copies the coalition. */
  public Blocking {
    coalition = Collections.unmodifiableSortedSet(new TreeSet<>(Objects.requireNonNull(coalition, "coalition")));
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(allocated, "allocated");
  }

  /** @return what it would gain by leaving: its value less what it is allocated; more than zero */
  public BigDecimal gain() {
    return value.subtract(allocated);
  }

  @Override
  public String toString() {
    return coalition + " would leave: on its own it secures " + value.toPlainString() + ", the allocation gives it "
        + allocated.toPlainString() + " (" + gain().toPlainString() + " less)";
  }
}
