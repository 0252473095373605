package dev.alliance.core.contribution;

import dev.alliance.api.Checks;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.exact.Rational;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * How well a partner, or the whole alliance, has kept its commitments in one unit, as of a day:
 * amounts committed, delivered and in arrears, and how many commitments ended how.
 *
 * <pre>{@code
 * Fulfillment f = ledger.fulfillment(PartnerId.of("POL"), "EUR", LocalDate.of(2025, 1, 31)).orElseThrow();
 * f.ratio();        // 3/4: three quarters of what was committed has been delivered
 * f.inArrears();    // 30000000: due and not delivered
 * }</pre>
 *
 * @param partner the partner, or empty for the whole alliance
 * @param unit the valuation unit
 * @param asOf the day the figures are for
 * @param committed the sum of the commitments; more than zero
 * @param delivered the sum delivered against them
 * @param inArrears the undelivered part of the commitments whose due date had passed on {@code asOf}
 * @param commitments how many commitments
 * @param fulfilledOnTime how many were delivered in full by their due date
 * @param fulfilledLate how many were delivered in full after their due date
 * @param overdue how many were in arrears on {@code asOf}
 */
public record Fulfillment(
    Optional<PartnerId> partner,
    String unit,
    LocalDate asOf,
    BigDecimal committed,
    BigDecimal delivered,
    BigDecimal inArrears,
    int commitments,
    int fulfilledOnTime,
    int fulfilledLate,
    int overdue) {

  /** Validates the figures against each other. */
  public Fulfillment {
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(committed, "committed");
    Objects.requireNonNull(delivered, "delivered");
    Objects.requireNonNull(inArrears, "inArrears");
    Checks.check(committed.signum() > 0, "Fulfillment.committed", committed, "must be more than zero");
    Checks.check(
        delivered.signum() >= 0 && delivered.compareTo(committed) <= 0,
        "Fulfillment.delivered",
        delivered,
        "must lie between 0 and the committed " + committed.toPlainString());
    Checks.check(
        inArrears.signum() >= 0 && inArrears.compareTo(committed.subtract(delivered)) <= 0,
        "Fulfillment.inArrears",
        inArrears,
        "must lie between 0 and the outstanding " + committed.subtract(delivered).toPlainString());
    Checks.check(
        fulfilledOnTime >= 0 && fulfilledLate >= 0 && overdue >= 0 && fulfilledOnTime + fulfilledLate + overdue <= commitments,
        "Fulfillment.commitments",
        commitments,
        "must be at least the fulfilled and overdue ones, " + (fulfilledOnTime + fulfilledLate + overdue));
  }

  /** @return what is still to be delivered, due or not */
  public BigDecimal outstanding() {
    return committed.subtract(delivered);
  }

  /** @return the fulfillment ratio: delivered over committed, exactly, from 0 to 1 */
  public Rational ratio() {
    return Rational.of(delivered).dividedBy(Rational.of(committed));
  }

  /**
   * @return how many commitments are settled or late: fulfilled (whenever due), or in arrears;
   *     the others are open and not yet due
   */
  public int due() {
    return fulfilledOnTime + fulfilledLate + overdue;
  }

  /**
   * @return the share of {@link #due()} commitments that were delivered in full on time; empty
   *     when none is due
   */
  public Optional<Rational> onTimeRate() {
    return due() == 0 ? Optional.empty() : Optional.of(Rational.of(fulfilledOnTime, due()));
  }

  /**
   * Adds another partner's figures in the same unit on the same day, for the alliance's totals.
   *
   * @param other figures in the same unit and on the same day
   * @return the sum, for the whole alliance
   */
  public Fulfillment plus(Fulfillment other) {
    Checks.check(
        unit.equals(other.unit) && asOf.equals(other.asOf),
        "Fulfillment.unit",
        other.unit + " on " + other.asOf,
        "must be " + unit + " on " + asOf + " to be added");
    return new Fulfillment(
        Optional.empty(),
        unit,
        asOf,
        committed.add(other.committed),
        delivered.add(other.delivered),
        inArrears.add(other.inArrears),
        commitments + other.commitments,
        fulfilledOnTime + other.fulfilledOnTime,
        fulfilledLate + other.fulfilledLate,
        overdue + other.overdue);
  }
}
