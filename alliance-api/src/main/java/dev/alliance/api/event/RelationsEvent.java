package dev.alliance.api.event;

import dev.alliance.api.Checks;
import dev.alliance.api.partner.PartnerId;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The events of the relations among an alliance's members that bear on trust: undertakings
 * honoured, consultations held, acts taken without consulting, breaches declared, and the three
 * steps of repair (acknowledgement, corrective action, restitution).
 *
 * <p>Every event has one actor (the member whose conduct it records) and the counterparts the
 * conduct was toward, who are the members whose trust in the actor it affects. An act by several
 * members (Britain and France at Suez) is one event per actor. The events name conduct, not
 * verdicts: how much an act moves trust is the trust model's business ({@code
 * dev.alliance.core.trust}).
 *
 * <p>Commitments of resources (what, how much, by when) and their delivery are the contributions
 * ledger's events; an {@link UndertakingHonoured} records the other kind of promise: political
 * undertakings such as a pledge of support, of consultation or of a deployment.
 */
public sealed interface RelationsEvent extends AllianceEvent {

  /** @return the member whose conduct the event records */
  PartnerId actor();

  /** @return the members the conduct was toward: the members whose trust in the actor it affects */
  Set<PartnerId> counterparts();

  /** @return what happened, in words */
  String description();

  /**
   * The actor honoured an undertaking it had given the counterparts.
   *
   * @param actor the member that honoured it
   * @param counterparts the members it was given to; at least one, not the actor
   * @param description the undertaking and how it was honoured; not blank
   * @param on the day it was honoured
   */
  record UndertakingHonoured(PartnerId actor, Set<PartnerId> counterparts, String description, LocalDate on)
      implements RelationsEvent {
    /** Validates the event and sorts the counterparts. */
    public UndertakingHonoured {
      counterparts = validated("UndertakingHonoured", actor, counterparts, description, on);
    }
  }

  /**
   * The actor consulted the counterparts before acting on a matter that concerned them.
   *
   * @param actor the member that consulted
   * @param counterparts the members it consulted; at least one, not the actor
   * @param description the matter; not blank
   * @param on the day of the consultation
   */
  record ConsultationHeld(PartnerId actor, Set<PartnerId> counterparts, String description, LocalDate on)
      implements RelationsEvent {
    /** Validates the event and sorts the counterparts. */
    public ConsultationHeld {
      counterparts = validated("ConsultationHeld", actor, counterparts, description, on);
    }
  }

  /**
   * The actor acted on a matter that concerned the counterparts without consulting them.
   *
   * @param actor the member that acted
   * @param counterparts the members it did not consult; at least one, not the actor
   * @param description the act; not blank
   * @param on the day of the act
   */
  record UnilateralActionTaken(PartnerId actor, Set<PartnerId> counterparts, String description, LocalDate on)
      implements RelationsEvent {
    /** Validates the event and sorts the counterparts. */
    public UnilateralActionTaken {
      counterparts = validated("UnilateralActionTaken", actor, counterparts, description, on);
    }
  }

  /**
   * The counterparts declared that the actor breached the agreement or an undertaking to them.
   *
   * @param actor the member in breach
   * @param counterparts the members that declared the breach, wronged by it; at least one, not the actor
   * @param description the obligation breached and how; not blank
   * @param on the day the breach was declared
   */
  record BreachDeclared(PartnerId actor, Set<PartnerId> counterparts, String description, LocalDate on)
      implements RelationsEvent {
    /** Validates the event and sorts the counterparts. */
    public BreachDeclared {
      counterparts = validated("BreachDeclared", actor, counterparts, description, on);
    }
  }

  /**
   * The actor acknowledged, toward the counterparts, a breach or an act it took without consulting them.
   *
   * @param actor the member that acknowledged
   * @param counterparts the members it acknowledged it to; at least one, not the actor
   * @param description what it acknowledged, and how; not blank
   * @param on the day of the acknowledgement
   */
  record BreachAcknowledged(PartnerId actor, Set<PartnerId> counterparts, String description, LocalDate on)
      implements RelationsEvent {
    /** Validates the event and sorts the counterparts. */
    public BreachAcknowledged {
      counterparts = validated("BreachAcknowledged", actor, counterparts, description, on);
    }
  }

  /**
   * The actor took corrective action toward the counterparts: undid or changed what harmed them.
   *
   * @param actor the member that acted
   * @param counterparts the members harmed; at least one, not the actor
   * @param description the corrective action; not blank
   * @param on the day of the action
   */
  record CorrectiveActionTaken(PartnerId actor, Set<PartnerId> counterparts, String description, LocalDate on)
      implements RelationsEvent {
    /** Validates the event and sorts the counterparts. */
    public CorrectiveActionTaken {
      counterparts = validated("CorrectiveActionTaken", actor, counterparts, description, on);
    }
  }

  /**
   * The actor made restitution to the counterparts for the harm done.
   *
   * @param actor the member that paid
   * @param counterparts the members compensated; at least one, not the actor
   * @param description what was paid or given; not blank
   * @param on the day of the restitution
   */
  record RestitutionMade(PartnerId actor, Set<PartnerId> counterparts, String description, LocalDate on)
      implements RelationsEvent {
    /** Validates the event and sorts the counterparts. */
    public RestitutionMade {
      counterparts = validated("RestitutionMade", actor, counterparts, description, on);
    }
  }

  private static SortedSet<PartnerId> validated(
      String type, PartnerId actor, Set<PartnerId> counterparts, String description, LocalDate on) {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(counterparts, "counterparts");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(on, "on");
    Checks.notEmpty(type + ".counterparts", counterparts);
    Checks.check(!counterparts.contains(actor), type + ".counterparts", counterparts, "must not include the actor " + actor);
    Checks.notBlank(type + ".description", description);
    return Collections.unmodifiableSortedSet(new TreeSet<>(counterparts));
  }
}
