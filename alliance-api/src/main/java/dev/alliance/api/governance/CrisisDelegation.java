package dev.alliance.api.governance;

import dev.alliance.api.Checks;
import java.util.Objects;
import java.util.Set;

/**
 * Authority delegated in advance so that, in a crisis, a smaller body can decide alone on some
 * issue areas instead of waiting for the full membership.
 *
 * @param body the body that may decide
 * @param areas the issue areas it may decide on; at least one
 * @param procedure how that body decides
 */
public record CrisisDelegation(Body body, Set<IssueArea> areas, DecisionProcedure procedure) {

  /** Validates the delegation. */
  public CrisisDelegation {
    Objects.requireNonNull(body, "body");
    areas = Set.copyOf(Objects.requireNonNull(areas, "areas"));
    Objects.requireNonNull(procedure, "procedure");
    Checks.notEmpty("CrisisDelegation.areas", areas);
  }

  /**
   * @param area an issue area
   * @return true when the delegated body may decide on it in a crisis
   */
  public boolean covers(IssueArea area) {
    return areas.contains(area);
  }
}
