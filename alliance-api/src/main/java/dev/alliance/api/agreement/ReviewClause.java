package dev.alliance.api.agreement;

import dev.alliance.api.Checks;
import java.time.Period;
import java.util.Objects;

/**
 * The review clause: how often the parties formally review and renew the agreement.
 *
 * @param interval the time between reviews; positive
 */
public record ReviewClause(Period interval) {
  /** Validates the clause. */
  public ReviewClause {
    Objects.requireNonNull(interval, "interval");
    Checks.check(!interval.isNegative() && !interval.isZero(), "ReviewClause.interval", interval, "must be positive");
  }
}
