package dev.alliance.api.event;

import dev.alliance.api.Checks;
import dev.alliance.api.agreement.Agreement;
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
 * The events of an alliance's own lifecycle: proposed, negotiating, formed, operating, under
 * review, suspended, dissolving, dissolved, completed; and the crises it declares and ends. Which event may follow which state is decided
 * by the lifecycle engine's transition table (see {@code docs/lifecycle.md}), not here.
 */
public sealed interface LifecycleEvent extends AllianceEvent {

  /**
   * The alliance was proposed: the first event of every stream.
   *
   * @param name the alliance's display name; not blank
   * @param typology the chosen dimensions of its typology
   * @param objectives its objectives; names unique
   * @param scope what it will and will not do
   * @param on the day it was proposed
   */
  record AllianceProposed(String name, Typology typology, List<Objective> objectives, Scope scope, LocalDate on)
      implements LifecycleEvent {
    /** Validates the proposal. */
    public AllianceProposed {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(typology, "typology");
      objectives = List.copyOf(Objects.requireNonNull(objectives, "objectives"));
      Objects.requireNonNull(scope, "scope");
      Objects.requireNonNull(on, "on");
      Checks.notBlank("AllianceProposed.name", name);
      Set<String> names = new HashSet<>();
      for (Objective objective : objectives) {
        Checks.check(
            names.add(objective.name()), "AllianceProposed.objectives", objective.name(), "objective names must be unique");
      }
    }
  }

  /**
   * The prospective partners opened negotiations on the agreement.
   *
   * @param on the day negotiations opened
   */
  record NegotiationsOpened(LocalDate on) implements LifecycleEvent {
    /** Validates the event. */
    public NegotiationsOpened {
      Objects.requireNonNull(on, "on");
    }
  }

  /**
   * The founding agreement was signed: the alliance is formed, and the signatories become members.
   *
   * @param agreement the agreement as signed
   * @param signatories the partners who signed; kept in identity order
   * @param on the day it was signed
   */
  record AgreementSigned(Agreement agreement, Set<PartnerId> signatories, LocalDate on) implements LifecycleEvent {
    /** Validates the event and sorts the signatories. */
    public AgreementSigned {
      Objects.requireNonNull(agreement, "agreement");
      signatories = Collections.unmodifiableSortedSet(new TreeSet<>(Objects.requireNonNull(signatories, "signatories")));
      Objects.requireNonNull(on, "on");
    }
  }

  /**
   * The partners gave up forming the alliance before it was formed.
   *
   * @param reason why; not blank
   * @param on the day they gave up
   */
  record FormationAbandoned(String reason, LocalDate on) implements LifecycleEvent {
    /** Validates the event. */
    public FormationAbandoned {
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(reason, "reason");
      Checks.notBlank("FormationAbandoned.reason", reason);
    }
  }

  /**
   * The formed alliance started operating.
   *
   * @param on the day operations started
   */
  record OperationsStarted(LocalDate on) implements LifecycleEvent {
    /** Validates the event. */
    public OperationsStarted {
      Objects.requireNonNull(on, "on");
    }
  }

  /**
   * A formal review, renegotiation or amendment procedure was opened.
   *
   * @param reason why, such as the periodic review the agreement prescribes; not blank
   * @param on the day it opened
   */
  record ReviewOpened(String reason, LocalDate on) implements LifecycleEvent {
    /** Validates the event. */
    public ReviewOpened {
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(reason, "reason");
      Checks.notBlank("ReviewOpened.reason", reason);
    }
  }

  /**
   * The agreement was amended during a review; the amended text replaces the old one.
   *
   * @param agreement the agreement as amended
   * @param decision the adopted decision that authorised the amendment, when named
   * @param on the day the amendment was made
   */
  record AgreementAmended(Agreement agreement, Optional<DecisionReference> decision, LocalDate on)
      implements LifecycleEvent, GovernedEvent {
    /** Validates the event. */
    public AgreementAmended {
      Objects.requireNonNull(agreement, "agreement");
      Objects.requireNonNull(decision, "decision");
      Objects.requireNonNull(on, "on");
    }
  }

  /**
   * The review ended and the alliance operates again.
   *
   * @param on the day the review ended
   */
  record ReviewConcluded(LocalDate on) implements LifecycleEvent {
    /** Validates the event. */
    public ReviewConcluded {
      Objects.requireNonNull(on, "on");
    }
  }

  /**
   * Operations were suspended.
   *
   * @param reason why; not blank
   * @param decision the adopted decision that authorised the suspension, when named
   * @param on the day operations were suspended
   */
  record OperationsSuspended(String reason, Optional<DecisionReference> decision, LocalDate on)
      implements LifecycleEvent, GovernedEvent {
    /** Validates the event. */
    public OperationsSuspended {
      Objects.requireNonNull(decision, "decision");
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(reason, "reason");
      Checks.notBlank("OperationsSuspended.reason", reason);
    }
  }

  /**
   * Suspended operations resumed.
   *
   * @param decision the adopted decision that lifted the suspension, when named
   * @param on the day operations resumed
   */
  record OperationsResumed(Optional<DecisionReference> decision, LocalDate on) implements LifecycleEvent, GovernedEvent {
    /** Validates the event. */
    public OperationsResumed {
      Objects.requireNonNull(decision, "decision");
      Objects.requireNonNull(on, "on");
    }
  }

  /**
   * The partners decided to dissolve the alliance; it winds down under the exit clause.
   *
   * @param reason why; not blank
   * @param decision the adopted decision to dissolve, when named
   * @param on the day of the decision, when the wind-down starts
   */
  record DissolutionDecided(String reason, Optional<DecisionReference> decision, LocalDate on)
      implements LifecycleEvent, GovernedEvent {
    /** Validates the event. */
    public DissolutionDecided {
      Objects.requireNonNull(decision, "decision");
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(reason, "reason");
      Checks.notBlank("DissolutionDecided.reason", reason);
    }
  }

  /**
   * Fewer than two parties remain, so the alliance cannot go on and starts winding down. The
   * engine records this itself, right after the membership change that caused it.
   *
   * @param on the day of that membership change, when the wind-down starts
   */
  record DissolutionTriggered(LocalDate on) implements LifecycleEvent {
    /** Validates the event. */
    public DissolutionTriggered {
      Objects.requireNonNull(on, "on");
    }
  }

  /**
   * The wind-down is over and the alliance is dissolved.
   *
   * @param on the day it was dissolved
   */
  record AllianceDissolved(LocalDate on) implements LifecycleEvent {
    /** Validates the event. */
    public AllianceDissolved {
      Objects.requireNonNull(on, "on");
    }
  }

  /**
   * An objective's metric was measured.
   *
   * @param objective the objective's name; not blank
   * @param value the measured value
   * @param on the day of the measurement
   */
  record ObjectiveMeasured(String objective, BigDecimal value, LocalDate on) implements LifecycleEvent {
    /** Validates the event. */
    public ObjectiveMeasured {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(objective, "objective");
      Checks.notBlank("ObjectiveMeasured.objective", objective);
    }
  }

  /**
   * An ad hoc alliance met every core objective and completed its mission. The engine records this
   * itself, right after the measurement that met the last one.
   *
   * @param on the day of that measurement
   */
  record MissionCompleted(LocalDate on) implements LifecycleEvent {
    /** Validates the event. */
    public MissionCompleted {
      Objects.requireNonNull(on, "on");
    }
  }

  /**
   * An ad hoc alliance reached the end date its lifespan fixed, and completed.
   *
   * @param on the day the completion was recorded: the end date or later
   */
  record MandateExpired(LocalDate on) implements LifecycleEvent {
    /** Validates the event. */
    public MandateExpired {
      Objects.requireNonNull(on, "on");
    }
  }

  /**
   * The alliance declared a crisis: until it ends, the body its governance delegated crisis
   * authority to may decide alone on the issue areas the delegation covers.
   *
   * @param situation the crisis, in words; not blank
   * @param decision the adopted decision that declared it, when named
   * @param on the day it was declared
   */
  record CrisisDeclared(String situation, Optional<DecisionReference> decision, LocalDate on)
      implements LifecycleEvent, GovernedEvent {
    /** Validates the event. */
    public CrisisDeclared {
      Objects.requireNonNull(situation, "situation");
      Objects.requireNonNull(decision, "decision");
      Objects.requireNonNull(on, "on");
      Checks.notBlank("CrisisDeclared.situation", situation);
    }
  }

  /**
   * The crisis ended; the delegated authority lapses.
   *
   * @param decision the adopted decision that ended it, when named
   * @param on the day it ended
   */
  record CrisisEnded(Optional<DecisionReference> decision, LocalDate on) implements LifecycleEvent, GovernedEvent {
    /** Validates the event. */
    public CrisisEnded {
      Objects.requireNonNull(decision, "decision");
      Objects.requireNonNull(on, "on");
    }
  }
}
