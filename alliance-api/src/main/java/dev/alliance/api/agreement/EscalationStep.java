package dev.alliance.api.agreement;

import dev.alliance.api.Checks;
import java.util.Objects;
import java.time.Period;

/**
 * One rung of a dispute-resolution ladder.
 *
 * @param stage the stage
 * @param timeLimit how long the stage may take before the dispute may escalate; positive
 */
public record EscalationStep(DisputeStage stage, Period timeLimit) {
  /** Validates the step. */
  public EscalationStep {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(timeLimit, "timeLimit");
    Checks.check(
        !timeLimit.isNegative() && !timeLimit.isZero(), "EscalationStep.timeLimit", timeLimit, "must be positive");
  }

  /**
   * @param stage the stage
   * @param timeLimit its time limit
   * @return the step
   */
  public static EscalationStep of(DisputeStage stage, Period timeLimit) {
    return new EscalationStep(stage, timeLimit);
  }
}
