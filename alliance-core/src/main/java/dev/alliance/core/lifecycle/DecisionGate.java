package dev.alliance.core.lifecycle;

import dev.alliance.api.command.Rejection;
import dev.alliance.api.governance.DecisionRule;
import dev.alliance.core.proposal.Proposals;
import java.util.Optional;

/**
 * The seam between the lifecycle and the alliance's governance. Admitting, suspending, reinstating
 * and expelling members, extending a withdrawal, amending the agreement, suspending or resuming
 * operations and dissolving are acts the governance must authorise; the lifecycle asks the gate,
 * and the gate either accepts or returns the rejection.
 *
 * <p>The default, {@link #requireReference()}, accepts an act when the command names an adopted
 * decision ({@link dev.alliance.api.governance.DecisionReference}) and rejects it with the rule
 * {@value #DECISION_REQUIRED} otherwise; it trusts that the reference is real. {@link
 * #requireAdoptedProposal()} checks the decision itself against the proposals of the same stream:
 * that the reference names a proposal of this alliance, adopted, whose motion is this very act,
 * decided in the act's issue area under the procedure in force, and not yet carried out (the rules
 * of {@link dev.alliance.core.proposal.ProposalTables#gateRules()}).
 *
 * <pre>{@code
 * DecisionGate strict = request -> request.decision().isPresent() && adopted.contains(request.decision().get())
 *     ? Optional.empty()
 *     : Optional.of(new Rejection("governance.decision-not-adopted", "no adopted decision " + request.decision()));
 * LifecycleEngine engine = LifecycleEngine.of(EventLog.inMemory(clock), strict);
 * }</pre>
 */
@FunctionalInterface
public interface DecisionGate {

  /** The rule the default gate rejects with. */
  String DECISION_REQUIRED = "governance.decision-required";

  /**
   * Judges an act.
   *
   * @param request the act, its issue area, the prescribed procedure and the decision named
   * @return the rejection; empty when the act is authorised
   */
  Optional<Rejection> check(DecisionRequest request);

  /**
   * The default gate: an act is authorised when its command names an adopted decision.
   *
   * @return the gate
   */
  static DecisionGate requireReference() {
    return request ->
        request.decision().isPresent()
            ? Optional.empty()
            : Optional.of(
                new Rejection(
                    DECISION_REQUIRED,
                    request.act().getClass().getSimpleName()
                        + " is a "
                        + request.area()
                        + " decision, taken by "
                        + describe(request.procedure().rule())
                        + " under the governance in force; the command names no adopted decision"));
  }

  /**
   * The gate of an alliance that decides by voting on its own stream: an act is authorised when
   * the decision its command names is an adopted proposal of the same alliance, whose motion is
   * this act, decided in the act's issue area under the procedure in force (or, for a crisis vote,
   * under the crisis delegation while the crisis lasts), and not yet carried out. A command that
   * names no decision is refused as by {@link #requireReference()}.
   *
   * <pre>{@code
   * LifecycleEngine engine = LifecycleEngine.of(EventLog.inMemory(clock), DecisionGate.requireAdoptedProposal());
   * engine.handle(new AdmitMember(nato, swe, ProposalId.of("admit-swe").toReference(), LocalDate.of(2023, 4, 4)))
   *     .rejection();
   * // Optional[governance.proposal-not-adopted: proposal admit-swe is OPEN, waiting for 2 ballots (HUN, TUR)]
   * }</pre>
   *
   * @return the gate
   */
  static DecisionGate requireAdoptedProposal() {
    DecisionGate reference = requireReference();
    return request ->
        request.decision().isEmpty()
            ? reference.check(request)
            : request.state().proposals().authorise(request.decision().get(), request.area(), request.procedure(), request.act(), request.state());
  }

  /**
   * Names a decision rule for a reason text: {@code LeadPartner} reads "lead partner".
   *
   * @param rule the rule
   * @return its name in lower-case words
   */
  static String describe(DecisionRule rule) {
    return Proposals.ruleName(rule);
  }
}
