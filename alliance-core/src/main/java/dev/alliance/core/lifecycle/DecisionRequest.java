package dev.alliance.core.lifecycle;

import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.event.AllianceEvent;
import dev.alliance.api.governance.DecisionProcedure;
import dev.alliance.api.governance.DecisionReference;
import dev.alliance.api.governance.IssueArea;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link DecisionGate} is asked to judge: an act that the alliance's governance must
 * authorise, the issue area it falls in, the procedure the agreement prescribes for that area, and
 * the decision the command names.
 *
 * @param state the alliance's state before the act
 * @param area the issue area: membership, amendment, suspension or dissolution
 * @param procedure the procedure the governance in force prescribes for the area
 * @param act the event the act would record
 * @param decision the adopted decision the command names, when it names one
 */
public record DecisionRequest(
    AllianceLifecycle state,
    IssueArea area,
    DecisionProcedure procedure,
    AllianceEvent act,
    Optional<DecisionReference> decision) {

  /** Checks for nulls. */
  public DecisionRequest {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(procedure, "procedure");
    Objects.requireNonNull(act, "act");
    Objects.requireNonNull(decision, "decision");
  }

  /** @return the alliance */
  public AllianceId alliance() {
    return state.id();
  }
}
