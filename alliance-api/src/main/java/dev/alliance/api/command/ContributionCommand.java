package dev.alliance.api.command;

import dev.alliance.api.Checks;
import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.contribution.CommitmentId;
import dev.alliance.api.contribution.ContributionKind;
import dev.alliance.api.contribution.Valuation;
import dev.alliance.api.partner.PartnerId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Commands about partners' contributions: commit, deliver, and assess the arrears of commitments
 * whose due date has passed. The contribution engine ({@code dev.alliance.core.contribution})
 * decides them; who may commit and when arrears arise is documented in {@code
 * docs/contributions.md}.
 *
 * <pre>{@code
 * new CommitContribution(nato, CommitmentId.of("NSIP-2024-POL"), PartnerId.of("POL"),
 *     ContributionKind.CAPITAL, "NSIP share 2024", Valuation.of("120000000", "EUR"),
 *     LocalDate.of(2024, 12, 31), LocalDate.of(2024, 1, 15));
 * }</pre>
 */
public sealed interface ContributionCommand extends AllianceCommand {

  /**
   * A partner commits to contribute.
   *
   * @param alliance the alliance
   * @param commitment the new commitment's identity; unique in the alliance's stream
   * @param partner who commits
   * @param kind what is contributed
   * @param description what exactly, in words; not blank
   * @param amount how much; more than zero
   * @param dueOn the day by which it is to be delivered in full; not before {@code on}
   * @param on the day the commitment is made
   */
  record CommitContribution(
      AllianceId alliance,
      CommitmentId commitment,
      PartnerId partner,
      ContributionKind kind,
      String description,
      Valuation amount,
      LocalDate dueOn,
      LocalDate on)
      implements ContributionCommand {
    /** Validates the command. */
    public CommitContribution {
      Objects.requireNonNull(alliance, "alliance");
      Objects.requireNonNull(commitment, "commitment");
      Objects.requireNonNull(partner, "partner");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(dueOn, "dueOn");
      Objects.requireNonNull(on, "on");
      Checks.notBlank("CommitContribution.description", description);
      Checks.check(amount.amount().signum() > 0, "CommitContribution.amount", amount, "must be more than zero");
      Checks.check(!dueOn.isBefore(on), "CommitContribution.dueOn", dueOn, "must not be before the day of the commitment " + on);
    }
  }

  /**
   * The partner who made a commitment delivers (part of) it.
   *
   * @param alliance the alliance
   * @param commitment the commitment delivered against
   * @param amount how much; more than zero
   * @param on the day of the delivery
   */
  record DeliverContribution(AllianceId alliance, CommitmentId commitment, Valuation amount, LocalDate on)
      implements ContributionCommand {
    /** Validates the command. */
    public DeliverContribution {
      Objects.requireNonNull(alliance, "alliance");
      Objects.requireNonNull(commitment, "commitment");
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(on, "on");
      Checks.check(amount.amount().signum() > 0, "DeliverContribution.amount", amount, "must be more than zero");
    }
  }

  /**
   * Record, as of a day, every commitment whose due date has passed with part of it undelivered
   * and that is not yet recorded as missed. The engine has no timers: a due date passing becomes an
   * event when someone assesses it.
   *
   * @param alliance the alliance
   * @param on the day of the assessment
   */
  record AssessArrears(AllianceId alliance, LocalDate on) implements ContributionCommand {
    /** Validates the command. */
    public AssessArrears {
      Objects.requireNonNull(alliance, "alliance");
      Objects.requireNonNull(on, "on");
    }
  }
}
