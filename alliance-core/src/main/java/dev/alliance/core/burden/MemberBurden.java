package dev.alliance.core.burden;

import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.exact.Rational;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One member's line of a {@link BurdenReport}. Shares are of the alliance's totals and are present
 * only when every member's amounts are known (a share of a partial total would mislead).
 *
 * @param member the member
 * @param ratio its burden over its capacity
 * @param burdenShare its share of the alliance's burden
 * @param capacityShare its share of the alliance's capacity
 * @param benefitShare its share of the alliance's benefit
 * @param gapToTarget its ratio minus the target's (negative when below), when there is a target
 * @param shortfall what it would have to add to reach the target, in the burden's unit, when there
 *     is a target and its capacity is known; zero when it meets the target
 * @param flags the free-rider rules it fell foul of
 */
public record MemberBurden(
    PartnerId member,
    Rational ratio,
    Optional<Rational> burdenShare,
    Optional<Rational> capacityShare,
    Optional<Rational> benefitShare,
    Optional<Rational> gapToTarget,
    Optional<BigDecimal> shortfall,
    List<FreeRiderFlag> flags) {

  /** Copies the flags. */
  public MemberBurden {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(ratio, "ratio");
    Objects.requireNonNull(burdenShare, "burdenShare");
    Objects.requireNonNull(capacityShare, "capacityShare");
    Objects.requireNonNull(benefitShare, "benefitShare");
    Objects.requireNonNull(gapToTarget, "gapToTarget");
    Objects.requireNonNull(shortfall, "shortfall");
    flags = List.copyOf(flags);
  }

  /** @return true when some free-rider rule flags the member */
  public boolean isFlagged() {
    return !flags.isEmpty();
  }

  /** @return true when there is a target and the member reaches it */
  public boolean meetsTarget() {
    return gapToTarget.map(gap -> gap.signum() >= 0).orElse(false);
  }

  /**
   * @return its burden share over its capacity share: above 1 it bears more than its size, below
   *     1 less; present when both shares are
   */
  public Optional<Rational> burdenToCapacityShares() {
    if (burdenShare.isEmpty() || capacityShare.isEmpty() || capacityShare.get().signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(burdenShare.get().dividedBy(capacityShare.get()));
  }
}
