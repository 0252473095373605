package dev.alliance.api.event;

import dev.alliance.api.Checks;
import dev.alliance.api.alliance.Role;
import dev.alliance.api.governance.DecisionReference;
import dev.alliance.api.partner.Partner;
import dev.alliance.api.partner.PartnerId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The events of one partner's membership: invited, acceding, member, suspended, withdrawing,
 * withdrawn, expelled. Founding members become members by signing the agreement ({@link
 * LifecycleEvent.AgreementSigned}); later members are admitted.
 */
public sealed interface MembershipEvent extends AllianceEvent {

  /** @return the partner whose membership the event concerns */
  PartnerId partner();

  /**
   * A partner was invited to join.
   *
   * @param invitee the partner
   * @param role the role it is invited to play
   * @param weight its weight in weighted decisions; never negative
   * @param on the day of the invitation
   */
  record MemberInvited(Partner invitee, Role role, BigDecimal weight, LocalDate on) implements MembershipEvent {
    /** Validates the event. */
    public MemberInvited {
      Objects.requireNonNull(invitee, "invitee");
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(on, "on");
      Checks.nonNegative("MemberInvited.weight", Objects.requireNonNull(weight, "weight"));
    }

    @Override
    public PartnerId partner() {
      return invitee.id();
    }
  }

  /**
   * An invited partner accepted and began acceding (negotiating its terms, ratifying).
   *
   * @param partner the partner
   * @param on the day accession began
   */
  record AccessionBegun(PartnerId partner, LocalDate on) implements MembershipEvent {
    /** Validates the event. */
    public AccessionBegun {
      Objects.requireNonNull(partner, "partner");
      Objects.requireNonNull(on, "on");
    }
  }

  /**
   * An acceding partner was admitted to a formed alliance.
   *
   * @param partner the partner
   * @param decision the adopted decision that admitted it, when named
   * @param on the day it became a member
   */
  record MemberAdmitted(PartnerId partner, Optional<DecisionReference> decision, LocalDate on)
      implements MembershipEvent, GovernedEvent {
    /** Validates the event. */
    public MemberAdmitted {
      Objects.requireNonNull(partner, "partner");
      Objects.requireNonNull(decision, "decision");
      Objects.requireNonNull(on, "on");
    }
  }

  /**
   * An invited or acceding partner gave up joining.
   *
   * @param partner the partner
   * @param on the day it gave up
   */
  record CandidacyWithdrawn(PartnerId partner, LocalDate on) implements MembershipEvent {
    /** Validates the event. */
    public CandidacyWithdrawn {
      Objects.requireNonNull(partner, "partner");
      Objects.requireNonNull(on, "on");
    }
  }

  /**
   * A member was suspended: still bound by the agreement, its rights withheld.
   *
   * @param partner the partner
   * @param reason why; not blank
   * @param decision the adopted decision that suspended it, when named
   * @param on the day of the suspension
   */
  record MemberSuspended(PartnerId partner, String reason, Optional<DecisionReference> decision, LocalDate on)
      implements MembershipEvent, GovernedEvent {
    /** Validates the event. */
    public MemberSuspended {
      Objects.requireNonNull(partner, "partner");
      Objects.requireNonNull(decision, "decision");
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(reason, "reason");
      Checks.notBlank("MemberSuspended.reason", reason);
    }
  }

  /**
   * A suspended member had its rights restored.
   *
   * @param partner the partner
   * @param decision the adopted decision that reinstated it, when named
   * @param on the day of the reinstatement
   */
  record MemberReinstated(PartnerId partner, Optional<DecisionReference> decision, LocalDate on)
      implements MembershipEvent, GovernedEvent {
    /** Validates the event. */
    public MemberReinstated {
      Objects.requireNonNull(partner, "partner");
      Objects.requireNonNull(decision, "decision");
      Objects.requireNonNull(on, "on");
    }
  }

  /**
   * A member gave notice of withdrawal. It keeps its rights and obligations until the withdrawal
   * takes effect, on the date computed from the agreement's exit clause.
   *
   * @param partner the partner
   * @param effectiveOn the day the withdrawal can take effect: the notice day plus the notice period
   * @param on the day notice was given
   */
  record WithdrawalNoticeGiven(PartnerId partner, LocalDate effectiveOn, LocalDate on) implements MembershipEvent {
    /** Validates the event. */
    public WithdrawalNoticeGiven {
      Objects.requireNonNull(partner, "partner");
      Objects.requireNonNull(effectiveOn, "effectiveOn");
      Objects.requireNonNull(on, "on");
      Checks.check(
          !effectiveOn.isBefore(on), "WithdrawalNoticeGiven.effectiveOn", effectiveOn, "must not be before the notice day " + on);
    }
  }

  /**
   * The date on which a withdrawal takes effect was postponed.
   *
   * @param partner the withdrawing partner
   * @param effectiveOn the new day the withdrawal can take effect
   * @param decision the adopted decision that granted the extension, when named
   * @param on the day of the extension
   */
  record WithdrawalExtended(
      PartnerId partner, LocalDate effectiveOn, Optional<DecisionReference> decision, LocalDate on)
      implements MembershipEvent, GovernedEvent {
    /** Validates the event. */
    public WithdrawalExtended {
      Objects.requireNonNull(partner, "partner");
      Objects.requireNonNull(effectiveOn, "effectiveOn");
      Objects.requireNonNull(decision, "decision");
      Objects.requireNonNull(on, "on");
    }
  }

  /**
   * A withdrawal took effect: the partner is no longer bound and has left. It left on the day the
   * withdrawal became effective, which may be earlier than the day this was recorded.
   *
   * @param partner the partner
   * @param on the day the effect was recorded: on or after the effective date
   */
  record WithdrawalTookEffect(PartnerId partner, LocalDate on) implements MembershipEvent {
    /** Validates the event. */
    public WithdrawalTookEffect {
      Objects.requireNonNull(partner, "partner");
      Objects.requireNonNull(on, "on");
    }
  }

  /**
   * A member was expelled.
   *
   * @param partner the partner
   * @param reason why; not blank
   * @param decision the adopted decision that expelled it, when named
   * @param on the day of the expulsion
   */
  record MemberExpelled(PartnerId partner, String reason, Optional<DecisionReference> decision, LocalDate on)
      implements MembershipEvent, GovernedEvent {
    /** Validates the event. */
    public MemberExpelled {
      Objects.requireNonNull(partner, "partner");
      Objects.requireNonNull(decision, "decision");
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(reason, "reason");
      Checks.notBlank("MemberExpelled.reason", reason);
    }
  }
}
