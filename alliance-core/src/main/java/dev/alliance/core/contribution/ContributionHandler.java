package dev.alliance.core.contribution;

import dev.alliance.api.command.CommandDecision;
import dev.alliance.api.command.ContributionCommand;
import dev.alliance.api.event.AllianceEvent;
import dev.alliance.api.event.ContributionEvent;
import dev.alliance.api.lifecycle.AllianceState;
import dev.alliance.api.lifecycle.MembershipState;
import dev.alliance.core.lifecycle.AllianceLifecycle;
import dev.alliance.core.lifecycle.LifecycleTables;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides contribution commands, purely: the same lifecycle, ledger, command and day always give
 * the same {@link CommandDecision}, and nothing is recorded. {@link ContributionEngine} adds the
 * recording.
 *
 * <p>Checks, in the order of {@link ContributionRules#all()}: the alliance is in force; the
 * command is not dated in the future nor before the stream's latest event; then the command's own
 * rules. Committing needs a member in good standing ({@link MembershipState#canAct()}). Delivering
 * is open to the committing partner whatever its membership has become: a suspended, withdrawn or
 * expelled partner still owes what it committed and may pay it. A delivery that completes a
 * commitment also records {@link ContributionEvent.CommitmentFulfilled}, late when it comes after
 * the due date. Assessing arrears records {@link ContributionEvent.CommitmentMissed} for every
 * commitment due before the assessment day, not delivered in full and not yet recorded, by due
 * date and then identity.
 *
 * <pre>{@code
 * CommandDecision d = ContributionHandler.decide(lifecycle, ledger,
 *     new DeliverContribution(id, CommitmentId.of("dues-2024-P1"), Valuation.of("100", "EUR"), day), today);
 * d.events(); // [ContributionDelivered[...], CommitmentFulfilled[..., late=false, ...]]
 * }</pre>
 */
public final class ContributionHandler {
  private ContributionHandler() {}

  /**
   * Decides a command.
   *
   * @param lifecycle the alliance's lifecycle, folded from the same stream as the ledger
   * @param ledger the alliance's contribution ledger
   * @param command a command for that alliance
   * @param today the current day, by the clock of whoever records the events
   * @return the events to append, or the rejection
   * @throws IllegalArgumentException when the command, lifecycle and ledger are not of one alliance
   *     and one point of its stream
   */
  public static CommandDecision decide(
      AllianceLifecycle lifecycle, ContributionLedger ledger, ContributionCommand command, LocalDate today) {
    Objects.requireNonNull(lifecycle, "lifecycle");
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(today, "today");
    if (!command.alliance().equals(lifecycle.id()) || !ledger.id().equals(lifecycle.id()) || ledger.sequence() != lifecycle.sequence()) {
      throw new IllegalArgumentException(
          "the command is for " + command.alliance() + "; the lifecycle is " + lifecycle.id() + " #" + lifecycle.sequence()
              + " and the ledger " + ledger.id() + " #" + ledger.sequence());
    }
    Optional<AllianceState> state = lifecycle.state();
    if (state.isEmpty() || !ContributionRules.IN_FORCE.contains(state.get())) {
      return ContributionRules.ALLIANCE_IN_FORCE.reject(
          "the alliance is " + state.map(AllianceState::name).orElse("not proposed yet") + "; " + command.getClass().getSimpleName()
              + " needs it formed and not ended");
    }
    if (command.on().isAfter(today)) {
      return LifecycleTables.NOT_IN_THE_FUTURE.reject("the command is dated " + command.on() + ", today is " + today);
    }
    Optional<LocalDate> last = lifecycle.lastActOn();
    if (last.isPresent() && command.on().isBefore(last.get())) {
      return LifecycleTables.NOT_BEFORE_LAST_ACT.reject(
          "the command is dated " + command.on() + ", the stream's latest event is dated " + last.get());
    }
    if (command instanceof ContributionCommand.CommitContribution commit) {
      return commit(lifecycle, ledger, commit);
    }
    if (command instanceof ContributionCommand.DeliverContribution deliver) {
      return deliver(ledger, deliver);
    }
    return assess(ledger, (ContributionCommand.AssessArrears) command);
  }

  private static CommandDecision commit(
      AllianceLifecycle lifecycle, ContributionLedger ledger, ContributionCommand.CommitContribution c) {
    Optional<MembershipState> membership = lifecycle.membershipState(c.partner());
    if (membership.isEmpty() || !membership.get().canAct()) {
      return ContributionRules.CONTRIBUTOR_MAY_ACT.reject(
          membership
              .map(m -> c.partner() + "'s membership is " + m + "; only a MEMBER or a WITHDRAWING member may commit")
              .orElse(c.partner() + " is not a member of " + lifecycle.id()));
    }
    Optional<Commitment> taken = ledger.commitment(c.commitment());
    if (taken.isPresent()) {
      return ContributionRules.COMMITMENT_ID_UNIQUE.reject(
          c.commitment() + " is already " + taken.get().partner() + "'s commitment made on " + taken.get().madeOn());
    }
    return new CommandDecision.Accepted(
        List.of(
            new ContributionEvent.CommitmentMade(
                c.commitment(), c.partner(), c.kind(), c.description(), c.amount(), c.dueOn(), c.on())));
  }

  private static CommandDecision deliver(ContributionLedger ledger, ContributionCommand.DeliverContribution d) {
    Optional<Commitment> found = ledger.commitment(d.commitment());
    if (found.isEmpty()) {
      return ContributionRules.COMMITMENT_EXISTS.reject("no commitment " + d.commitment() + " was made in " + ledger.id());
    }
    Commitment commitment = found.get();
    if (commitment.isFulfilled()) {
      return ContributionRules.COMMITMENT_OPEN.reject(
          d.commitment() + " was delivered in full on " + commitment.fulfilledOn().get());
    }
    if (!d.amount().unit().equals(commitment.unit())) {
      return ContributionRules.SAME_UNIT.reject(
          d.commitment() + " is valued in " + commitment.unit() + "; the delivery is in " + d.amount().unit());
    }
    if (d.amount().amount().compareTo(commitment.outstanding().amount()) > 0) {
      return ContributionRules.WITHIN_BALANCE.reject(
          "the delivery of " + d.amount() + " exceeds " + d.commitment() + "'s outstanding " + commitment.outstanding());
    }
    List<AllianceEvent> events = new ArrayList<>(3);
    if (d.on().isAfter(commitment.dueOn()) && commitment.missedOn().isEmpty()) {
      // A delivery after the due date shows the arrears even when nobody assessed them: the miss
      // is recorded first, once, so every late commitment carries exactly one CommitmentMissed
      // and its late fulfilment can be read as making good on it.
      events.add(
          new ContributionEvent.CommitmentMissed(commitment.id(), commitment.partner(), commitment.dueOn(), commitment.outstanding(), d.on()));
    }
    events.add(new ContributionEvent.ContributionDelivered(d.commitment(), commitment.partner(), d.amount(), d.on()));
    if (d.amount().amount().compareTo(commitment.outstanding().amount()) == 0) {
      events.add(
          new ContributionEvent.CommitmentFulfilled(
              d.commitment(), commitment.partner(), commitment.dueOn(), d.on().isAfter(commitment.dueOn()), d.on()));
    }
    return new CommandDecision.Accepted(events);
  }

  private static CommandDecision assess(ContributionLedger ledger, ContributionCommand.AssessArrears a) {
    List<Commitment> due = ledger.unrecordedArrears(a.on());
    if (due.isEmpty()) {
      return ContributionRules.SOMETHING_TO_ASSESS.reject(
          "on " + a.on() + " no commitment is in arrears without a record (" + ledger.arrears(a.on()).size()
              + " in arrears, all recorded)");
    }
    List<AllianceEvent> events = new ArrayList<>(due.size());
    for (Commitment c : due) {
      events.add(new ContributionEvent.CommitmentMissed(c.id(), c.partner(), c.dueOn(), c.outstanding(), a.on()));
    }
    return new CommandDecision.Accepted(events);
  }
}
