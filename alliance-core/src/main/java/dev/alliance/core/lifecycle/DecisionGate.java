package dev.alliance.core.lifecycle;

import dev.alliance.api.command.Rejection;
import dev.alliance.api.governance.DecisionRule;
import java.util.Locale;
import java.util.Optional;

/**
 * The seam between the lifecycle and the alliance's governance. Admitting, suspending, reinstating
 * and expelling members, extending a withdrawal, amending the agreement, suspending or resuming
 * operations and dissolving are acts the governance must authorise; the lifecycle asks the gate,
 * and the gate either accepts or returns the rejection.
 *
 * <p>The default, {@link #requireReference()}, accepts an act when the command names an adopted
 * decision ({@link dev.alliance.api.governance.DecisionReference}) and rejects it with the rule
 * {@value #DECISION_REQUIRED} otherwise; it trusts that the reference is real. A gate backed by the
 * governance engine can check more: that the referenced proposal exists, concerns this act, falls
 * in the right issue area and was adopted under {@link DecisionRequest#procedure()}.
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
   * Names a decision rule for a reason text: {@code LeadPartner} reads "lead partner".
   *
   * @param rule the rule
   * @return its name in lower-case words
   */
  static String describe(DecisionRule rule) {
    return rule.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }
}
