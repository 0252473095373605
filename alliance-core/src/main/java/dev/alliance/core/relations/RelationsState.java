package dev.alliance.core.relations;

import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.event.RecordedEvent;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.trust.TrustObservation;
import dev.alliance.core.dispute.DisputeBook;
import dev.alliance.core.lifecycle.AllianceLifecycle;
import dev.alliance.core.trust.ObservationExtractor;
import dev.alliance.core.trust.TrustLedger;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One alliance's stream folded three ways at one sequence number: its lifecycle (members and the
 * agreement in force, which the rules consult), its disputes, and the trust observations its events
 * yield. Immutable; {@link #apply} returns the state after the next event.
 *
 * <pre>{@code
 * RelationsState state = RelationsState.replay(id, log.read(id, 1), ObservationExtractor.standard());
 * state.disputes().open();
 * state.trust().between(FRA, USA);
 * }</pre>
 *
 * @param lifecycle the alliance's lifecycle state
 * @param disputes its disputes
 * @param trust the trust observations, per ordered pair
 * @param extractor how observations are read off events
 */
public record RelationsState(AllianceLifecycle lifecycle, DisputeBook disputes, TrustLedger trust, ObservationExtractor extractor) {

  /** Checks for nulls. */
  public RelationsState {
    Objects.requireNonNull(lifecycle, "lifecycle");
    Objects.requireNonNull(disputes, "disputes");
    Objects.requireNonNull(trust, "trust");
    Objects.requireNonNull(extractor, "extractor");
  }

  /**
   * @param id the alliance
   * @param extractor how observations are read off events
   * @return the state before the first event
   */
  public static RelationsState empty(AllianceId id, ObservationExtractor extractor) {
    return new RelationsState(AllianceLifecycle.empty(id), DisputeBook.empty(), TrustLedger.empty(), extractor);
  }

  /**
   * @param id the alliance
   * @param events its events in stream order, from sequence 1
   * @param extractor how observations are read off events
   * @return the state after the last event
   */
  public static RelationsState replay(AllianceId id, Iterable<RecordedEvent> events, ObservationExtractor extractor) {
    RelationsState state = empty(id, extractor);
    for (RecordedEvent event : events) {
      state = state.apply(event);
    }
    return state;
  }

  /** @return the sequence number of the last event applied */
  public long sequence() {
    return lifecycle.sequence();
  }

  /** @return the parties bound by the agreement, in the order they were invited */
  public Set<PartnerId> parties() {
    return new LinkedHashSet<>(lifecycle.partyIds());
  }

  /**
   * Applies the next event of the stream. Observations are read with the parties as they stood
   * before the event.
   *
   * @param recorded the event numbered {@code sequence() + 1}
   * @return the state after it
   * @throws IllegalStateException when the event is not allowed where it stands: a corrupt stream
   */
  public RelationsState apply(RecordedEvent recorded) {
    List<TrustObservation> observed = extractor.observe(recorded.event(), parties());
    TrustLedger ledger = trust;
    for (TrustObservation o : observed) {
      ledger = ledger.with(o);
    }
    return new RelationsState(lifecycle.apply(recorded), disputes.apply(recorded.event()), ledger, extractor);
  }
}
