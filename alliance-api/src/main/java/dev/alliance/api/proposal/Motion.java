package dev.alliance.api.proposal;

import dev.alliance.api.Checks;
import dev.alliance.api.agreement.Agreement;
import dev.alliance.api.partner.PartnerId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a proposal asks the alliance to decide: the one act its adoption authorises, or, for a
 * {@link Resolution}, a decision that is an end in itself (a budget, a deployment, a statement).
 *
 * <p>Each act motion matches exactly one governed act of the lifecycle: {@link Admit} authorises
 * admitting that partner, {@link Amend} amending the agreement to exactly that text, and so on. A
 * decision gate compares the motion of the cited proposal with the act a command asks for, so a
 * vote to admit Finland can never be used to admit Sweden.
 *
 * <pre>{@code
 * Motion.admit(PartnerId.of("SWE")).describe();                 // admit SWE
 * Motion.extendWithdrawal(PartnerId.of("GBR"), LocalDate.of(2019, 10, 31)).describe();
 * // extend GBR's withdrawal to 2019-10-31
 * }</pre>
 */
public sealed interface Motion {

  /** @return the motion in words, such as {@code admit SWE} */
  String describe();

  /**
   * Admit an acceding partner as a member.
   *
   * @param partner the candidate
   */
  record Admit(PartnerId partner) implements Motion {
    /** Checks for null. */
    public Admit {
      Objects.requireNonNull(partner, "partner");
    }

    @Override
    public String describe() {
      return "admit " + partner;
    }
  }

  /**
   * Suspend a member's rights.
   *
   * @param partner the member
   */
  record SuspendMember(PartnerId partner) implements Motion {
    /** Checks for null. */
    public SuspendMember {
      Objects.requireNonNull(partner, "partner");
    }

    @Override
    public String describe() {
      return "suspend " + partner;
    }
  }

  /**
   * Restore a suspended member's rights.
   *
   * @param partner the member
   */
  record ReinstateMember(PartnerId partner) implements Motion {
    /** Checks for null. */
    public ReinstateMember {
      Objects.requireNonNull(partner, "partner");
    }

    @Override
    public String describe() {
      return "reinstate " + partner;
    }
  }

  /**
   * Expel a member.
   *
   * @param partner the member
   */
  record Expel(PartnerId partner) implements Motion {
    /** Checks for null. */
    public Expel {
      Objects.requireNonNull(partner, "partner");
    }

    @Override
    public String describe() {
      return "expel " + partner;
    }
  }

  /**
   * Postpone the day a member's withdrawal takes effect.
   *
   * @param partner the withdrawing member
   * @param effectiveOn the new day
   */
  record ExtendWithdrawal(PartnerId partner, LocalDate effectiveOn) implements Motion {
    /** Checks for nulls. */
    public ExtendWithdrawal {
      Objects.requireNonNull(partner, "partner");
      Objects.requireNonNull(effectiveOn, "effectiveOn");
    }

    @Override
    public String describe() {
      return "extend " + partner + "'s withdrawal to " + effectiveOn;
    }
  }

  /**
   * Amend the agreement: the amended text replaces the old one.
   *
   * @param agreement the agreement as amended, exactly as the amending act will record it
   */
  record Amend(Agreement agreement) implements Motion {
    /** Checks for null. */
    public Amend {
      Objects.requireNonNull(agreement, "agreement");
    }

    @Override
    public String describe() {
      return "amend the agreement to \"" + agreement.title() + "\"";
    }
  }

  /** Suspend the alliance's operations. */
  record SuspendOperations() implements Motion {
    @Override
    public String describe() {
      return "suspend operations";
    }
  }

  /** Resume suspended operations. */
  record ResumeOperations() implements Motion {
    @Override
    public String describe() {
      return "resume operations";
    }
  }

  /** Dissolve the alliance. */
  record Dissolve() implements Motion {
    @Override
    public String describe() {
      return "dissolve the alliance";
    }
  }

  /**
   * Declare a crisis, which lets the body the governance delegated crisis authority to decide
   * alone on the areas the delegation covers.
   *
   * @param situation the crisis, in words; not blank
   */
  record DeclareCrisis(String situation) implements Motion {
    /** Validates the motion. */
    public DeclareCrisis {
      Objects.requireNonNull(situation, "situation");
      Checks.notBlank("DeclareCrisis.situation", situation);
    }

    @Override
    public String describe() {
      return "declare a crisis: " + situation;
    }
  }

  /** End the crisis: the delegated authority lapses. */
  record EndCrisis() implements Motion {
    @Override
    public String describe() {
      return "end the crisis";
    }
  }

  /**
   * A decision that authorises no act of the lifecycle: its adoption is the result.
   *
   * @param text what is resolved; not blank
   */
  record Resolution(String text) implements Motion {
    /** Validates the motion. */
    public Resolution {
      Objects.requireNonNull(text, "text");
      Checks.notBlank("Resolution.text", text);
    }

    @Override
    public String describe() {
      return "resolve: " + text;
    }
  }

  /**
   * @param partner the candidate
   * @return a motion to admit it
   */
  static Motion admit(PartnerId partner) {
    return new Admit(partner);
  }

  /**
   * @param partner the member
   * @param effectiveOn the new day the withdrawal takes effect
   * @return a motion to extend its withdrawal
   */
  static Motion extendWithdrawal(PartnerId partner, LocalDate effectiveOn) {
    return new ExtendWithdrawal(partner, effectiveOn);
  }

  /**
   * @param agreement the amended agreement
   * @return a motion to amend the agreement to it
   */
  static Motion amend(Agreement agreement) {
    return new Amend(agreement);
  }

  /**
   * @param text what is resolved
   * @return a resolution
   */
  static Motion resolution(String text) {
    return new Resolution(text);
  }
}
