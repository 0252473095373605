package dev.alliance.api.agreement;

import dev.alliance.api.governance.Governance;
import java.util.Objects;

/**
 * The governance clause: the bodies and decision procedures the parties agree on.
 *
 * @param governance the agreed governance
 */
public record GovernanceClause(Governance governance) {
  /** Validates the clause. */
  public GovernanceClause {
    Objects.requireNonNull(governance, "governance");
  }
}
