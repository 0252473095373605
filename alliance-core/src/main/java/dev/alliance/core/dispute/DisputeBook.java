package dev.alliance.core.dispute;

import dev.alliance.api.dispute.DisputeId;
import dev.alliance.api.dispute.DisputeState;
import dev.alliance.api.event.AllianceEvent;
import dev.alliance.api.event.DisputeEvent;
import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Vector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every dispute of one alliance's stream, open and closed: the fold of its {@link DisputeEvent}s.
 * Events of other families are skipped. Each state change is looked up in the dispute table
 * ({@link DisputeTables#dispute()}); an event the table does not allow, or that contradicts the
 * dispute (escalating from another stage, deciding at another stage), means the stream is corrupt,
 * and applying it throws. Immutable: {@link #apply} returns a new book that shares the unchanged
 * disputes.
 *
 * <pre>{@code
 * DisputeBook book = DisputeBook.empty();
 * for (RecordedEvent e : log.read(id, 1)) book = book.apply(e.event());
 * book.open();     // the disputes still climbing their ladders
 * book.closed();   // settled, decided, withdrawn or unresolved
 * }</pre>
 */
public final class DisputeBook {
  private static final DisputeBook EMPTY = new DisputeBook(HashMap.empty(), Vector.empty());

  private final Map<DisputeId, Dispute> disputes;
  private final Vector<DisputeId> order;

  private DisputeBook(Map<DisputeId, Dispute> disputes, Vector<DisputeId> order) {
    this.disputes = disputes;
    this.order = order;
  }

  /** @return a book with no dispute */
  public static DisputeBook empty() {
    return EMPTY;
  }

  /**
   * @param id a dispute's identity
   * @return the dispute; empty when it was never raised
   */
  public Optional<Dispute> get(DisputeId id) {
    return disputes.get(id).toJavaOptional();
  }

  /** @return every dispute, in the order raised */
  public List<Dispute> all() {
    List<Dispute> all = new ArrayList<>(order.size());
    order.forEach(id -> all.add(disputes.get(id).get()));
    return all;
  }

  /** @return the open disputes, in the order raised */
  public List<Dispute> open() {
    return all().stream().filter(Dispute::isOpen).toList();
  }

  /** @return the closed disputes, in the order raised */
  public List<Dispute> closed() {
    return all().stream().filter(d -> !d.isOpen()).toList();
  }

  /** @return the remedies that disputes left unresolved grant, in the order the disputes were raised */
  public List<Remedy> remedies() {
    return all().stream().flatMap(d -> d.remedy().stream()).toList();
  }

  /**
   * Applies the next event of the stream.
   *
   * @param event an event of any family
   * @return the book after it; this book for events of other families
   * @throws IllegalStateException when the dispute table does not allow the event: a corrupt stream
   */
  public DisputeBook apply(AllianceEvent event) {
    if (!(event instanceof DisputeEvent e)) {
      return this;
    }
    Optional<Dispute> current = get(e.dispute());
    DisputeState next =
        DisputeTables.dispute()
            .target(current.map(Dispute::state), e.getClass())
            .orElseThrow(() -> corrupt(e, "dispute " + e.dispute() + " is " + current.map(d -> d.state().name()).orElse("unknown")));
    Dispute changed = changed(current, next, e);
    Vector<DisputeId> ids = current.isPresent() ? order : order.append(e.dispute());
    return new DisputeBook(disputes.put(e.dispute(), changed), ids);
  }

  private static Dispute changed(Optional<Dispute> current, DisputeState next, DisputeEvent event) {
    if (event instanceof DisputeEvent.DisputeRaised e) {
      return Dispute.raised(e.dispute(), e.complainant(), e.respondent(), e.subject(), e.clause(), e.stage(), e.on());
    }
    Dispute dispute = current.orElseThrow();
    if (event instanceof DisputeEvent.DisputeEscalated e) {
      if (e.from() != dispute.stage() || e.to().compareTo(e.from()) <= 0 || !dispute.ladder().contains(e.to())) {
        throw corrupt(e, "the dispute is at " + dispute.stage() + " on the ladder " + dispute.ladder());
      }
      return dispute.escalated(e.to(), e.by(), e.byAgreement(), e.reason(), e.on());
    }
    if (event instanceof DisputeEvent.DisputeSettled e) {
      return dispute.ended(next, new Dispute.Ending(e.on(), dispute.stage(), e.terms(), Optional.empty(), Optional.empty()));
    }
    if (event instanceof DisputeEvent.DisputeDecided e) {
      if (e.stage() != dispute.stage() || !e.stage().isBinding()) {
        throw corrupt(e, "the dispute is at " + dispute.stage());
      }
      return dispute.ended(next, new Dispute.Ending(e.on(), dispute.stage(), e.ruling(), e.prevailing(), Optional.empty()));
    }
    if (event instanceof DisputeEvent.DisputeWithdrawn e) {
      return dispute.ended(next, new Dispute.Ending(e.on(), dispute.stage(), e.reason(), Optional.empty(), Optional.empty()));
    }
    DisputeEvent.DisputeUnresolved e = (DisputeEvent.DisputeUnresolved) event;
    if (e.stage() != dispute.stage()) {
      throw corrupt(e, "the dispute is at " + dispute.stage());
    }
    return dispute.ended(
        next, new Dispute.Ending(e.on(), dispute.stage(), "unresolved: " + e.consequence(), Optional.empty(), Optional.of(e.consequence())));
  }

  private static IllegalStateException corrupt(DisputeEvent event, String why) {
    return new IllegalStateException(
        "the dispute table does not allow " + event.getClass().getSimpleName() + " here (" + why + "): the stream is corrupt");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DisputeBook b && disputes.equals(b.disputes) && order.equals(b.order);
  }

  @Override
  public int hashCode() {
    return disputes.hashCode();
  }

  @Override
  public String toString() {
    return "DisputeBook" + all();
  }
}
