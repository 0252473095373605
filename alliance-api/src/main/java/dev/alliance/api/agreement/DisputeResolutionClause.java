package dev.alliance.api.agreement;

import dev.alliance.api.Checks;
import java.util.List;
import java.util.Objects;

/**
 * The dispute-resolution clause: an escalation ladder whose stages each have a time limit, whether
 * stages may be skipped, and what follows when the last stage leaves the dispute unresolved.
 *
 * <pre>{@code
 * DisputeResolutionClause wto = new DisputeResolutionClause(
 *     List.of(EscalationStep.of(DisputeStage.DIRECT_NEGOTIATION, Period.ofDays(60)),
 *             EscalationStep.of(DisputeStage.ARBITRATION, Period.ofMonths(9))),
 *     false,
 *     UnresolvedConsequence.STATUS_QUO);
 * }</pre>
 *
 * @param ladder the stages in escalation order; at least one, each stage at most once
 * @param skippingAllowed whether a dispute may jump past a stage
 * @param unresolved what follows when the last stage does not resolve the dispute
 */
public record DisputeResolutionClause(
    List<EscalationStep> ladder, boolean skippingAllowed, UnresolvedConsequence unresolved) {

  /** Validates the ladder: not empty, and strictly ascending in escalation. */
  public DisputeResolutionClause {
    ladder = List.copyOf(Objects.requireNonNull(ladder, "ladder"));
    Objects.requireNonNull(unresolved, "unresolved");
    Checks.notEmpty("DisputeResolutionClause.ladder", ladder);
    for (int i = 1; i < ladder.size(); i++) {
      DisputeStage previous = ladder.get(i - 1).stage();
      DisputeStage stage = ladder.get(i).stage();
      Checks.check(
          stage.compareTo(previous) > 0,
          "DisputeResolutionClause.ladder[" + i + "]",
          stage,
          "must escalate beyond " + previous + ": a ladder climbs, each stage once");
    }
  }

  /** @return the first stage of the ladder */
  public EscalationStep firstStep() {
    return ladder.get(0);
  }
}
