package dev.alliance.api.event;

import dev.alliance.api.Checks;
import dev.alliance.api.contribution.CommitmentId;
import dev.alliance.api.contribution.ContributionKind;
import dev.alliance.api.contribution.Valuation;
import dev.alliance.api.partner.PartnerId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The events of partners' contributions: a commitment made (what, how much, due when), deliveries
 * against it, the commitment missed at its due date, and the commitment fulfilled (on time or
 * late). These are the facts from which a ledger derives arrears and fulfillment ratios, and from
 * which trust can be derived: every commitment ends either fulfilled on time, or missed and then
 * possibly fulfilled late.
 *
 * <p>Who may commit and when a commitment is in arrears is decided by the contribution engine
 * ({@code dev.alliance.core.contribution}), not here; see {@code docs/contributions.md}.
 */
public sealed interface ContributionEvent extends AllianceEvent {

  /** @return the commitment the event concerns */
  CommitmentId commitment();

  /** @return the partner who made the commitment */
  PartnerId partner();

  /**
   * A partner committed to contribute.
   *
   * @param commitment the commitment's identity, unique in the stream
   * @param partner who commits
   * @param kind what is contributed
   * @param description what exactly, in words; not blank
   * @param amount how much; more than zero
   * @param dueOn the day by which it is to be delivered in full; not before {@code on}
   * @param on the day the commitment was made
   */
  record CommitmentMade(
      CommitmentId commitment,
      PartnerId partner,
      ContributionKind kind,
      String description,
      Valuation amount,
      LocalDate dueOn,
      LocalDate on)
      implements ContributionEvent {
    /** Validates the event. */
    public CommitmentMade {
      Objects.requireNonNull(commitment, "commitment");
      Objects.requireNonNull(partner, "partner");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(dueOn, "dueOn");
      Objects.requireNonNull(on, "on");
      Checks.notBlank("CommitmentMade.description", description);
      Checks.check(amount.amount().signum() > 0, "CommitmentMade.amount", amount, "must be more than zero");
      Checks.check(!dueOn.isBefore(on), "CommitmentMade.dueOn", dueOn, "must not be before the day of the commitment " + on);
    }
  }

  /**
   * A partner delivered (part of) what it committed.
   *
   * @param commitment the commitment delivered against
   * @param partner the partner who made it
   * @param amount how much was delivered; more than zero, in the commitment's unit
   * @param on the day of the delivery
   */
  record ContributionDelivered(CommitmentId commitment, PartnerId partner, Valuation amount, LocalDate on)
      implements ContributionEvent {
    /** Validates the event. */
    public ContributionDelivered {
      Objects.requireNonNull(commitment, "commitment");
      Objects.requireNonNull(partner, "partner");
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(on, "on");
      Checks.check(amount.amount().signum() > 0, "ContributionDelivered.amount", amount, "must be more than zero");
    }
  }

  /**
   * A commitment's due date passed with part of it undelivered: from its due date on, the partner
   * is in arrears by the shortfall. Recorded when the arrears are assessed, on a day after the due
   * date.
   *
   * @param commitment the commitment
   * @param partner the partner who made it
   * @param dueOn the day it was due
   * @param shortfall what was still undelivered at the end of the due date; more than zero
   * @param on the day the arrears were assessed; after {@code dueOn}
   */
  record CommitmentMissed(CommitmentId commitment, PartnerId partner, LocalDate dueOn, Valuation shortfall, LocalDate on)
      implements ContributionEvent {
    /** Validates the event. */
    public CommitmentMissed {
      Objects.requireNonNull(commitment, "commitment");
      Objects.requireNonNull(partner, "partner");
      Objects.requireNonNull(dueOn, "dueOn");
      Objects.requireNonNull(shortfall, "shortfall");
      Objects.requireNonNull(on, "on");
      Checks.check(shortfall.amount().signum() > 0, "CommitmentMissed.shortfall", shortfall, "must be more than zero");
      Checks.check(on.isAfter(dueOn), "CommitmentMissed.on", on, "must be after the due date " + dueOn);
    }
  }

  /**
   * A commitment was delivered in full. The engine records this itself, right after the delivery
   * that completed it.
   *
   * @param commitment the commitment
   * @param partner the partner who made it
   * @param dueOn the day it was due
   * @param late true when it was completed after its due date; must agree with the two days
   * @param on the day of the completing delivery
   */
  record CommitmentFulfilled(CommitmentId commitment, PartnerId partner, LocalDate dueOn, boolean late, LocalDate on)
      implements ContributionEvent {
    /** Validates the event. */
    public CommitmentFulfilled {
      Objects.requireNonNull(commitment, "commitment");
      Objects.requireNonNull(partner, "partner");
      Objects.requireNonNull(dueOn, "dueOn");
      Objects.requireNonNull(on, "on");
      Checks.check(
          late == on.isAfter(dueOn),
          "CommitmentFulfilled.late",
          late,
          "must be " + on.isAfter(dueOn) + ": fulfilled on " + on + ", due " + dueOn);
    }
  }
}
