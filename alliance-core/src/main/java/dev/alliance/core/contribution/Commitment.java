package dev.alliance.core.contribution;

import dev.alliance.api.DateRange;
import dev.alliance.api.contribution.CommitmentId;
import dev.alliance.api.contribution.Contribution;
import dev.alliance.api.contribution.ContributionKind;
import dev.alliance.api.contribution.ContributionStatus;
import dev.alliance.api.contribution.Valuation;
import dev.alliance.api.partner.PartnerId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One commitment as a ledger sees it after folding its events: what was promised, by when, and
 * what has been delivered so far.
 *
 * <p>A commitment is <em>in arrears</em> on a day when that day is after its due date and part of
 * it is still undelivered; the due date itself is the last day on which delivery is on time.
 *
 * @param id the commitment's identity
 * @param partner who committed
 * @param kind what is contributed
 * @param description what exactly, in words
 * @param amount how much was committed
 * @param madeOn the day the commitment was made
 * @param dueOn the last day for delivery on time
 * @param delivered how much has been delivered so far, in the commitment's unit
 * @param missedOn the day its arrears were recorded, once they were
 * @param fulfilledOn the day of the delivery that completed it, once it is complete
 */
public record Commitment(
    CommitmentId id,
    PartnerId partner,
    ContributionKind kind,
    String description,
    Valuation amount,
    LocalDate madeOn,
    LocalDate dueOn,
    Valuation delivered,
    Optional<LocalDate> missedOn,
    Optional<LocalDate> fulfilledOn) {

  /** Checks for nulls. */
  public Commitment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(madeOn, "madeOn");
    Objects.requireNonNull(dueOn, "dueOn");
    Objects.requireNonNull(delivered, "delivered");
    Objects.requireNonNull(missedOn, "missedOn");
    Objects.requireNonNull(fulfilledOn, "fulfilledOn");
  }

  /** @return the unit the commitment is valued in */
  public String unit() {
    return amount.unit();
  }

  /** @return what is still to be delivered; zero once fulfilled */
  public Valuation outstanding() {
    return amount.minus(delivered);
  }

  /** @return true once delivered in full */
  public boolean isFulfilled() {
    return fulfilledOn.isPresent();
  }

  /**
   * @param day a day
   * @return true when the day is after the due date and part of the commitment is undelivered
   */
  public boolean isInArrearsOn(LocalDate day) {
    return day.isAfter(dueOn) && !isFulfilled();
  }

  /**
   * @param day a day, not before the last event folded into the ledger
   * @return where the commitment stands on that day
   */
  public CommitmentStatus statusOn(LocalDate day) {
    if (fulfilledOn.isPresent()) {
      return fulfilledOn.get().isAfter(dueOn) ? CommitmentStatus.FULFILLED_LATE : CommitmentStatus.FULFILLED_ON_TIME;
    }
    return isInArrearsOn(day) ? CommitmentStatus.IN_ARREARS : CommitmentStatus.OPEN;
  }

  /**
   * The commitment as api contributions, for consumers such as weighted voting by delivered
   * contributions: a {@link ContributionStatus#DELIVERED delivered} contribution for what has been
   * delivered and a {@link ContributionStatus#COMMITTED committed} one for what is outstanding,
   * each present only when more than zero, both covering the days from the commitment to its due
   * date.
   *
   * @return one or two contributions
   */
  public List<Contribution> toContributions() {
    List<Contribution> parts = new ArrayList<>(2);
    DateRange period = DateRange.of(madeOn, dueOn);
    if (delivered.amount().signum() > 0) {
      parts.add(contribution(delivered, ContributionStatus.DELIVERED, period));
    }
    if (outstanding().amount().signum() > 0) {
      parts.add(contribution(outstanding(), ContributionStatus.COMMITTED, period));
    }
    return List.copyOf(parts);
  }

  private Contribution contribution(Valuation valuation, ContributionStatus status, DateRange period) {
    return Contribution.builder()
        .contributor(partner)
        .kind(kind)
        .description(description)
        .valuation(valuation)
        .status(status)
        .period(period)
        .build();
  }
}
