package dev.alliance.core.relations;

import dev.alliance.api.command.CommandDecision;
import dev.alliance.api.command.RelationsCommand;
import dev.alliance.api.event.RelationsEvent;
import dev.alliance.api.lifecycle.AllianceState;
import dev.alliance.api.lifecycle.MembershipState;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.lifecycle.AllianceLifecycle;
import dev.alliance.core.lifecycle.LifecycleTables;
import dev.alliance.core.statemachine.Rule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a relations event may be recorded, purely. Relations events are observed facts,
 * so the rules only check that they belong on the stream: the alliance has an agreement in force,
 * everyone the event names is a party to it, and the event's day meets the chronology rules every
 * command meets.
 *
 * <pre>{@code
 * RelationsRules.decide(state, new RecordRelationsEvent(id, new ConsultationHeld(USA, Set.of(GBR), "the canal", day)), today);
 * }</pre>
 */
public final class RelationsRules {
  private RelationsRules() {}

  private static final Set<AllianceState> IN_FORCE =
      EnumSet.of(AllianceState.FORMED, AllianceState.OPERATING, AllianceState.UNDER_REVIEW, AllianceState.SUSPENDED, AllianceState.DISSOLVING);

  /** The alliance has an agreement in force. */
  public static final Rule REQUIRES_AGREEMENT =
      new Rule(
          "relations.requires-agreement-in-force",
          "the alliance is formed and not ended (FORMED, OPERATING, UNDER_REVIEW, SUSPENDED or DISSOLVING): conduct"
              + " among members is judged against an agreement in force");

  /** Everyone an event names is a party. */
  public static final Rule NAMES_PARTIES =
      new Rule(
          "relations.names-parties",
          "the actor and every counterpart are parties to the alliance: members, suspended members or members serving notice");

  /** @return the rules, in the order they are checked after the chronology rules */
  public static List<Rule> rules() {
    return List.of(REQUIRES_AGREEMENT, NAMES_PARTIES);
  }

  /**
   * @param alliance the alliance's lifecycle state
   * @param command the command
   * @param today the current day
   * @return the event to append, or the rejection
   */
  public static CommandDecision decide(AllianceLifecycle alliance, RelationsCommand command, LocalDate today) {
    Objects.requireNonNull(alliance, "alliance");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(today, "today");
    if (!command.alliance().equals(alliance.id())) {
      throw new IllegalArgumentException("the command is for " + command.alliance() + ", the state is of " + alliance.id());
    }
    RelationsEvent event = ((RelationsCommand.RecordRelationsEvent) command).event();
    Optional<AllianceState> state = alliance.state();
    if (state.isEmpty() || !IN_FORCE.contains(state.get())) {
      return REQUIRES_AGREEMENT.reject("the alliance is " + state.map(Enum::name).orElse("not proposed") + ": there is no agreement in force");
    }
    if (command.on().isAfter(today)) {
      return LifecycleTables.NOT_IN_THE_FUTURE.reject("the command is dated " + command.on() + ", today is " + today);
    }
    Optional<LocalDate> last = alliance.lastActOn();
    if (last.isPresent() && command.on().isBefore(last.get())) {
      return LifecycleTables.NOT_BEFORE_LAST_ACT.reject(
          "the command is dated " + command.on() + ", the stream's latest event is dated " + last.get());
    }
    List<String> strangers = new ArrayList<>();
    List<PartnerId> named = new ArrayList<>();
    named.add(event.actor());
    named.addAll(event.counterparts());
    for (PartnerId partner : named) {
      Optional<MembershipState> membership = alliance.membershipState(partner);
      if (membership.isEmpty() || !membership.get().isParty()) {
        strangers.add(partner + " (" + membership.map(Enum::name).orElse("not a member") + ")");
      }
    }
    if (!strangers.isEmpty()) {
      return NAMES_PARTIES.reject(event.getClass().getSimpleName() + " names " + String.join(", ", strangers) + ", not parties to the alliance");
    }
    return new CommandDecision.Accepted(List.of(event));
  }
}
