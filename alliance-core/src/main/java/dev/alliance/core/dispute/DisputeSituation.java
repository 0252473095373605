package dev.alliance.core.dispute;

import dev.alliance.core.lifecycle.AllianceLifecycle;
import java.util.Objects;
import java.util.Optional;

/**
 * What the dispute table's guards see: the alliance as it stands (its parties and the agreement in
 * force) and the dispute the event concerns, as it stood before the event.
 *
 * @param alliance the alliance's lifecycle state
 * @param dispute the dispute; empty for the event that raises it
 */
public record DisputeSituation(AllianceLifecycle alliance, Optional<Dispute> dispute) {
  /** Checks for nulls. */
  public DisputeSituation {
    Objects.requireNonNull(alliance, "alliance");
    Objects.requireNonNull(dispute, "dispute");
  }

  /** @return the dispute; only for events that follow its raising, which the table guarantees */
  Dispute current() {
    return dispute.orElseThrow(() -> new IllegalStateException("the dispute table let an event through before the dispute was raised"));
  }
}
