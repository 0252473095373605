package dev.alliance.api.contribution;

import dev.alliance.api.Checks;
import dev.alliance.api.DateRange;
import dev.alliance.api.partner.PartnerId;
import org.immutables.value.Value;

/**
 * What one partner puts into an alliance over a period: its kind (which decides whether it is
 * tangible), a description, a valuation, and whether it is committed or delivered.
 *
 * <pre>{@code
 * Contribution funds = Contribution.builder()
 *     .contributor(PartnerId.of("INTC"))
 *     .kind(ContributionKind.CAPITAL)
 *     .description("annual dues")
 *     .valuation(Valuation.of("17000000", "USD"))
 *     .status(ContributionStatus.COMMITTED)
 *     .period(DateRange.of(LocalDate.of(1988, 1, 1), LocalDate.of(1988, 12, 31)))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Contribution implements WithContribution {
  Contribution() {}

  /** @return who contributes */
  public abstract PartnerId contributor();

  /** @return what is contributed */
  public abstract ContributionKind kind();

  /** @return what exactly is contributed, in words; not blank */
  public abstract String description();

  /** @return what it is worth */
  public abstract Valuation valuation();

  /** @return committed or delivered */
  public abstract ContributionStatus status();

  /** @return the period the contribution covers */
  public abstract DateRange period();

  /** @return true when the kind is tangible (capital, personnel, facilities, equipment) */
  public boolean isTangible() {
    return kind().isTangible();
  }

  /** @return true when delivered */
  public boolean isDelivered() {
    return status() == ContributionStatus.DELIVERED;
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Contribution}. */
  public static final class Builder extends ImmutableContribution.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank("Contribution.description", description());
  }
}
