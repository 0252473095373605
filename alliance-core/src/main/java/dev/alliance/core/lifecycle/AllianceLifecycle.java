package dev.alliance.core.lifecycle;

import dev.alliance.api.agreement.Agreement;
import dev.alliance.api.alliance.Alliance;
import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.alliance.Member;
import dev.alliance.api.event.AllianceEvent;
import dev.alliance.api.event.GovernedEvent;
import dev.alliance.api.event.LifecycleEvent;
import dev.alliance.api.event.MembershipEvent;
import dev.alliance.api.event.ProposalEvent;
import dev.alliance.api.event.RecordedEvent;
import dev.alliance.api.governance.Governance;
import dev.alliance.api.lifecycle.AllianceState;
import dev.alliance.api.lifecycle.MembershipState;
import dev.alliance.api.objective.Objective;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.proposal.ProposalId;
import dev.alliance.api.typology.Typology;
import dev.alliance.core.proposal.Polity;
import dev.alliance.core.proposal.Proposal;
import dev.alliance.core.proposal.Proposals;
import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Vector;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The state of one alliance's stream: a pure left fold of its events. Each {@link
 * #apply(RecordedEvent) apply} returns a new state and leaves this one unchanged; the members are
 * kept in persistent collections, so applying an event shares the unchanged memberships with the
 * previous state instead of copying them.
 *
 * <p>The fold knows the {@link LifecycleEvent}, {@link MembershipEvent} and {@link ProposalEvent}
 * families: the proposals of the stream are part of the state ({@link #proposals()}), so that the
 * decision gate can judge a governed act against them. Events of any other family (recorded in the
 * same stream by other engines) only advance the sequence number and the latest day; the lifecycle
 * ignores them. Every state change is looked up in {@link LifecycleTables} (and, for proposals,
 * {@link dev.alliance.core.proposal.ProposalTables}); an event the tables do not allow means the
 * stream is corrupt, and applying it throws.
 *
 * <p>As a {@link Polity}, the state tells proposals who may vote and which governance is in force.
 *
 * <pre>{@code
 * AllianceLifecycle state = AllianceLifecycle.replay(AllianceId.of("eu"), log.read(AllianceId.of("eu"), 1));
 * state.state();                               // Optional[OPERATING]
 * state.membershipState(PartnerId.of("GBR"));  // Optional[WITHDRAWN]
 * state.toAlliance().orElseThrow().parties();  // the 27 remaining members
 * }</pre>
 */
public final class AllianceLifecycle implements Polity {
  private static final java.util.Map<Class<?>, BiConsumer<Draft, AllianceEvent>> EFFECTS = effects();

  private final AllianceId id;
  private final long sequence;
  private final Instant recordedAt;
  private final LocalDate lastOn;
  private final AllianceState state;
  private final LifecycleEvent.AllianceProposed charter;
  private final Agreement agreement;
  private final Map<PartnerId, Membership> members;
  private final Vector<PartnerId> order;
  private final int parties;
  private final Map<String, BigDecimal> measurements;
  private final LocalDate foundedOn;
  private final LocalDate endedOn;
  private final LocalDate windDownSince;
  private final LocalDate crisisSince;
  private final Proposals proposals;

  private AllianceLifecycle(AllianceId id) {
    this.id = id;
    this.sequence = 0;
    this.recordedAt = null;
    this.lastOn = null;
    this.state = null;
    this.charter = null;
    this.agreement = null;
    this.members = HashMap.empty();
    this.order = Vector.empty();
    this.parties = 0;
    this.measurements = HashMap.empty();
    this.foundedOn = null;
    this.endedOn = null;
    this.windDownSince = null;
    this.crisisSince = null;
    this.proposals = Proposals.none();
  }

  private AllianceLifecycle(Draft d) {
    this.id = d.id;
    this.sequence = d.sequence;
    this.recordedAt = d.recordedAt;
    this.lastOn = d.lastOn;
    this.state = d.state;
    this.charter = d.charter;
    this.agreement = d.agreement;
    this.members = d.members;
    this.order = d.order;
    this.parties = d.parties;
    this.measurements = d.measurements;
    this.foundedOn = d.foundedOn;
    this.endedOn = d.endedOn;
    this.windDownSince = d.windDownSince;
    this.crisisSince = d.crisisSince;
    this.proposals = d.proposals;
  }

  /**
   * @param id the alliance
   * @return the state before its first event: sequence 0, not yet proposed
   */
  public static AllianceLifecycle empty(AllianceId id) {
    return new AllianceLifecycle(Objects.requireNonNull(id, "id"));
  }

  /**
   * Folds a stream from its first event.
   *
   * @param id the alliance
   * @param events its events in stream order, from sequence 1
   * @return the state after the last event; nothing of the events is retained
   */
  public static AllianceLifecycle replay(AllianceId id, Iterable<RecordedEvent> events) {
    AllianceLifecycle state = empty(id);
    for (RecordedEvent event : events) {
      state = state.apply(event);
    }
    return state;
  }

  /**
   * Applies the next event of the stream.
   *
   * @param recorded the event numbered {@code sequence() + 1} of this alliance's stream
   * @return the state after it
   * @throws IllegalArgumentException when the event belongs to another alliance or does not follow
   *     without a gap
   * @throws IllegalStateException when the transition tables do not allow the event: a corrupt
   *     stream
   */
  public AllianceLifecycle apply(RecordedEvent recorded) {
    Objects.requireNonNull(recorded, "recorded");
    if (!recorded.alliance().equals(id)) {
      throw new IllegalArgumentException("event #" + recorded.sequence() + " belongs to " + recorded.alliance() + ", not " + id);
    }
    if (recorded.sequence() != sequence + 1) {
      throw new IllegalArgumentException(
          id + ": event #" + recorded.sequence() + " does not follow #" + sequence + " without a gap");
    }
    Draft draft = new Draft(this);
    draft.sequence = recorded.sequence();
    draft.recordedAt = recorded.recordedAt();
    evolve(draft, recorded.event());
    return new AllianceLifecycle(draft);
  }

  /** Applies an event that is not recorded yet: the command handler's look ahead. */
  AllianceLifecycle evolve(AllianceEvent event) {
    Draft draft = new Draft(this);
    evolve(draft, event);
    return new AllianceLifecycle(draft);
  }

  private static void evolve(Draft draft, AllianceEvent event) {
    if (draft.lastOn == null || event.on().isAfter(draft.lastOn)) {
      draft.lastOn = event.on();
    }
    BiConsumer<Draft, AllianceEvent> effect = EFFECTS.get(event.getClass());
    if (effect == null) {
      return; // a family the lifecycle does not fold
    }
    Class<?> type = event.getClass();
    if (LifecycleTables.alliance().knows(type)) {
      AllianceState before = draft.state;
      draft.state =
          LifecycleTables.alliance()
              .target(Optional.ofNullable(before), type)
              .orElseThrow(() -> corrupt(draft, event, "the alliance is " + before));
    }
    effect.accept(draft, event);
    if (event instanceof GovernedEvent governed && governed.decision().isPresent()) {
      draft.proposals = draft.proposals.carriedOut(governed.decision().get(), event.on());
    }
    if ((event instanceof MembershipEvent || event instanceof LifecycleEvent.AgreementSigned) && draft.proposals.hasOpenVotes()) {
      draft.proposals = draft.proposals.admitVoters(new AllianceLifecycle(draft));
    }
  }

  private static IllegalStateException corrupt(Draft draft, AllianceEvent event, String why) {
    return new IllegalStateException(
        draft.id + ": the transition tables do not allow " + event.getClass().getSimpleName() + " here (" + why
            + "): the stream is corrupt");
  }

  private static java.util.Map<Class<?>, BiConsumer<Draft, AllianceEvent>> effects() {
    Effects e = new Effects();
    e.on(LifecycleEvent.AllianceProposed.class, (d, ev) -> d.charter = ev);
    e.on(LifecycleEvent.NegotiationsOpened.class, (d, ev) -> {});
    e.on(
        LifecycleEvent.AgreementSigned.class,
        (d, ev) -> {
          d.agreement = ev.agreement();
          d.foundedOn = ev.on();
          for (PartnerId signatory : ev.signatories()) {
            d.move(signatory, ev, m -> m.withJoinedOn(ev.on()));
          }
        });
    e.on(LifecycleEvent.FormationAbandoned.class, (d, ev) -> d.endedOn = ev.on());
    e.on(LifecycleEvent.OperationsStarted.class, (d, ev) -> {});
    e.on(LifecycleEvent.ReviewOpened.class, (d, ev) -> {});
    e.on(LifecycleEvent.AgreementAmended.class, (d, ev) -> d.agreement = ev.agreement());
    e.on(LifecycleEvent.ReviewConcluded.class, (d, ev) -> {});
    e.on(LifecycleEvent.OperationsSuspended.class, (d, ev) -> {});
    e.on(LifecycleEvent.OperationsResumed.class, (d, ev) -> {});
    e.on(LifecycleEvent.DissolutionDecided.class, (d, ev) -> d.windDownSince = ev.on());
    e.on(LifecycleEvent.DissolutionTriggered.class, (d, ev) -> d.windDownSince = ev.on());
    e.on(LifecycleEvent.AllianceDissolved.class, (d, ev) -> d.endedOn = ev.on());
    e.on(LifecycleEvent.ObjectiveMeasured.class, (d, ev) -> d.measurements = d.measurements.put(ev.objective(), ev.value()));
    e.on(LifecycleEvent.MissionCompleted.class, (d, ev) -> d.endedOn = ev.on());
    e.on(LifecycleEvent.MandateExpired.class, (d, ev) -> d.endedOn = ev.on());
    e.on(LifecycleEvent.CrisisDeclared.class, (d, ev) -> d.crisisSince = ev.on());
    e.on(LifecycleEvent.CrisisEnded.class, (d, ev) -> d.crisisSince = null);

    e.on(
        MembershipEvent.MemberInvited.class,
        (d, ev) -> {
          MembershipState invited =
              LifecycleTables.membership()
                  .target(Optional.empty(), ev.getClass())
                  .orElseThrow(() -> corrupt(d, ev, "no first membership event"));
          if (d.members.containsKey(ev.partner())) {
            throw corrupt(d, ev, ev.partner() + " already has a membership");
          }
          Member member =
              Member.builder().partner(ev.invitee()).role(ev.role()).weight(ev.weight()).state(invited).build();
          d.members = d.members.put(ev.partner(), new Membership(member, null));
          d.order = d.order.append(ev.partner());
        });
    e.on(MembershipEvent.AccessionBegun.class, (d, ev) -> d.move(ev.partner(), ev, m -> m));
    e.on(MembershipEvent.MemberAdmitted.class, (d, ev) -> d.move(ev.partner(), ev, m -> m.withJoinedOn(ev.on())));
    e.on(MembershipEvent.CandidacyWithdrawn.class, (d, ev) -> d.move(ev.partner(), ev, m -> m.withLeftOn(ev.on())));
    e.on(MembershipEvent.MemberSuspended.class, (d, ev) -> d.move(ev.partner(), ev, m -> m));
    e.on(MembershipEvent.MemberReinstated.class, (d, ev) -> d.move(ev.partner(), ev, m -> m));
    e.on(
        MembershipEvent.WithdrawalNoticeGiven.class,
        (d, ev) -> {
          d.move(ev.partner(), ev, m -> m);
          d.setEffectiveOn(ev.partner(), ev.effectiveOn());
        });
    e.on(
        MembershipEvent.WithdrawalExtended.class,
        (d, ev) -> {
          d.move(ev.partner(), ev, m -> m);
          d.setEffectiveOn(ev.partner(), ev.effectiveOn());
        });
    e.on(
        MembershipEvent.WithdrawalTookEffect.class,
        (d, ev) -> {
          // The member left on the day the withdrawal became effective, not the day it was recorded.
          LocalDate effective = d.effectiveOn(ev.partner()).orElse(ev.on());
          d.move(ev.partner(), ev, m -> m.withLeftOn(effective));
        });
    e.on(MembershipEvent.MemberExpelled.class, (d, ev) -> d.move(ev.partner(), ev, m -> m.withLeftOn(ev.on())));

    // Proposal events move proposals, judged against the alliance as it stood before them.
    for (Class<? extends ProposalEvent> type :
        List.of(
            ProposalEvent.ProposalDrafted.class,
            ProposalEvent.VoteOpened.class,
            ProposalEvent.BallotCast.class,
            ProposalEvent.VoteClosed.class,
            ProposalEvent.ProposalAdopted.class,
            ProposalEvent.ProposalRejected.class,
            ProposalEvent.ProposalExpired.class,
            ProposalEvent.ProposalWithdrawn.class)) {
      e.on(type, (d, ev) -> d.proposals = d.proposals.apply(ev, new AllianceLifecycle(d)));
    }
    return Collections.unmodifiableMap(e.effects);
  }

  /** @return the alliance */
  public AllianceId id() {
    return id;
  }

  /** @return the sequence number of the last event applied: 0 before the first */
  public long sequence() {
    return sequence;
  }

  /** @return when the last applied event was recorded; empty before the first */
  public Optional<Instant> recordedAt() {
    return Optional.ofNullable(recordedAt);
  }

  /** @return the day of the latest event applied, of any family; empty before the first */
  public Optional<LocalDate> lastActOn() {
    return Optional.ofNullable(lastOn);
  }

  /** @return where the alliance stands; empty until it is proposed */
  public Optional<AllianceState> state() {
    return Optional.ofNullable(state);
  }

  /** @return the typology it was proposed with; empty until it is proposed */
  public Optional<Typology> typology() {
    return charter == null ? Optional.empty() : Optional.of(charter.typology());
  }

  /** @return its objectives; empty until it is proposed */
  public List<Objective> objectives() {
    return charter == null ? List.of() : charter.objectives();
  }

  /** @return the agreement in force (or signed); empty until it is signed */
  public Optional<Agreement> agreement() {
    return Optional.ofNullable(agreement);
  }

  /** @return the governance in force: the agreement's, or consensus on everything before there is one */
  @Override
  public Governance governance() {
    return agreement().flatMap(Agreement::governance).map(clause -> clause.governance()).orElseGet(Governance::consensusForAll);
  }

  /**
   * @param partner a partner
   * @return whether it has a membership in any state (invited to expelled), as the alliance view
   *     lists it among its members
   */
  public boolean isMember(PartnerId partner) {
    return members.containsKey(partner);
  }

  /**
   * @param partner a partner
   * @return its membership, in whatever state; empty when it was never invited
   */
  @Override
  public Optional<Member> member(PartnerId partner) {
    return members.get(partner).map(Membership::member).toJavaOptional();
  }

  /**
   * @param partner a partner
   * @return where its membership stands; empty when it was never invited
   */
  public Optional<MembershipState> membershipState(PartnerId partner) {
    return member(partner).map(Member::state);
  }

  /**
   * @param partner a partner that gave notice
   * @return the day its withdrawal can take (or took) effect; empty when it never gave notice
   */
  public Optional<LocalDate> withdrawalEffectiveOn(PartnerId partner) {
    return members.get(partner).flatMap(m -> io.vavr.control.Option.of(m.withdrawalEffectiveOn())).toJavaOptional();
  }

  /** @return every membership, in the order the partners were invited */
  @Override
  public List<Member> members() {
    List<Member> list = new ArrayList<>(order.size());
    for (PartnerId partner : order) {
      list.add(members.get(partner).get().member());
    }
    return Collections.unmodifiableList(list);
  }

  /** @return the number of parties: members bound by the agreement (member, suspended, withdrawing) */
  public int parties() {
    return parties;
  }

  /** @return the parties' identities, in the order they were invited */
  public List<PartnerId> partyIds() {
    return members().stream().filter(Member::isParty).map(Member::id).toList();
  }

  /**
   * @param objective an objective's name
   * @return its latest measured value; empty when it was never measured
   */
  public Optional<BigDecimal> measurement(String objective) {
    return measurements.get(objective).toJavaOptional();
  }

  /** @return the day the agreement was signed; empty before */
  public Optional<LocalDate> foundedOn() {
    return Optional.ofNullable(foundedOn);
  }

  /** @return the day the alliance ended (dissolved, abandoned or completed); empty while it lasts */
  public Optional<LocalDate> endedOn() {
    return Optional.ofNullable(endedOn);
  }

  /** @return the day the wind-down started; empty unless dissolution began */
  public Optional<LocalDate> windDownSince() {
    return Optional.ofNullable(windDownSince);
  }

  /** @return the alliance's name; its id until it is proposed */
  @Override
  public String name() {
    return charter == null ? id.value() : charter.name();
  }

  /** @return the day the crisis in progress was declared; empty when there is none */
  public Optional<LocalDate> crisisSince() {
    return Optional.ofNullable(crisisSince);
  }

  /** @return true while a declared crisis lasts */
  @Override
  public boolean isInCrisis() {
    return crisisSince != null;
  }

  /** @return every proposal of the stream */
  public Proposals proposals() {
    return proposals;
  }

  /**
   * @param id a proposal's identity
   * @return the proposal; empty when it was never drafted
   */
  public Optional<Proposal> proposal(ProposalId id) {
    return proposals.get(id);
  }

  /**
   * Builds the api view of the alliance. This validates the whole aggregate, so build it when it
   * is needed rather than after every event.
   *
   * @return the alliance as of this state; empty until it is proposed
   */
  public Optional<Alliance> toAlliance() {
    return charter == null ? Optional.empty() : Optional.of(view());
  }

  private Alliance view() {
    return Alliance.builder()
        .id(id)
        .name(charter.name())
        .typology(charter.typology())
        .members(members())
        .agreement(agreement())
        .objectives(charter.objectives())
        .scope(charter.scope())
        .state(state)
        .foundedOn(foundedOn())
        .endedOn(endedOn())
        .build();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AllianceLifecycle that
        && sequence == that.sequence
        && parties == that.parties
        && id.equals(that.id)
        && Objects.equals(recordedAt, that.recordedAt)
        && Objects.equals(lastOn, that.lastOn)
        && state == that.state
        && Objects.equals(charter, that.charter)
        && Objects.equals(agreement, that.agreement)
        && members.equals(that.members)
        && order.equals(that.order)
        && measurements.equals(that.measurements)
        && Objects.equals(foundedOn, that.foundedOn)
        && Objects.equals(endedOn, that.endedOn)
        && Objects.equals(windDownSince, that.windDownSince)
        && Objects.equals(crisisSince, that.crisisSince)
        && proposals.equals(that.proposals);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, sequence, state, members, measurements, agreement, lastOn, proposals);
  }

  @Override
  public String toString() {
    return "AllianceLifecycle[" + id + " #" + sequence + " " + state + ", members="
        + members().stream().map(m -> m.id() + "/" + m.state()).toList() + "]";
  }

  /** A membership and, once notice is given, the day the withdrawal can take effect (or null). */
  private record Membership(Member member, LocalDate withdrawalEffectiveOn) {}

  /** The mutable copy one event is applied to; frozen into a new state afterwards. */
  private static final class Draft {
    private final AllianceId id;
    private long sequence;
    private Instant recordedAt;
    private LocalDate lastOn;
    private AllianceState state;
    private LifecycleEvent.AllianceProposed charter;
    private Agreement agreement;
    private Map<PartnerId, Membership> members;
    private Vector<PartnerId> order;
    private int parties;
    private Map<String, BigDecimal> measurements;
    private LocalDate foundedOn;
    private LocalDate endedOn;
    private LocalDate windDownSince;
    private LocalDate crisisSince;
    private Proposals proposals;

    private Draft(AllianceLifecycle s) {
      this.id = s.id;
      this.sequence = s.sequence;
      this.recordedAt = s.recordedAt;
      this.lastOn = s.lastOn;
      this.state = s.state;
      this.charter = s.charter;
      this.agreement = s.agreement;
      this.members = s.members;
      this.order = s.order;
      this.parties = s.parties;
      this.measurements = s.measurements;
      this.foundedOn = s.foundedOn;
      this.endedOn = s.endedOn;
      this.windDownSince = s.windDownSince;
      this.crisisSince = s.crisisSince;
      this.proposals = s.proposals;
    }

    /** Moves a membership as the membership table says, then adjusts the member's dates. */
    private void move(PartnerId partner, AllianceEvent event, java.util.function.UnaryOperator<Member> dates) {
      Membership current =
          members.get(partner).getOrElseThrow(() -> corrupt(this, event, partner + " has no membership"));
      MembershipState before = current.member().state();
      MembershipState after =
          LifecycleTables.membership()
              .target(Optional.of(before), event.getClass())
              .orElseThrow(() -> corrupt(this, event, partner + " is " + before));
      Member moved = dates.apply(current.member().withState(after));
      members = members.put(partner, new Membership(moved, current.withdrawalEffectiveOn()));
      if (before.isParty() != after.isParty()) {
        parties += after.isParty() ? 1 : -1;
      }
    }

    private void setEffectiveOn(PartnerId partner, LocalDate effectiveOn) {
      Membership current = members.get(partner).get();
      members = members.put(partner, new Membership(current.member(), effectiveOn));
    }

    private Optional<LocalDate> effectiveOn(PartnerId partner) {
      return members.get(partner).flatMap(m -> io.vavr.control.Option.of(m.withdrawalEffectiveOn())).toJavaOptional();
    }
  }

  /** Collects the effect of each event type on a draft; a type with no effect is not folded. */
  private static final class Effects {
    private final java.util.Map<Class<?>, BiConsumer<Draft, AllianceEvent>> effects = new IdentityHashMap<>();

    private <E extends AllianceEvent> void on(Class<E> type, BiConsumer<Draft, E> effect) {
      effects.put(type, (draft, event) -> effect.accept(draft, type.cast(event)));
    }
  }

  /**
   * @return the event types this fold knows, for tests: exactly the records of the lifecycle,
   *     membership and proposal families
   */
  static List<Class<?>> foldedEventTypes() {
    return List.copyOf(EFFECTS.keySet());
  }
}
