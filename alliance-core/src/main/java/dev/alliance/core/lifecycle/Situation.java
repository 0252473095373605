package dev.alliance.core.lifecycle;

import java.util.Objects;

/**
 * What the lifecycle's guards see when they judge an event: the alliance's state before the event,
 * and the decision gate that judges governance decisions.
 *
 * @param state the alliance's state before the event
 * @param gate the decision gate
 */
public record Situation(AllianceLifecycle state, DecisionGate gate) {
  /** Checks for nulls. */
  public Situation {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(gate, "gate");
  }
}
