package dev.alliance.core.dispute;

import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.command.AllianceCommand;
import dev.alliance.api.command.DisputeCommand;
import dev.alliance.api.command.LifecycleCommand;
import dev.alliance.api.command.MembershipCommand;
import dev.alliance.api.dispute.DisputeId;
import dev.alliance.api.governance.DecisionReference;
import dev.alliance.api.partner.PartnerId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a dispute left unresolved lets the alliance do, by the consequence its clause names. The
 * remedy is data: the lifecycle acts on it only when someone issues the command it names ({@link
 * #command}), so that a governance gate or the members themselves stay in charge. The command
 * cites the dispute as its authority ({@link #authority}).
 *
 * <ul>
 *   <li>{@code SUSPENSION} against a member: {@link SuspendRespondent}, the lifecycle's {@code
 *       SuspendMember};
 *   <li>{@code SUSPENSION} against a decision: {@link SuspendDecision}, the contested decision's
 *       application is suspended; the lifecycle has no command for it, so it stays data;
 *   <li>{@code RIGHT_TO_EXIT}: {@link ExitWithoutNotice}, the complainant may give notice that
 *       takes effect at once ({@code DisputeCommand.ExitWithoutNotice});
 *   <li>{@code DISSOLUTION}: {@link Dissolve}, the lifecycle's {@code DecideDissolution};
 *   <li>{@code STATUS_QUO}: no remedy.
 * </ul>
 */
public sealed interface Remedy permits Remedy.SuspendRespondent, Remedy.SuspendDecision, Remedy.ExitWithoutNotice, Remedy.Dissolve {

  /** @return the unresolved dispute the remedy follows from */
  DisputeId dispute();

  /**
   * @param alliance the alliance
   * @param on the day to act
   * @return the command that acts on the remedy; empty when the lifecycle has none
   */
  Optional<AllianceCommand> command(AllianceId alliance, LocalDate on);

  /** @return the decision reference the remedy's command cites: the dispute and its consequence */
  default DecisionReference authority() {
    return DecisionReference.of("dispute " + dispute() + " unresolved: " + getClass().getSimpleName() + " under the dispute-resolution clause");
  }

  /**
   * The member complained against may be suspended.
   *
   * @param dispute the dispute
   * @param respondent the member complained against
   */
  record SuspendRespondent(DisputeId dispute, PartnerId respondent) implements Remedy {
    /** Checks for nulls. */
    public SuspendRespondent {
      Objects.requireNonNull(dispute, "dispute");
      Objects.requireNonNull(respondent, "respondent");
    }

    @Override
    public Optional<AllianceCommand> command(AllianceId alliance, LocalDate on) {
      return Optional.of(
          new MembershipCommand.SuspendMember(alliance, respondent, "dispute " + dispute + " left unresolved", authority(), on));
    }
  }

  /**
   * The contested decision's application is suspended.
   *
   * @param dispute the dispute
   * @param decision the contested decision
   */
  record SuspendDecision(DisputeId dispute, DecisionReference decision) implements Remedy {
    /** Checks for nulls. */
    public SuspendDecision {
      Objects.requireNonNull(dispute, "dispute");
      Objects.requireNonNull(decision, "decision");
    }

    @Override
    public Optional<AllianceCommand> command(AllianceId alliance, LocalDate on) {
      return Optional.empty();
    }
  }

  /**
   * The complainant may leave without serving the exit clause's notice period.
   *
   * @param dispute the dispute
   * @param complainant the member granted the right
   */
  record ExitWithoutNotice(DisputeId dispute, PartnerId complainant) implements Remedy {
    /** Checks for nulls. */
    public ExitWithoutNotice {
      Objects.requireNonNull(dispute, "dispute");
      Objects.requireNonNull(complainant, "complainant");
    }

    @Override
    public Optional<AllianceCommand> command(AllianceId alliance, LocalDate on) {
      return Optional.of(new DisputeCommand.ExitWithoutNotice(alliance, dispute, complainant, on));
    }
  }

  /**
   * The alliance may be dissolved.
   *
   * @param dispute the dispute
   */
  record Dissolve(DisputeId dispute) implements Remedy {
    /** Checks for nulls. */
    public Dissolve {
      Objects.requireNonNull(dispute, "dispute");
    }

    @Override
    public Optional<AllianceCommand> command(AllianceId alliance, LocalDate on) {
      return Optional.of(new LifecycleCommand.DecideDissolution(alliance, "dispute " + dispute + " left unresolved", authority(), on));
    }
  }
}
