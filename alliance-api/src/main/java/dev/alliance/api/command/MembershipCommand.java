package dev.alliance.api.command;

import dev.alliance.api.Checks;
import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.alliance.Role;
import dev.alliance.api.governance.DecisionReference;
import dev.alliance.api.partner.Partner;
import dev.alliance.api.partner.PartnerId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Commands that move one partner's membership through its lifecycle. Commands that need a
 * governance decision carry the {@link DecisionReference} of the adopted decision; each such
 * command has a constructor that takes the reference directly.
 */
public sealed interface MembershipCommand extends AllianceCommand {

  /** @return the partner whose membership the command concerns */
  PartnerId partner();

  /**
   * Invite a partner to join.
   *
   * @param alliance the alliance
   * @param invitee the partner
   * @param role the role it is invited to play
   * @param weight its weight in weighted decisions; never negative
   * @param on the day of the invitation
   */
  record InviteMember(AllianceId alliance, Partner invitee, Role role, BigDecimal weight, LocalDate on)
      implements MembershipCommand {
    /** Validates the command. */
    public InviteMember {
      Objects.requireNonNull(alliance, "alliance");
      Objects.requireNonNull(invitee, "invitee");
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(on, "on");
      Checks.nonNegative("InviteMember.weight", Objects.requireNonNull(weight, "weight"));
    }

    /**
     * Invites a partner with weight 1.
     *
     * @param alliance the alliance
     * @param invitee the partner
     * @param role the role it is invited to play
     * @param on the day of the invitation
     */
    public InviteMember(AllianceId alliance, Partner invitee, Role role, LocalDate on) {
      this(alliance, invitee, role, BigDecimal.ONE, on);
    }

    @Override
    public PartnerId partner() {
      return invitee.id();
    }
  }

  /**
   * An invited partner accepts and begins acceding.
   *
   * @param alliance the alliance
   * @param partner the partner
   * @param on the day accession begins
   */
  record BeginAccession(AllianceId alliance, PartnerId partner, LocalDate on) implements MembershipCommand {
    /** Validates the command. */
    public BeginAccession {
      Objects.requireNonNull(alliance, "alliance");
      Objects.requireNonNull(partner, "partner");
      Objects.requireNonNull(on, "on");
    }
  }

  /**
   * Admit an acceding partner to a formed alliance.
   *
   * @param alliance the alliance
   * @param partner the partner
   * @param decision the adopted admission decision, when there is one
   * @param on the day it becomes a member
   */
  record AdmitMember(AllianceId alliance, PartnerId partner, Optional<DecisionReference> decision, LocalDate on)
      implements MembershipCommand {
    /** Validates the command. */
    public AdmitMember {
      Objects.requireNonNull(alliance, "alliance");
      Objects.requireNonNull(partner, "partner");
      Objects.requireNonNull(decision, "decision");
      Objects.requireNonNull(on, "on");
    }

    /**
     * @param alliance the alliance
     * @param partner the partner
     * @param decision the adopted admission decision
     * @param on the day it becomes a member
     */
    public AdmitMember(AllianceId alliance, PartnerId partner, DecisionReference decision, LocalDate on) {
      this(alliance, partner, Optional.of(decision), on);
    }
  }

  /**
   * An invited or acceding partner gives up joining.
   *
   * @param alliance the alliance
   * @param partner the partner
   * @param on the day
   */
  record WithdrawCandidacy(AllianceId alliance, PartnerId partner, LocalDate on) implements MembershipCommand {
    /** Validates the command. */
    public WithdrawCandidacy {
      Objects.requireNonNull(alliance, "alliance");
      Objects.requireNonNull(partner, "partner");
      Objects.requireNonNull(on, "on");
    }
  }

  /**
   * Suspend a member's rights; it stays bound by the agreement.
   *
   * @param alliance the alliance
   * @param partner the member
   * @param reason why; not blank
   * @param decision the adopted suspension decision, when there is one
   * @param on the day of the suspension
   */
  record SuspendMember(
      AllianceId alliance, PartnerId partner, String reason, Optional<DecisionReference> decision, LocalDate on)
      implements MembershipCommand {
    /** Validates the command. */
    public SuspendMember {
      Objects.requireNonNull(alliance, "alliance");
      Objects.requireNonNull(partner, "partner");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(decision, "decision");
      Objects.requireNonNull(on, "on");
      Checks.notBlank("SuspendMember.reason", reason);
    }

    /**
     * @param alliance the alliance
     * @param partner the member
     * @param reason why
     * @param decision the adopted suspension decision
     * @param on the day of the suspension
     */
    public SuspendMember(AllianceId alliance, PartnerId partner, String reason, DecisionReference decision, LocalDate on) {
      this(alliance, partner, reason, Optional.of(decision), on);
    }
  }

  /**
   * Restore a suspended member's rights.
   *
   * @param alliance the alliance
   * @param partner the member
   * @param decision the adopted reinstatement decision, when there is one
   * @param on the day of the reinstatement
   */
  record ReinstateMember(AllianceId alliance, PartnerId partner, Optional<DecisionReference> decision, LocalDate on)
      implements MembershipCommand {
    /** Validates the command. */
    public ReinstateMember {
      Objects.requireNonNull(alliance, "alliance");
      Objects.requireNonNull(partner, "partner");
      Objects.requireNonNull(decision, "decision");
      Objects.requireNonNull(on, "on");
    }

    /**
     * @param alliance the alliance
     * @param partner the member
     * @param decision the adopted reinstatement decision
     * @param on the day of the reinstatement
     */
    public ReinstateMember(AllianceId alliance, PartnerId partner, DecisionReference decision, LocalDate on) {
      this(alliance, partner, Optional.of(decision), on);
    }
  }

  /**
   * A member gives notice of withdrawal. The day it can take effect is computed from the
   * agreement's exit clause.
   *
   * @param alliance the alliance
   * @param partner the member
   * @param on the day notice is given
   */
  record GiveWithdrawalNotice(AllianceId alliance, PartnerId partner, LocalDate on) implements MembershipCommand {
    /** Validates the command. */
    public GiveWithdrawalNotice {
      Objects.requireNonNull(alliance, "alliance");
      Objects.requireNonNull(partner, "partner");
      Objects.requireNonNull(on, "on");
    }
  }

  /**
   * Postpone the day a withdrawal takes effect.
   *
   * @param alliance the alliance
   * @param partner the withdrawing member
   * @param effectiveOn the new day the withdrawal can take effect
   * @param decision the adopted extension decision, when there is one
   * @param on the day of the extension
   */
  record ExtendWithdrawal(
      AllianceId alliance, PartnerId partner, LocalDate effectiveOn, Optional<DecisionReference> decision, LocalDate on)
      implements MembershipCommand {
    /** Validates the command. */
    public ExtendWithdrawal {
      Objects.requireNonNull(alliance, "alliance");
      Objects.requireNonNull(partner, "partner");
      Objects.requireNonNull(effectiveOn, "effectiveOn");
      Objects.requireNonNull(decision, "decision");
      Objects.requireNonNull(on, "on");
    }

    /**
     * @param alliance the alliance
     * @param partner the withdrawing member
     * @param effectiveOn the new day the withdrawal can take effect
     * @param decision the adopted extension decision
     * @param on the day of the extension
     */
    public ExtendWithdrawal(
        AllianceId alliance, PartnerId partner, LocalDate effectiveOn, DecisionReference decision, LocalDate on) {
      this(alliance, partner, effectiveOn, Optional.of(decision), on);
    }
  }

  /**
   * Record that a withdrawal takes effect: allowed on or after the day its notice period ends.
   *
   * @param alliance the alliance
   * @param partner the withdrawing member
   * @param on the day: the effective date or later
   */
  record CompleteWithdrawal(AllianceId alliance, PartnerId partner, LocalDate on) implements MembershipCommand {
    /** Validates the command. */
    public CompleteWithdrawal {
      Objects.requireNonNull(alliance, "alliance");
      Objects.requireNonNull(partner, "partner");
      Objects.requireNonNull(on, "on");
    }
  }

  /**
   * Expel a member.
   *
   * @param alliance the alliance
   * @param partner the member
   * @param reason why; not blank
   * @param decision the adopted expulsion decision, when there is one
   * @param on the day of the expulsion
   */
  record ExpelMember(
      AllianceId alliance, PartnerId partner, String reason, Optional<DecisionReference> decision, LocalDate on)
      implements MembershipCommand {
    /** Validates the command. */
    public ExpelMember {
      Objects.requireNonNull(alliance, "alliance");
      Objects.requireNonNull(partner, "partner");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(decision, "decision");
      Objects.requireNonNull(on, "on");
      Checks.notBlank("ExpelMember.reason", reason);
    }

    /**
     * @param alliance the alliance
     * @param partner the member
     * @param reason why
     * @param decision the adopted expulsion decision
     * @param on the day of the expulsion
     */
    public ExpelMember(AllianceId alliance, PartnerId partner, String reason, DecisionReference decision, LocalDate on) {
      this(alliance, partner, reason, Optional.of(decision), on);
    }
  }
}
