package dev.alliance.api.command;

import dev.alliance.api.Checks;
import dev.alliance.api.agreement.DisputeStage;
import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.dispute.DisputeId;
import dev.alliance.api.dispute.Respondent;
import dev.alliance.api.partner.PartnerId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Commands that move a dispute up its escalation ladder and end it, and the one that acts on an
 * unresolved dispute's consequence: a complainant granted a right to exit leaving without notice.
 * Whether a command is allowed (ladder order, time limits, binding stages, who may act) is decided
 * by the dispute engine; see {@code docs/disputes.md}.
 */
public sealed interface DisputeCommand extends AllianceCommand {

  /** @return the dispute the command concerns */
  DisputeId dispute();

  /**
   * Raise a dispute.
   *
   * @param alliance the alliance
   * @param dispute the new dispute's identity
   * @param complainant the member raising it
   * @param respondent the member or decision complained against
   * @param subject what it is about; not blank
   * @param startAt the stage to start at; empty for the first rung of the ladder (a later rung
   *     only where the clause allows skipping)
   * @param on the day it is raised
   */
  record RaiseDispute(
      AllianceId alliance,
      DisputeId dispute,
      PartnerId complainant,
      Respondent respondent,
      String subject,
      Optional<DisputeStage> startAt,
      LocalDate on)
      implements DisputeCommand {
    /** Validates the command. */
    public RaiseDispute {
      Objects.requireNonNull(alliance, "alliance");
      Objects.requireNonNull(dispute, "dispute");
      Objects.requireNonNull(complainant, "complainant");
      Objects.requireNonNull(respondent, "respondent");
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(startAt, "startAt");
      Objects.requireNonNull(on, "on");
      Checks.notBlank("RaiseDispute.subject", subject);
    }

    /**
     * Raises a dispute at the first rung of the ladder.
     *
     * @param alliance the alliance
     * @param dispute the new dispute's identity
     * @param complainant the member raising it
     * @param respondent the member or decision complained against
     * @param subject what it is about
     * @param on the day it is raised
     */
    public RaiseDispute(
        AllianceId alliance, DisputeId dispute, PartnerId complainant, Respondent respondent, String subject, LocalDate on) {
      this(alliance, dispute, complainant, respondent, subject, Optional.empty(), on);
    }
  }

  /**
   * Take a dispute up the ladder.
   *
   * @param alliance the alliance
   * @param dispute the dispute
   * @param by the party escalating it
   * @param to the stage to enter
   * @param byAgreement true when both parties agree to escalate, which they may do before the
   *     current stage's time limit runs out
   * @param reason why; not blank
   * @param on the day
   */
  record EscalateDispute(
      AllianceId alliance, DisputeId dispute, PartnerId by, DisputeStage to, boolean byAgreement, String reason, LocalDate on)
      implements DisputeCommand {
    /** Validates the command. */
    public EscalateDispute {
      Objects.requireNonNull(alliance, "alliance");
      Objects.requireNonNull(dispute, "dispute");
      Objects.requireNonNull(by, "by");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(on, "on");
      Checks.notBlank("EscalateDispute.reason", reason);
    }
  }

  /**
   * Settle a dispute on agreed terms.
   *
   * @param alliance the alliance
   * @param dispute the dispute
   * @param terms what the parties agreed; not blank
   * @param on the day
   */
  record SettleDispute(AllianceId alliance, DisputeId dispute, String terms, LocalDate on) implements DisputeCommand {
    /** Validates the command. */
    public SettleDispute {
      Objects.requireNonNull(alliance, "alliance");
      Objects.requireNonNull(dispute, "dispute");
      Objects.requireNonNull(terms, "terms");
      Objects.requireNonNull(on, "on");
      Checks.notBlank("SettleDispute.terms", terms);
    }
  }

  /**
   * Record the binding decision of the stage the dispute is at.
   *
   * @param alliance the alliance
   * @param dispute the dispute
   * @param ruling what was decided; not blank
   * @param prevailing the party the decision favours, when it favours one
   * @param on the day
   */
  record DecideDispute(AllianceId alliance, DisputeId dispute, String ruling, Optional<PartnerId> prevailing, LocalDate on)
      implements DisputeCommand {
    /** Validates the command. */
    public DecideDispute {
      Objects.requireNonNull(alliance, "alliance");
      Objects.requireNonNull(dispute, "dispute");
      Objects.requireNonNull(ruling, "ruling");
      Objects.requireNonNull(prevailing, "prevailing");
      Objects.requireNonNull(on, "on");
      Checks.notBlank("DecideDispute.ruling", ruling);
    }
  }

  /**
   * The complainant withdraws the dispute.
   *
   * @param alliance the alliance
   * @param dispute the dispute
   * @param by the member withdrawing it: the complainant
   * @param reason why; not blank
   * @param on the day
   */
  record WithdrawDispute(AllianceId alliance, DisputeId dispute, PartnerId by, String reason, LocalDate on)
      implements DisputeCommand {
    /** Validates the command. */
    public WithdrawDispute {
      Objects.requireNonNull(alliance, "alliance");
      Objects.requireNonNull(dispute, "dispute");
      Objects.requireNonNull(by, "by");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(on, "on");
      Checks.notBlank("WithdrawDispute.reason", reason);
    }
  }

  /**
   * Record that the last stage's time ran out without an end; the clause's consequence follows.
   *
   * @param alliance the alliance
   * @param dispute the dispute
   * @param on the day: on or after the last stage's deadline
   */
  record DeclareUnresolved(AllianceId alliance, DisputeId dispute, LocalDate on) implements DisputeCommand {
    /** Validates the command. */
    public DeclareUnresolved {
      Objects.requireNonNull(alliance, "alliance");
      Objects.requireNonNull(dispute, "dispute");
      Objects.requireNonNull(on, "on");
    }
  }

  /**
   * The complainant of a dispute left unresolved under a clause that grants a right to exit gives
   * notice that takes effect the same day, instead of serving the exit clause's notice period.
   *
   * @param alliance the alliance
   * @param dispute the unresolved dispute that grants the right
   * @param partner the member leaving: the dispute's complainant
   * @param on the day notice is given, which is also the day the withdrawal may take effect
   */
  record ExitWithoutNotice(AllianceId alliance, DisputeId dispute, PartnerId partner, LocalDate on)
      implements DisputeCommand {
    /** Validates the command. */
    public ExitWithoutNotice {
      Objects.requireNonNull(alliance, "alliance");
      Objects.requireNonNull(dispute, "dispute");
      Objects.requireNonNull(partner, "partner");
      Objects.requireNonNull(on, "on");
    }
  }
}
