package dev.alliance.core.dispute;

import dev.alliance.api.agreement.Agreement;
import dev.alliance.api.agreement.DisputeResolutionClause;
import dev.alliance.api.agreement.DisputeStage;
import dev.alliance.api.agreement.UnresolvedConsequence;
import dev.alliance.api.command.CommandDecision;
import dev.alliance.api.command.DisputeCommand;
import dev.alliance.api.command.Rejection;
import dev.alliance.api.dispute.DisputeState;
import dev.alliance.api.event.AllianceEvent;
import dev.alliance.api.event.DisputeEvent;
import dev.alliance.api.event.MembershipEvent;
import dev.alliance.core.lifecycle.AllianceLifecycle;
import dev.alliance.core.lifecycle.DecisionGate;
import dev.alliance.core.lifecycle.LifecycleTables;
import dev.alliance.core.lifecycle.Situation;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides dispute commands, purely: the same alliance state, disputes, command and day always give
 * the same {@link CommandDecision}, and nothing is recorded. The order of checks, the first broken
 * rule being the rejection:
 *
 * <ol>
 *   <li>the dispute table's general rules: the dispute exists (except for raising it) and is not
 *       closed;
 *   <li>the chronology rules every command meets ({@link LifecycleTables#commandRules()});
 *   <li>the dispute table's row for the event, and its guards.
 * </ol>
 *
 * <p>{@link DisputeCommand.ExitWithoutNotice} is decided apart: the dispute must have ended
 * unresolved with a right to exit for the member leaving ({@link DisputeTables#EXIT_RIGHT}), then
 * the chronology rules and the membership table's rules for a withdrawal notice apply; the event is
 * the lifecycle's {@link MembershipEvent.WithdrawalNoticeGiven}, effective the day it is given.
 *
 * <pre>{@code
 * CommandDecision d = DisputeHandler.decide(alliance, disputes,
 *     new EscalateDispute(wto, DisputeId.of("DS1"), BRA, DisputeStage.ARBITRATION, false, "consultations failed", day), today);
 * d.rejection(); // Optional[dispute.time-limit-must-run: DS1 entered DIRECT_NEGOTIATION on ...]
 * }</pre>
 */
public final class DisputeHandler {
  private DisputeHandler() {}

  /**
   * Decides a dispute command.
   *
   * @param alliance the alliance's lifecycle state
   * @param disputes its disputes
   * @param command a command for that alliance
   * @param today the current day, by the clock of whoever records the events
   * @return the events to append, or the rejection
   * @throws IllegalArgumentException when the command is for another alliance
   */
  public static CommandDecision decide(AllianceLifecycle alliance, DisputeBook disputes, DisputeCommand command, LocalDate today) {
    Objects.requireNonNull(alliance, "alliance");
    Objects.requireNonNull(disputes, "disputes");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(today, "today");
    if (!command.alliance().equals(alliance.id())) {
      throw new IllegalArgumentException("the command is for " + command.alliance() + ", the state is of " + alliance.id());
    }
    if (command instanceof DisputeCommand.ExitWithoutNotice exit) {
      return exit(alliance, disputes, exit, today);
    }
    Optional<Dispute> dispute = disputes.get(command.dispute());
    String subject = "dispute " + command.dispute();
    Optional<Rejection> general =
        DisputeTables.dispute().checkSubject(dispute.map(Dispute::state), eventType(command), subject);
    if (general.isPresent()) {
      return general.get();
    }
    Optional<Rejection> chronology = chronology(alliance, command.on(), today);
    if (chronology.isPresent()) {
      return chronology.get();
    }
    Optional<DisputeResolutionClause> clause = alliance.agreement().flatMap(Agreement::disputeResolution);
    if (command instanceof DisputeCommand.RaiseDispute && clause.isEmpty()) {
      // The event records the clause in force: without one it cannot even be written down.
      return DisputeTables.IN_FORCE.rule().reject(
          "the alliance is " + alliance.state().map(Enum::name).orElse("not proposed") + " and has no dispute-resolution clause in force");
    }
    AllianceEvent event = translate(command, dispute, clause);
    Optional<Rejection> rejected =
        DisputeTables.dispute().check(dispute.map(Dispute::state), event, new DisputeSituation(alliance, dispute), subject);
    return rejected.isPresent() ? rejected.get() : new CommandDecision.Accepted(List.of(event));
  }

  private static CommandDecision exit(AllianceLifecycle alliance, DisputeBook disputes, DisputeCommand.ExitWithoutNotice exit, LocalDate today) {
    Optional<Dispute> dispute = disputes.get(exit.dispute());
    if (dispute.isEmpty()) {
      return DisputeTables.EXIT_RIGHT.reject("no dispute " + exit.dispute() + " was raised");
    }
    Dispute d = dispute.get();
    if (d.state() != DisputeState.UNRESOLVED || d.consequence().filter(c -> c == UnresolvedConsequence.RIGHT_TO_EXIT).isEmpty()) {
      return DisputeTables.EXIT_RIGHT.reject(
          "dispute " + d.id() + " is " + d.state() + (d.state() == DisputeState.UNRESOLVED ? " with consequence " + d.consequence().orElseThrow() : "")
              + ": it grants no right to exit");
    }
    if (!d.complainant().equals(exit.partner())) {
      return DisputeTables.EXIT_RIGHT.reject("the right to exit is " + d.complainant() + "'s, who raised " + d.id() + "; not " + exit.partner() + "'s");
    }
    Optional<Rejection> chronology = chronology(alliance, exit.on(), today);
    if (chronology.isPresent()) {
      return chronology.get();
    }
    MembershipEvent.WithdrawalNoticeGiven notice = new MembershipEvent.WithdrawalNoticeGiven(exit.partner(), exit.on(), exit.on());
    Optional<Rejection> general = LifecycleTables.alliance().checkSubject(alliance.state(), notice.getClass(), "the alliance");
    if (general.isPresent()) {
      return general.get();
    }
    Optional<Rejection> membership =
        LifecycleTables.membership()
            .check(
                alliance.membershipState(exit.partner()),
                notice,
                new Situation(alliance, DecisionGate.requireReference()),
                exit.partner() + "'s membership");
    return membership.isPresent() ? membership.get() : new CommandDecision.Accepted(List.of(notice));
  }

  private static Optional<Rejection> chronology(AllianceLifecycle alliance, LocalDate on, LocalDate today) {
    if (on.isAfter(today)) {
      return Optional.of(LifecycleTables.NOT_IN_THE_FUTURE.reject("the command is dated " + on + ", today is " + today));
    }
    Optional<LocalDate> last = alliance.lastActOn();
    if (last.isPresent() && on.isBefore(last.get())) {
      return Optional.of(
          LifecycleTables.NOT_BEFORE_LAST_ACT.reject("the command is dated " + on + ", the stream's latest event is dated " + last.get()));
    }
    return Optional.empty();
  }

  private static Class<?> eventType(DisputeCommand command) {
    if (command instanceof DisputeCommand.RaiseDispute) {
      return DisputeEvent.DisputeRaised.class;
    }
    if (command instanceof DisputeCommand.EscalateDispute) {
      return DisputeEvent.DisputeEscalated.class;
    }
    if (command instanceof DisputeCommand.SettleDispute) {
      return DisputeEvent.DisputeSettled.class;
    }
    if (command instanceof DisputeCommand.DecideDispute) {
      return DisputeEvent.DisputeDecided.class;
    }
    if (command instanceof DisputeCommand.WithdrawDispute) {
      return DisputeEvent.DisputeWithdrawn.class;
    }
    return DisputeEvent.DisputeUnresolved.class;
  }

  /** The one event a command asks for; the dispute exists for every command but raising. */
  private static AllianceEvent translate(DisputeCommand command, Optional<Dispute> dispute, Optional<DisputeResolutionClause> clause) {
    if (command instanceof DisputeCommand.RaiseDispute c) {
      DisputeResolutionClause inForce = clause.orElseThrow();
      DisputeStage start = c.startAt().orElse(inForce.firstStep().stage());
      return new DisputeEvent.DisputeRaised(c.dispute(), c.complainant(), c.respondent(), c.subject(), inForce, start, c.on());
    }
    Dispute d = dispute.orElseThrow();
    if (command instanceof DisputeCommand.EscalateDispute c) {
      return new DisputeEvent.DisputeEscalated(c.dispute(), c.by(), d.stage(), c.to(), c.byAgreement(), c.reason(), c.on());
    }
    if (command instanceof DisputeCommand.SettleDispute c) {
      return new DisputeEvent.DisputeSettled(c.dispute(), c.terms(), c.on());
    }
    if (command instanceof DisputeCommand.DecideDispute c) {
      return new DisputeEvent.DisputeDecided(c.dispute(), d.stage(), c.ruling(), c.prevailing(), c.on());
    }
    if (command instanceof DisputeCommand.WithdrawDispute c) {
      return new DisputeEvent.DisputeWithdrawn(c.dispute(), c.by(), c.reason(), c.on());
    }
    DisputeCommand.DeclareUnresolved c = (DisputeCommand.DeclareUnresolved) command;
    return new DisputeEvent.DisputeUnresolved(c.dispute(), d.stage(), d.clause().unresolved(), c.on());
  }
}
