package dev.alliance.core.lifecycle;

import dev.alliance.api.agreement.Agreement;
import dev.alliance.api.command.AllianceCommand;
import dev.alliance.api.command.CommandDecision;
import dev.alliance.api.command.LifecycleCommand;
import dev.alliance.api.command.MembershipCommand;
import dev.alliance.api.command.ProposalCommand;
import dev.alliance.api.command.Rejection;
import dev.alliance.api.event.AllianceEvent;
import dev.alliance.api.event.LifecycleEvent;
import dev.alliance.api.event.MembershipEvent;
import dev.alliance.api.event.ProposalEvent;
import dev.alliance.api.lifecycle.AllianceState;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.proposal.ProposalId;
import dev.alliance.core.proposal.ProposalSituation;
import dev.alliance.core.proposal.ProposalTables;
import dev.alliance.core.statemachine.Transition;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Decides commands against an alliance's current state, purely: the same state, command and day
 * always give the same {@link CommandDecision}, and nothing is recorded. {@link LifecycleEngine} adds the
 * recording; use this class directly to keep events in your own store.
 *
 * <p>Each command asks for one event. The handler checks, in order: that the alliance exists (or,
 * for a proposal, does not) and is not in a terminal state; the {@linkplain
 * LifecycleTables#commandRules() chronology rules}; the alliance table's row and guards for the
 * event; the membership table's row and guards for each partner the event concerns; for a proposal
 * event, the {@linkplain ProposalTables#proposal() proposal table}'s. The first broken rule is the
 * rejection. An accepted event is then applied to a copy of the state and the automatic
 * transitions are fired: the alliance table's, so a withdrawal that leaves one party also records
 * {@link LifecycleEvent.DissolutionTriggered}, and a measurement that meets the last core objective
 * of an ad hoc alliance also records {@link LifecycleEvent.MissionCompleted}; and the proposal
 * table's, so the ballot or the closing that decides a vote also records its adoption, rejection or
 * expiry.
 *
 * <pre>{@code
 * CommandHandler handler = CommandHandler.withGate(DecisionGate.requireReference());
 * CommandDecision d = handler.decide(state, new StartOperations(id, LocalDate.of(1949, 8, 24)), today);
 * d.events();    // [OperationsStarted[on=1949-08-24]]
 * }</pre>
 */
public final class CommandHandler {
  /** More automatic transitions in a row than this means the tables loop. */
  private static final int MAX_AUTOMATIC = 8;

  private static final Map<Class<?>, BiFunction<AllianceLifecycle, AllianceCommand, AllianceEvent>> TRANSLATIONS =
      translations();

  private final DecisionGate gate;

  private CommandHandler(DecisionGate gate) {
    this.gate = Objects.requireNonNull(gate, "gate");
  }

  /**
   * @param gate the gate that judges governance decisions
   * @return a handler
   */
  public static CommandHandler withGate(DecisionGate gate) {
    return new CommandHandler(gate);
  }

  /** @return the gate that judges governance decisions */
  public DecisionGate gate() {
    return gate;
  }

  /**
   * Decides a command.
   *
   * @param state the alliance's current state
   * @param command a command for that alliance
   * @param today the current day, by the clock of whoever records the events
   * @return the events to append, or the rejection
   * @throws IllegalArgumentException when the command is for another alliance
   */
  public CommandDecision decide(AllianceLifecycle state, AllianceCommand command, LocalDate today) {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(today, "today");
    if (!command.alliance().equals(state.id())) {
      throw new IllegalArgumentException("the command is for " + command.alliance() + ", the state is of " + state.id());
    }
    AllianceEvent event = translate(state, command);
    Optional<Rejection> rejection = check(state, command, event, today);
    if (rejection.isPresent()) {
      return rejection.get();
    }
    List<AllianceEvent> events = new ArrayList<>();
    events.add(event);
    AllianceLifecycle after = state.evolve(event);
    Optional<ProposalId> proposal =
        event instanceof ProposalEvent proposalEvent ? Optional.of(proposalEvent.proposal()) : Optional.empty();
    for (int fired = 0; ; fired++) {
      Optional<AllianceEvent> automatic = nextAutomatic(after);
      if (automatic.isEmpty() && proposal.isPresent()) {
        AllianceLifecycle now = after;
        automatic =
            ProposalTables.nextAutomatic(ProposalSituation.of(now, now.proposals(), proposal.get(), command.on()))
                .map(ending -> (AllianceEvent) ending);
      }
      if (automatic.isEmpty()) {
        break;
      }
      if (fired == MAX_AUTOMATIC) {
        throw new IllegalStateException("the alliance table's automatic transitions loop: " + events);
      }
      events.add(automatic.get());
      after = after.evolve(automatic.get());
    }
    return new CommandDecision.Accepted(events);
  }

  private Optional<Rejection> check(AllianceLifecycle state, AllianceCommand command, AllianceEvent event, LocalDate today) {
    Optional<AllianceState> allianceState = state.state();
    Situation situation = new Situation(state, gate);
    Class<?> type = event.getClass();
    Optional<Rejection> subject = LifecycleTables.alliance().checkSubject(allianceState, type, "the alliance");
    if (subject.isPresent()) {
      return subject;
    }
    if (command.on().isAfter(today)) {
      return Optional.of(LifecycleTables.NOT_IN_THE_FUTURE.reject("the command is dated " + command.on() + ", today is " + today));
    }
    Optional<LocalDate> last = state.lastActOn();
    if (last.isPresent() && command.on().isBefore(last.get())) {
      return Optional.of(
          LifecycleTables.NOT_BEFORE_LAST_ACT.reject(
              "the command is dated " + command.on() + ", the stream's latest event is dated " + last.get()));
    }
    if (LifecycleTables.alliance().knows(type)) {
      Optional<Rejection> rejected = LifecycleTables.alliance().check(allianceState, event, situation, "the alliance");
      if (rejected.isPresent()) {
        return rejected;
      }
    }
    for (PartnerId partner : concerned(event)) {
      Optional<Rejection> rejected =
          LifecycleTables.membership().check(state.membershipState(partner), event, situation, partner + "'s membership");
      if (rejected.isPresent()) {
        return rejected;
      }
    }
    if (event instanceof ProposalEvent proposalEvent) {
      return ProposalTables.check(
          ProposalSituation.of(state, state.proposals(), proposalEvent.proposal(), command.on()), proposalEvent);
    }
    return Optional.empty();
  }

  /** The partners whose membership an event moves. */
  private static Set<PartnerId> concerned(AllianceEvent event) {
    if (event instanceof MembershipEvent membership) {
      return Set.of(membership.partner());
    }
    if (event instanceof LifecycleEvent.AgreementSigned signed) {
      return signed.signatories();
    }
    return Set.of();
  }

  private Optional<AllianceEvent> nextAutomatic(AllianceLifecycle after) {
    Optional<AllianceState> current = after.state();
    if (current.isEmpty()) {
      return Optional.empty();
    }
    Situation situation = new Situation(after, gate);
    for (Transition<AllianceState, Situation> transition : LifecycleTables.alliance().automaticFrom(current.get())) {
      Optional<AllianceEvent> fired = transition.fire(situation);
      if (fired.isPresent()) {
        return fired;
      }
    }
    return Optional.empty();
  }

  /** The one event a command asks for, before any check; package-private for tests. */
  static AllianceEvent translate(AllianceLifecycle state, AllianceCommand command) {
    BiFunction<AllianceLifecycle, AllianceCommand, AllianceEvent> translation = TRANSLATIONS.get(command.getClass());
    if (translation == null) {
      throw new IllegalArgumentException("the lifecycle does not handle " + command.getClass().getName());
    }
    return translation.apply(state, command);
  }

  /** @return the command types this handler translates, for tests */
  static Set<Class<?>> handledCommandTypes() {
    return TRANSLATIONS.keySet();
  }

  private static Map<Class<?>, BiFunction<AllianceLifecycle, AllianceCommand, AllianceEvent>> translations() {
    Translations t = new Translations();
    t.on(
        LifecycleCommand.ProposeAlliance.class,
        (s, c) -> new LifecycleEvent.AllianceProposed(c.name(), c.typology(), c.objectives(), c.scope(), c.on()));
    t.on(LifecycleCommand.OpenNegotiations.class, (s, c) -> new LifecycleEvent.NegotiationsOpened(c.on()));
    t.on(
        LifecycleCommand.SignAgreement.class,
        (s, c) -> {
          Agreement agreement = c.agreement().signedOn().isPresent() ? c.agreement() : c.agreement().withSignedOn(c.on());
          return new LifecycleEvent.AgreementSigned(agreement, c.signatories(), c.on());
        });
    t.on(LifecycleCommand.AbandonFormation.class, (s, c) -> new LifecycleEvent.FormationAbandoned(c.reason(), c.on()));
    t.on(LifecycleCommand.StartOperations.class, (s, c) -> new LifecycleEvent.OperationsStarted(c.on()));
    t.on(LifecycleCommand.OpenReview.class, (s, c) -> new LifecycleEvent.ReviewOpened(c.reason(), c.on()));
    t.on(
        LifecycleCommand.AmendAgreement.class,
        (s, c) -> new LifecycleEvent.AgreementAmended(c.agreement(), c.decision(), c.on()));
    t.on(LifecycleCommand.ConcludeReview.class, (s, c) -> new LifecycleEvent.ReviewConcluded(c.on()));
    t.on(
        LifecycleCommand.SuspendOperations.class,
        (s, c) -> new LifecycleEvent.OperationsSuspended(c.reason(), c.decision(), c.on()));
    t.on(LifecycleCommand.ResumeOperations.class, (s, c) -> new LifecycleEvent.OperationsResumed(c.decision(), c.on()));
    t.on(
        LifecycleCommand.DecideDissolution.class,
        (s, c) -> new LifecycleEvent.DissolutionDecided(c.reason(), c.decision(), c.on()));
    t.on(LifecycleCommand.CompleteDissolution.class, (s, c) -> new LifecycleEvent.AllianceDissolved(c.on()));
    t.on(
        LifecycleCommand.RecordProgress.class,
        (s, c) -> new LifecycleEvent.ObjectiveMeasured(c.objective(), c.value(), c.on()));
    t.on(LifecycleCommand.ExpireMandate.class, (s, c) -> new LifecycleEvent.MandateExpired(c.on()));
    t.on(
        LifecycleCommand.DeclareCrisis.class,
        (s, c) -> new LifecycleEvent.CrisisDeclared(c.situation(), c.decision(), c.on()));
    t.on(LifecycleCommand.EndCrisis.class, (s, c) -> new LifecycleEvent.CrisisEnded(c.decision(), c.on()));

    t.on(
        MembershipCommand.InviteMember.class,
        (s, c) -> new MembershipEvent.MemberInvited(c.invitee(), c.role(), c.weight(), c.on()));
    t.on(MembershipCommand.BeginAccession.class, (s, c) -> new MembershipEvent.AccessionBegun(c.partner(), c.on()));
    t.on(
        MembershipCommand.AdmitMember.class,
        (s, c) -> new MembershipEvent.MemberAdmitted(c.partner(), c.decision(), c.on()));
    t.on(MembershipCommand.WithdrawCandidacy.class, (s, c) -> new MembershipEvent.CandidacyWithdrawn(c.partner(), c.on()));
    t.on(
        MembershipCommand.SuspendMember.class,
        (s, c) -> new MembershipEvent.MemberSuspended(c.partner(), c.reason(), c.decision(), c.on()));
    t.on(
        MembershipCommand.ReinstateMember.class,
        (s, c) -> new MembershipEvent.MemberReinstated(c.partner(), c.decision(), c.on()));
    t.on(
        MembershipCommand.GiveWithdrawalNotice.class,
        (s, c) -> {
          // Computed from the exit clause in force, never supplied by the caller. Without an
          // agreement the membership guards reject the notice before this date is used.
          LocalDate effective = s.agreement().flatMap(Agreement::exit).map(exit -> exit.effectiveOn(c.on())).orElse(c.on());
          return new MembershipEvent.WithdrawalNoticeGiven(c.partner(), effective, c.on());
        });
    t.on(
        MembershipCommand.ExtendWithdrawal.class,
        (s, c) -> new MembershipEvent.WithdrawalExtended(c.partner(), c.effectiveOn(), c.decision(), c.on()));
    t.on(MembershipCommand.CompleteWithdrawal.class, (s, c) -> new MembershipEvent.WithdrawalTookEffect(c.partner(), c.on()));
    t.on(
        MembershipCommand.ExpelMember.class,
        (s, c) -> new MembershipEvent.MemberExpelled(c.partner(), c.reason(), c.decision(), c.on()));

    for (Class<? extends ProposalCommand> type :
        List.of(
            ProposalCommand.DraftProposal.class,
            ProposalCommand.OpenVote.class,
            ProposalCommand.CastBallot.class,
            ProposalCommand.CloseVote.class,
            ProposalCommand.WithdrawProposal.class)) {
      t.on(type, (s, c) -> ProposalTables.translate(s, s.proposals(), c));
    }
    return Collections.unmodifiableMap(t.translations);
  }

  /** Collects one translation per command type. */
  private static final class Translations {
    private final Map<Class<?>, BiFunction<AllianceLifecycle, AllianceCommand, AllianceEvent>> translations =
        new IdentityHashMap<>();

    private <C extends AllianceCommand> void on(Class<C> type, BiFunction<AllianceLifecycle, C, AllianceEvent> f) {
      translations.put(type, (state, command) -> f.apply(state, type.cast(command)));
    }
  }
}
