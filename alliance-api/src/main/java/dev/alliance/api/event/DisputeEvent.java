package dev.alliance.api.event;

import dev.alliance.api.Checks;
import dev.alliance.api.agreement.DisputeResolutionClause;
import dev.alliance.api.agreement.DisputeStage;
import dev.alliance.api.agreement.UnresolvedConsequence;
import dev.alliance.api.dispute.DisputeId;
import dev.alliance.api.dispute.Respondent;
import dev.alliance.api.partner.PartnerId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The events of a dispute among members: raised at a stage of the escalation ladder, escalated up
 * the ladder, and ended by settlement, by a binding decision, by withdrawal, or unresolved at the
 * last stage with the consequence the clause names. Which event may follow which, and when, is
 * decided by the dispute table ({@code docs/disputes.md}), not here: the records check their own
 * data, the table checks the process (a stage on the ladder, climbing in order, a binding stage
 * for a decision).
 *
 * <p>{@link DisputeRaised} records the dispute-resolution clause in force when the dispute was
 * raised: the dispute climbs that ladder to its end, even if the agreement is amended meanwhile,
 * and the stream alone says what each stage's time limit was.
 */
public sealed interface DisputeEvent extends AllianceEvent {

  /** @return the dispute the event concerns */
  DisputeId dispute();

  /**
   * A member raised a dispute against another member or against a decision of the alliance.
   *
   * @param dispute the dispute's identity, new in the stream
   * @param complainant the member raising it
   * @param respondent the member or decision complained against
   * @param subject what the dispute is about; not blank
   * @param clause the dispute-resolution clause in force, whose ladder the dispute climbs
   * @param stage the stage it starts at: a rung of the ladder
   * @param on the day it was raised
   */
  record DisputeRaised(
      DisputeId dispute,
      PartnerId complainant,
      Respondent respondent,
      String subject,
      DisputeResolutionClause clause,
      DisputeStage stage,
      LocalDate on)
      implements DisputeEvent {
    /** Validates the event. */
    public DisputeRaised {
      Objects.requireNonNull(dispute, "dispute");
      Objects.requireNonNull(complainant, "complainant");
      Objects.requireNonNull(respondent, "respondent");
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(clause, "clause");
      Objects.requireNonNull(stage, "stage");
      Objects.requireNonNull(on, "on");
      Checks.notBlank("DisputeRaised.subject", subject);
    }
  }

  /**
   * A party to the dispute took it up the ladder.
   *
   * @param dispute the dispute
   * @param by the party that escalated it
   * @param from the stage it left
   * @param to the stage it entered
   * @param byAgreement true when both parties agreed to escalate before the stage's time limit ran out
   * @param reason why, in words (the stage failed, the ruling is appealed, ...); not blank
   * @param on the day it was escalated
   */
  record DisputeEscalated(
      DisputeId dispute, PartnerId by, DisputeStage from, DisputeStage to, boolean byAgreement, String reason, LocalDate on)
      implements DisputeEvent {
    /** Validates the event. */
    public DisputeEscalated {
      Objects.requireNonNull(dispute, "dispute");
      Objects.requireNonNull(by, "by");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(on, "on");
      Checks.notBlank("DisputeEscalated.reason", reason);
    }
  }

  /**
   * The parties settled the dispute on agreed terms.
   *
   * @param dispute the dispute
   * @param terms what they agreed; not blank
   * @param on the day of the settlement
   */
  record DisputeSettled(DisputeId dispute, String terms, LocalDate on) implements DisputeEvent {
    /** Validates the event. */
    public DisputeSettled {
      Objects.requireNonNull(dispute, "dispute");
      Objects.requireNonNull(terms, "terms");
      Objects.requireNonNull(on, "on");
      Checks.notBlank("DisputeSettled.terms", terms);
    }
  }

  /**
   * A binding stage decided the dispute; the decision binds the parties.
   *
   * @param dispute the dispute
   * @param stage the stage that decided: arbitration or court
   * @param ruling what was decided; not blank
   * @param prevailing the party the decision favours, when it favours one
   * @param on the day of the decision
   */
  record DisputeDecided(DisputeId dispute, DisputeStage stage, String ruling, Optional<PartnerId> prevailing, LocalDate on)
      implements DisputeEvent {
    /** Validates the event. */
    public DisputeDecided {
      Objects.requireNonNull(dispute, "dispute");
      Objects.requireNonNull(stage, "stage");
      Objects.requireNonNull(ruling, "ruling");
      Objects.requireNonNull(prevailing, "prevailing");
      Objects.requireNonNull(on, "on");
      Checks.notBlank("DisputeDecided.ruling", ruling);
    }
  }

  /**
   * The complainant withdrew the dispute.
   *
   * @param dispute the dispute
   * @param by the complainant
   * @param reason why; not blank
   * @param on the day it was withdrawn
   */
  record DisputeWithdrawn(DisputeId dispute, PartnerId by, String reason, LocalDate on) implements DisputeEvent {
    /** Validates the event. */
    public DisputeWithdrawn {
      Objects.requireNonNull(dispute, "dispute");
      Objects.requireNonNull(by, "by");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(on, "on");
      Checks.notBlank("DisputeWithdrawn.reason", reason);
    }
  }

  /**
   * The last stage's time limit ran out without an end: the dispute is unresolved, and the
   * consequence the clause names follows.
   *
   * @param dispute the dispute
   * @param stage the last stage of its ladder
   * @param consequence what the clause says follows
   * @param on the day it was recorded unresolved: on or after the last stage's deadline
   */
  record DisputeUnresolved(DisputeId dispute, DisputeStage stage, UnresolvedConsequence consequence, LocalDate on)
      implements DisputeEvent {
    /** Validates the event. */
    public DisputeUnresolved {
      Objects.requireNonNull(dispute, "dispute");
      Objects.requireNonNull(stage, "stage");
      Objects.requireNonNull(consequence, "consequence");
      Objects.requireNonNull(on, "on");
    }
  }
}
