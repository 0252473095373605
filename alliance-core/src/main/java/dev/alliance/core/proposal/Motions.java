package dev.alliance.core.proposal;

import dev.alliance.api.event.AllianceEvent;
import dev.alliance.api.event.LifecycleEvent;
import dev.alliance.api.event.MembershipEvent;
import dev.alliance.api.proposal.Motion;
import java.util.Optional;

/**
 * Which motion authorises which governed act: admitting SWE needs an adopted proposal whose motion
 * is {@code admit SWE}, amending the agreement one whose motion carries exactly the amended text.
 *
 * <pre>{@code
 * Motions.forAct(new MemberAdmitted(PartnerId.of("SWE"), Optional.empty(), day)); // Optional[admit SWE]
 * }</pre>
 */
public final class Motions {
  private Motions() {}

  /**
   * @param act an event the lifecycle would record
   * @return the motion a proposal must carry to authorise it; empty for an event that is not a
   *     governed act
   */
  public static Optional<Motion> forAct(AllianceEvent act) {
    if (act instanceof MembershipEvent.MemberAdmitted admitted) {
      return Optional.of(new Motion.Admit(admitted.partner()));
    }
    if (act instanceof MembershipEvent.MemberSuspended suspended) {
      return Optional.of(new Motion.SuspendMember(suspended.partner()));
    }
    if (act instanceof MembershipEvent.MemberReinstated reinstated) {
      return Optional.of(new Motion.ReinstateMember(reinstated.partner()));
    }
    if (act instanceof MembershipEvent.MemberExpelled expelled) {
      return Optional.of(new Motion.Expel(expelled.partner()));
    }
    if (act instanceof MembershipEvent.WithdrawalExtended extended) {
      return Optional.of(new Motion.ExtendWithdrawal(extended.partner(), extended.effectiveOn()));
    }
    if (act instanceof LifecycleEvent.AgreementAmended amended) {
      return Optional.of(new Motion.Amend(amended.agreement()));
    }
    if (act instanceof LifecycleEvent.OperationsSuspended) {
      return Optional.of(new Motion.SuspendOperations());
    }
    if (act instanceof LifecycleEvent.OperationsResumed) {
      return Optional.of(new Motion.ResumeOperations());
    }
    if (act instanceof LifecycleEvent.DissolutionDecided) {
      return Optional.of(new Motion.Dissolve());
    }
    if (act instanceof LifecycleEvent.CrisisDeclared declared) {
      return Optional.of(new Motion.DeclareCrisis(declared.situation()));
    }
    if (act instanceof LifecycleEvent.CrisisEnded) {
      return Optional.of(new Motion.EndCrisis());
    }
    return Optional.empty();
  }
}
