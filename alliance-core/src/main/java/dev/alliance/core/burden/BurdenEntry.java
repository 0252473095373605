package dev.alliance.core.burden;

import dev.alliance.api.Checks;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.exact.Rational;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * What one member bears and can bear: its burden (defence spending, dues paid) and its capacity
 * (GDP, GNI) in the same unit, or, when only that is published, the ratio of the two; and, when
 * known, the benefit it draws.
 *
 * <pre>{@code
 * BurdenEntry.of(PartnerId.of("POL"), new BigDecimal("34975"), new BigDecimal("848900")); // amounts
 * BurdenEntry.ofRatio(PartnerId.of("POL"), new BigDecimal("0.0412"));                     // 4.12% of GDP
 * }</pre>
 *
 * @param member the member
 * @param burden what it bears; present exactly when {@code capacity} is
 * @param capacity what it could bear, such as its GDP; more than zero
 * @param givenRatio burden over capacity, when only the ratio is known; present exactly when the
 *     amounts are not
 * @param benefit what it draws from the alliance, when known; not negative
 */
public record BurdenEntry(
    PartnerId member,
    Optional<BigDecimal> burden,
    Optional<BigDecimal> capacity,
    Optional<BigDecimal> givenRatio,
    Optional<BigDecimal> benefit) {

  /** Validates the entry. */
  public BurdenEntry {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(burden, "burden");
    Objects.requireNonNull(capacity, "capacity");
    Objects.requireNonNull(givenRatio, "givenRatio");
    Objects.requireNonNull(benefit, "benefit");
    Checks.check(
        burden.isPresent() == capacity.isPresent() && burden.isPresent() != givenRatio.isPresent(),
        "BurdenEntry.givenRatio",
        member,
        "give either the burden and the capacity, or only their ratio");
    burden.ifPresent(b -> Checks.nonNegative("BurdenEntry.burden", b));
    capacity.ifPresent(c -> Checks.check(c.signum() > 0, "BurdenEntry.capacity", c, "must be more than zero"));
    givenRatio.ifPresent(r -> Checks.nonNegative("BurdenEntry.givenRatio", r));
    benefit.ifPresent(b -> Checks.nonNegative("BurdenEntry.benefit", b));
  }

  /**
   * @param member the member
   * @param burden what it bears
   * @param capacity what it could bear, in the same unit
   * @return the entry
   */
  public static BurdenEntry of(PartnerId member, BigDecimal burden, BigDecimal capacity) {
    return new BurdenEntry(member, Optional.of(burden), Optional.of(capacity), Optional.empty(), Optional.empty());
  }

  /**
   * @param member the member
   * @param ratio its burden over its capacity, such as {@code 0.0412} for 4.12% of GDP
   * @return the entry
   */
  public static BurdenEntry ofRatio(PartnerId member, BigDecimal ratio) {
    return new BurdenEntry(member, Optional.empty(), Optional.empty(), Optional.of(ratio), Optional.empty());
  }

  /**
   * @param benefit what the member draws from the alliance
   * @return a copy with the benefit
   */
  public BurdenEntry withBenefit(BigDecimal benefit) {
    return new BurdenEntry(member, burden, capacity, givenRatio, Optional.of(benefit));
  }

  /** @return true when the burden and capacity amounts are known, not only their ratio */
  public boolean hasAmounts() {
    return burden.isPresent();
  }

  /** @return burden over capacity, exactly */
  public Rational ratio() {
    return givenRatio.map(Rational::of).orElseGet(() -> Rational.of(burden.get()).dividedBy(Rational.of(capacity.get())));
  }
}
