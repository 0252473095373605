package dev.alliance.core.contribution;

import dev.alliance.api.Checks;
import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.contribution.CommitmentId;
import dev.alliance.api.contribution.Contribution;
import dev.alliance.api.contribution.Valuation;
import dev.alliance.api.event.AllianceEvent;
import dev.alliance.api.event.ContributionEvent;
import dev.alliance.api.event.RecordedEvent;
import dev.alliance.api.partner.PartnerId;
import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Vector;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The contributions recorded in one alliance's stream: a pure left fold of its {@link
 * ContributionEvent}s into commitments, deliveries, arrears and fulfillment ratios. Each {@link
 * #apply(RecordedEvent) apply} returns a new ledger and leaves this one unchanged; commitments are
 * kept in persistent collections, so an event shares the unchanged ones with the previous ledger.
 *
 * <p>Events of other families (lifecycle, membership, proposals, ...) only advance the sequence
 * number and the latest day. An event that contradicts the ledger (a delivery against an unknown or
 * completed commitment, more than the balance, in another unit; a commitment id used twice) means
 * the stream is corrupt, and applying it throws.
 *
 * <pre>{@code
 * ContributionLedger ledger = ContributionLedger.replay(nato, log.read(nato, 1));
 * ledger.arrears(LocalDate.of(2025, 1, 31));          // commitments due before that day and not delivered
 * ledger.fulfillment(PartnerId.of("POL"), "EUR", LocalDate.of(2025, 1, 31)); // Optional[Fulfillment[...]]
 * }</pre>
 *
 * <p>Questions "as of a day" read the ledger as it stands, so the day may not lie before the
 * ledger's latest event; for an earlier day, fold the stream up to that day first ({@link
 * ContributionEngine#ledgerOn}).
 */
public final class ContributionLedger {
  private final AllianceId id;
  private final long sequence;
  private final LocalDate lastOn;
  private final Map<CommitmentId, Commitment> commitments;
  private final Vector<CommitmentId> order;

  private ContributionLedger(
      AllianceId id, long sequence, LocalDate lastOn, Map<CommitmentId, Commitment> commitments, Vector<CommitmentId> order) {
    this.id = id;
    this.sequence = sequence;
    this.lastOn = lastOn;
    this.commitments = commitments;
    this.order = order;
  }

  /**
   * @param id the alliance
   * @return the ledger before the stream's first event
   */
  public static ContributionLedger empty(AllianceId id) {
    return new ContributionLedger(Objects.requireNonNull(id, "id"), 0, null, HashMap.empty(), Vector.empty());
  }

  /**
   * Folds a stream from its first event.
   *
   * @param id the alliance
   * @param events its events in stream order, from sequence 1
   * @return the ledger after the last event; nothing of the events is retained
   */
  public static ContributionLedger replay(AllianceId id, Iterable<RecordedEvent> events) {
    ContributionLedger ledger = empty(id);
    for (RecordedEvent event : events) {
      ledger = ledger.apply(event);
    }
    return ledger;
  }

  /**
   * Applies the next event of the stream.
   *
   * @param recorded the event numbered {@code sequence() + 1} of this alliance's stream
   * @return the ledger after it
   * @throws IllegalArgumentException when the event belongs to another alliance or does not follow
   *     without a gap
   * @throws IllegalStateException when the event contradicts the ledger: a corrupt stream
   */
  public ContributionLedger apply(RecordedEvent recorded) {
    Objects.requireNonNull(recorded, "recorded");
    if (!recorded.alliance().equals(id)) {
      throw new IllegalArgumentException("event #" + recorded.sequence() + " belongs to " + recorded.alliance() + ", not " + id);
    }
    if (recorded.sequence() != sequence + 1) {
      throw new IllegalArgumentException(id + ": event #" + recorded.sequence() + " does not follow #" + sequence + " without a gap");
    }
    return evolve(recorded.event(), recorded.sequence());
  }

  private ContributionLedger evolve(AllianceEvent event, long nextSequence) {
    LocalDate day = lastOn == null || event.on().isAfter(lastOn) ? event.on() : lastOn;
    if (!(event instanceof ContributionEvent contribution)) {
      return new ContributionLedger(id, nextSequence, day, commitments, order);
    }
    if (contribution instanceof ContributionEvent.CommitmentMade made) {
      if (commitments.containsKey(made.commitment())) {
        throw corrupt(made, "the commitment id is already taken");
      }
      Valuation none = Valuation.of(BigDecimal.ZERO, made.amount().unit());
      Commitment commitment =
          new Commitment(
              made.commitment(), made.partner(), made.kind(), made.description(), made.amount(), made.on(), made.dueOn(),
              none, Optional.empty(), Optional.empty());
      return new ContributionLedger(id, nextSequence, day, commitments.put(made.commitment(), commitment), order.append(made.commitment()));
    }
    Commitment current = commitments.get(contribution.commitment()).getOrElseThrow(() -> corrupt(contribution, "no such commitment"));
    if (!current.partner().equals(contribution.partner())) {
      throw corrupt(contribution, "the commitment is " + current.partner() + "'s");
    }
    Commitment next;
    if (contribution instanceof ContributionEvent.ContributionDelivered delivered) {
      if (current.isFulfilled()
          || !delivered.amount().unit().equals(current.unit())
          || delivered.amount().amount().compareTo(current.outstanding().amount()) > 0) {
        throw corrupt(contribution, "the commitment's outstanding balance is " + current.outstanding());
      }
      next = withDelivered(current, current.delivered().plus(delivered.amount()));
    } else if (contribution instanceof ContributionEvent.CommitmentMissed missed) {
      if (current.isFulfilled() || current.missedOn().isPresent() || !missed.dueOn().equals(current.dueOn())) {
        throw corrupt(contribution, "the commitment is not in arrears since " + current.dueOn() + " without a record");
      }
      next =
          new Commitment(
              current.id(), current.partner(), current.kind(), current.description(), current.amount(), current.madeOn(),
              current.dueOn(), current.delivered(), Optional.of(missed.on()), current.fulfilledOn());
    } else {
      ContributionEvent.CommitmentFulfilled fulfilled = (ContributionEvent.CommitmentFulfilled) contribution;
      if (current.isFulfilled() || current.outstanding().amount().signum() != 0) {
        throw corrupt(contribution, "the commitment's outstanding balance is " + current.outstanding());
      }
      next =
          new Commitment(
              current.id(), current.partner(), current.kind(), current.description(), current.amount(), current.madeOn(),
              current.dueOn(), current.delivered(), current.missedOn(), Optional.of(fulfilled.on()));
    }
    return new ContributionLedger(id, nextSequence, day, commitments.put(next.id(), next), order);
  }

  private static Commitment withDelivered(Commitment c, Valuation delivered) {
    return new Commitment(
        c.id(), c.partner(), c.kind(), c.description(), c.amount(), c.madeOn(), c.dueOn(), delivered, c.missedOn(), c.fulfilledOn());
  }

  private IllegalStateException corrupt(ContributionEvent event, String why) {
    return new IllegalStateException(
        id + ": " + event.getClass().getSimpleName() + " of " + event.commitment() + " contradicts the ledger (" + why
            + "): the stream is corrupt");
  }

  /** @return the alliance */
  public AllianceId id() {
    return id;
  }

  /** @return the sequence number of the last event applied: 0 before the first */
  public long sequence() {
    return sequence;
  }

  /** @return the day of the latest event applied, of any family; empty before the first */
  public Optional<LocalDate> lastActOn() {
    return Optional.ofNullable(lastOn);
  }

  /** @return every commitment, in the order they were made */
  public List<Commitment> commitments() {
    List<Commitment> list = new ArrayList<>(order.size());
    for (CommitmentId commitment : order) {
      list.add(commitments.get(commitment).get());
    }
    return Collections.unmodifiableList(list);
  }

  /**
   * @param commitment a commitment's identity
   * @return the commitment; empty when it was never made
   */
  public Optional<Commitment> commitment(CommitmentId commitment) {
    return commitments.get(commitment).toJavaOptional();
  }

  /**
   * @param partner a partner
   * @return its commitments, in the order they were made
   */
  public List<Commitment> commitmentsOf(PartnerId partner) {
    return commitments().stream().filter(c -> c.partner().equals(partner)).toList();
  }

  /** @return the partners that made commitments, in identity order */
  public SortedSet<PartnerId> partners() {
    SortedSet<PartnerId> partners = new TreeSet<>();
    commitments.values().forEach(c -> partners.add(c.partner()));
    return Collections.unmodifiableSortedSet(partners);
  }

  /** @return the units the commitments are valued in, in alphabetical order */
  public SortedSet<String> units() {
    SortedSet<String> units = new TreeSet<>();
    commitments.values().forEach(c -> units.add(c.unit()));
    return Collections.unmodifiableSortedSet(units);
  }

  /**
   * The commitments in arrears on a day: due before it and not delivered in full.
   *
   * @param asOf the day; not before the ledger's latest event
   * @return those commitments, in the order they were made
   */
  public List<Commitment> arrears(LocalDate asOf) {
    requireNotBeforeLastAct(asOf);
    return commitments().stream().filter(c -> c.isInArrearsOn(asOf)).toList();
  }

  /**
   * The commitments in arrears on a day whose arrears are not recorded yet: what {@code
   * AssessArrears} on that day records.
   *
   * @param asOf the day; not before the ledger's latest event
   * @return those commitments, by due date and then identity
   */
  public List<Commitment> unrecordedArrears(LocalDate asOf) {
    List<Commitment> due = new ArrayList<>(arrears(asOf).stream().filter(c -> c.missedOn().isEmpty()).toList());
    due.sort((a, b) -> a.dueOn().equals(b.dueOn()) ? a.id().compareTo(b.id()) : a.dueOn().compareTo(b.dueOn()));
    return List.copyOf(due);
  }

  /**
   * @param partner a partner
   * @param unit a valuation unit
   * @param asOf the day; not before the ledger's latest event
   * @return the partner's fulfillment in that unit; empty when it made no commitment in it
   */
  public Optional<Fulfillment> fulfillment(PartnerId partner, String unit, LocalDate asOf) {
    requireNotBeforeLastAct(asOf);
    return sum(Optional.of(partner), unit, asOf, commitments().stream().filter(c -> c.partner().equals(partner)).toList());
  }

  /**
   * @param unit a valuation unit
   * @param asOf the day; not before the ledger's latest event
   * @return the whole alliance's fulfillment in that unit; empty when no commitment is in it
   */
  public Optional<Fulfillment> fulfillment(String unit, LocalDate asOf) {
    requireNotBeforeLastAct(asOf);
    return sum(Optional.empty(), unit, asOf, commitments());
  }

  /**
   * Everyone's fulfillment, per unit: the data behind a ledger report.
   *
   * @param asOf the day; not before the ledger's latest event
   * @return per unit (alphabetical), each partner's fulfillment (identity order); the alliance's
   *     total is the {@link Fulfillment#plus sum} of its partners'
   */
  public java.util.Map<String, List<Fulfillment>> fulfillments(LocalDate asOf) {
    requireNotBeforeLastAct(asOf);
    java.util.Map<String, List<Fulfillment>> byUnit = new TreeMap<>();
    for (String unit : units()) {
      List<Fulfillment> rows = new ArrayList<>();
      for (PartnerId partner : partners()) {
        fulfillment(partner, unit, asOf).ifPresent(rows::add);
      }
      byUnit.put(unit, List.copyOf(rows));
    }
    return Collections.unmodifiableMap(byUnit);
  }

  /**
   * @return every commitment as api contributions (delivered and committed parts), for instance
   *     to weigh votes by delivered contributions
   */
  public List<Contribution> contributions() {
    List<Contribution> all = new ArrayList<>();
    commitments().forEach(c -> all.addAll(c.toContributions()));
    return Collections.unmodifiableList(all);
  }

  private static Optional<Fulfillment> sum(Optional<PartnerId> partner, String unit, LocalDate asOf, List<Commitment> of) {
    BigDecimal committed = BigDecimal.ZERO;
    BigDecimal delivered = BigDecimal.ZERO;
    BigDecimal inArrears = BigDecimal.ZERO;
    int count = 0;
    int onTime = 0;
    int late = 0;
    int overdue = 0;
    for (Commitment c : of) {
      if (!c.unit().equals(unit)) {
        continue;
      }
      count++;
      committed = committed.add(c.amount().amount());
      delivered = delivered.add(c.delivered().amount());
      CommitmentStatus status = c.statusOn(asOf);
      if (status == CommitmentStatus.IN_ARREARS) {
        overdue++;
        inArrears = inArrears.add(c.outstanding().amount());
      } else if (status == CommitmentStatus.FULFILLED_ON_TIME) {
        onTime++;
      } else if (status == CommitmentStatus.FULFILLED_LATE) {
        late++;
      }
    }
    if (count == 0) {
      return Optional.empty();
    }
    return Optional.of(new Fulfillment(partner, unit, asOf, committed, delivered, inArrears, count, onTime, late, overdue));
  }

  private void requireNotBeforeLastAct(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    Checks.check(
        lastOn == null || !asOf.isBefore(lastOn),
        "ContributionLedger.asOf",
        asOf,
        "must not be before the ledger's latest event, " + lastOn + "; fold the stream up to that day first");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ContributionLedger that
        && id.equals(that.id)
        && sequence == that.sequence
        && Objects.equals(lastOn, that.lastOn)
        && commitments.equals(that.commitments)
        && order.equals(that.order);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, sequence, lastOn, commitments);
  }

  @Override
  public String toString() {
    java.util.Map<String, Integer> counts = new LinkedHashMap<>();
    commitments().forEach(c -> counts.merge(c.statusOn(lastOn).name(), 1, Integer::sum));
    return "ContributionLedger[" + id + " #" + sequence + ", " + order.size() + " commitments " + counts + "]";
  }
}
