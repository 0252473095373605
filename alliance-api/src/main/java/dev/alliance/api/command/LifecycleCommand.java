package dev.alliance.api.command;

import dev.alliance.api.Checks;
import dev.alliance.api.agreement.Agreement;
import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.governance.DecisionReference;
import dev.alliance.api.objective.Objective;
import dev.alliance.api.objective.Scope;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.typology.Typology;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Commands that move an alliance through its own lifecycle. Commands that need a governance
 * decision carry the {@link DecisionReference} of the adopted decision; each such command has a
 * constructor that takes the reference directly.
 */
public sealed interface LifecycleCommand extends AllianceCommand {

  /**
   * Propose a new alliance: starts its stream.
   *
   * @param alliance the new alliance's identity
   * @param name its display name; not blank
   * @param typology the chosen dimensions of its typology
   * @param objectives its objectives; names unique
   * @param scope what it will and will not do
   * @param on the day of the proposal
   */
  record ProposeAlliance(
      AllianceId alliance, String name, Typology typology, List<Objective> objectives, Scope scope, LocalDate on)
      implements LifecycleCommand {
    /** Validates the command. */
    public ProposeAlliance {
      Objects.requireNonNull(alliance, "alliance");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(typology, "typology");
      objectives = List.copyOf(Objects.requireNonNull(objectives, "objectives"));
      Objects.requireNonNull(scope, "scope");
      Objects.requireNonNull(on, "on");
      Checks.notBlank("ProposeAlliance.name", name);
      Set<String> names = new HashSet<>();
      for (Objective objective : objectives) {
        Checks.check(
            names.add(objective.name()), "ProposeAlliance.objectives", objective.name(), "objective names must be unique");
      }
    }
  }

  /**
   * Open negotiations on the agreement.
   *
   * @param alliance the alliance
   * @param on the day negotiations open
   */
  record OpenNegotiations(AllianceId alliance, LocalDate on) implements LifecycleCommand {
    /** Validates the command. */
    public OpenNegotiations {
      Objects.requireNonNull(alliance, "alliance");
      Objects.requireNonNull(on, "on");
    }
  }

  /**
   * Sign the founding agreement: forms the alliance and makes the signatories members. When the
   * agreement has no signing date, the command's day becomes its signing date.
   *
   * @param alliance the alliance
   * @param agreement the agreement to sign
   * @param signatories the acceding partners who sign
   * @param on the day of signature
   */
  record SignAgreement(AllianceId alliance, Agreement agreement, Set<PartnerId> signatories, LocalDate on)
      implements LifecycleCommand {
    /** Validates the command and sorts the signatories. */
    public SignAgreement {
      Objects.requireNonNull(alliance, "alliance");
      Objects.requireNonNull(agreement, "agreement");
      signatories = Collections.unmodifiableSortedSet(new TreeSet<>(Objects.requireNonNull(signatories, "signatories")));
      Objects.requireNonNull(on, "on");
    }
  }

  /**
   * Give up forming the alliance.
   *
   * @param alliance the alliance
   * @param reason why; not blank
   * @param on the day
   */
  record AbandonFormation(AllianceId alliance, String reason, LocalDate on) implements LifecycleCommand {
    /** Validates the command. */
    public AbandonFormation {
      Objects.requireNonNull(alliance, "alliance");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(on, "on");
      Checks.notBlank("AbandonFormation.reason", reason);
    }
  }

  /**
   * Start operating a formed alliance.
   *
   * @param alliance the alliance
   * @param on the day operations start
   */
  record StartOperations(AllianceId alliance, LocalDate on) implements LifecycleCommand {
    /** Validates the command. */
    public StartOperations {
      Objects.requireNonNull(alliance, "alliance");
      Objects.requireNonNull(on, "on");
    }
  }

  /**
   * Open a formal review, renegotiation or amendment procedure.
   *
   * @param alliance the alliance
   * @param reason why; not blank
   * @param on the day it opens
   */
  record OpenReview(AllianceId alliance, String reason, LocalDate on) implements LifecycleCommand {
    /** Validates the command. */
    public OpenReview {
      Objects.requireNonNull(alliance, "alliance");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(on, "on");
      Checks.notBlank("OpenReview.reason", reason);
    }
  }

  /**
   * Amend the agreement during a review.
   *
   * @param alliance the alliance
   * @param agreement the amended agreement, replacing the current one
   * @param decision the adopted amendment decision, when there is one
   * @param on the day of the amendment
   */
  record AmendAgreement(AllianceId alliance, Agreement agreement, Optional<DecisionReference> decision, LocalDate on)
      implements LifecycleCommand {
    /** Validates the command. */
    public AmendAgreement {
      Objects.requireNonNull(alliance, "alliance");
      Objects.requireNonNull(agreement, "agreement");
      Objects.requireNonNull(decision, "decision");
      Objects.requireNonNull(on, "on");
    }

    /**
     * @param alliance the alliance
     * @param agreement the amended agreement
     * @param decision the adopted amendment decision
     * @param on the day of the amendment
     */
    public AmendAgreement(AllianceId alliance, Agreement agreement, DecisionReference decision, LocalDate on) {
      this(alliance, agreement, Optional.of(decision), on);
    }
  }

  /**
   * Conclude the review and operate again.
   *
   * @param alliance the alliance
   * @param on the day the review ends
   */
  record ConcludeReview(AllianceId alliance, LocalDate on) implements LifecycleCommand {
    /** Validates the command. */
    public ConcludeReview {
      Objects.requireNonNull(alliance, "alliance");
      Objects.requireNonNull(on, "on");
    }
  }

  /**
   * Suspend operations.
   *
   * @param alliance the alliance
   * @param reason why; not blank
   * @param decision the adopted suspension decision, when there is one
   * @param on the day of the suspension
   */
  record SuspendOperations(AllianceId alliance, String reason, Optional<DecisionReference> decision, LocalDate on)
      implements LifecycleCommand {
    /** Validates the command. */
    public SuspendOperations {
      Objects.requireNonNull(alliance, "alliance");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(decision, "decision");
      Objects.requireNonNull(on, "on");
      Checks.notBlank("SuspendOperations.reason", reason);
    }

    /**
     * @param alliance the alliance
     * @param reason why
     * @param decision the adopted suspension decision
     * @param on the day of the suspension
     */
    public SuspendOperations(AllianceId alliance, String reason, DecisionReference decision, LocalDate on) {
      this(alliance, reason, Optional.of(decision), on);
    }
  }

  /**
   * Resume suspended operations.
   *
   * @param alliance the alliance
   * @param decision the adopted decision lifting the suspension, when there is one
   * @param on the day operations resume
   */
  record ResumeOperations(AllianceId alliance, Optional<DecisionReference> decision, LocalDate on)
      implements LifecycleCommand {
    /** Validates the command. */
    public ResumeOperations {
      Objects.requireNonNull(alliance, "alliance");
      Objects.requireNonNull(decision, "decision");
      Objects.requireNonNull(on, "on");
    }

    /**
     * @param alliance the alliance
     * @param decision the adopted decision lifting the suspension
     * @param on the day operations resume
     */
    public ResumeOperations(AllianceId alliance, DecisionReference decision, LocalDate on) {
      this(alliance, Optional.of(decision), on);
    }
  }

  /**
   * Decide to dissolve the alliance: it winds down under the exit clause.
   *
   * @param alliance the alliance
   * @param reason why; not blank
   * @param decision the adopted dissolution decision, when there is one
   * @param on the day of the decision
   */
  record DecideDissolution(AllianceId alliance, String reason, Optional<DecisionReference> decision, LocalDate on)
      implements LifecycleCommand {
    /** Validates the command. */
    public DecideDissolution {
      Objects.requireNonNull(alliance, "alliance");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(decision, "decision");
      Objects.requireNonNull(on, "on");
      Checks.notBlank("DecideDissolution.reason", reason);
    }

    /**
     * @param alliance the alliance
     * @param reason why
     * @param decision the adopted dissolution decision
     * @param on the day of the decision
     */
    public DecideDissolution(AllianceId alliance, String reason, DecisionReference decision, LocalDate on) {
      this(alliance, reason, Optional.of(decision), on);
    }
  }

  /**
   * Complete the wind-down: the alliance is dissolved.
   *
   * @param alliance the alliance
   * @param on the day of dissolution
   */
  record CompleteDissolution(AllianceId alliance, LocalDate on) implements LifecycleCommand {
    /** Validates the command. */
    public CompleteDissolution {
      Objects.requireNonNull(alliance, "alliance");
      Objects.requireNonNull(on, "on");
    }
  }

  /**
   * Record a measurement of an objective's metric. When it meets the last unmet core objective of
   * an ad hoc alliance that ends with its core objectives, the alliance completes.
   *
   * @param alliance the alliance
   * @param objective the objective's name; not blank
   * @param value the measured value
   * @param on the day of the measurement
   */
  record RecordProgress(AllianceId alliance, String objective, BigDecimal value, LocalDate on)
      implements LifecycleCommand {
    /** Validates the command. */
    public RecordProgress {
      Objects.requireNonNull(alliance, "alliance");
      Objects.requireNonNull(objective, "objective");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(on, "on");
      Checks.notBlank("RecordProgress.objective", objective);
    }
  }

  /**
   * Complete an ad hoc alliance whose end date has come.
   *
   * @param alliance the alliance
   * @param on the day: the end date or later
   */
  record ExpireMandate(AllianceId alliance, LocalDate on) implements LifecycleCommand {
    /** Validates the command. */
    public ExpireMandate {
      Objects.requireNonNull(alliance, "alliance");
      Objects.requireNonNull(on, "on");
    }
  }

  /**
   * Declare a crisis, activating the authority the governance delegated for crises.
   *
   * @param alliance the alliance
   * @param situation the crisis, in words; not blank
   * @param decision the adopted decision declaring it, when there is one
   * @param on the day it is declared
   */
  record DeclareCrisis(AllianceId alliance, String situation, Optional<DecisionReference> decision, LocalDate on)
      implements LifecycleCommand {
    /** Validates the command. */
    public DeclareCrisis {
      Objects.requireNonNull(alliance, "alliance");
      Objects.requireNonNull(situation, "situation");
      Objects.requireNonNull(decision, "decision");
      Objects.requireNonNull(on, "on");
      Checks.notBlank("DeclareCrisis.situation", situation);
    }

    /**
     * @param alliance the alliance
     * @param situation the crisis
     * @param decision the adopted decision declaring it
     * @param on the day it is declared
     */
    public DeclareCrisis(AllianceId alliance, String situation, DecisionReference decision, LocalDate on) {
      this(alliance, situation, Optional.of(decision), on);
    }
  }

  /**
   * End the crisis: the delegated authority lapses.
   *
   * @param alliance the alliance
   * @param decision the adopted decision ending it, when there is one
   * @param on the day it ends
   */
  record EndCrisis(AllianceId alliance, Optional<DecisionReference> decision, LocalDate on) implements LifecycleCommand {
    /** Validates the command. */
    public EndCrisis {
      Objects.requireNonNull(alliance, "alliance");
      Objects.requireNonNull(decision, "decision");
      Objects.requireNonNull(on, "on");
    }

    /**
     * @param alliance the alliance
     * @param decision the adopted decision ending it
     * @param on the day it ends
     */
    public EndCrisis(AllianceId alliance, DecisionReference decision, LocalDate on) {
      this(alliance, Optional.of(decision), on);
    }
  }
}
