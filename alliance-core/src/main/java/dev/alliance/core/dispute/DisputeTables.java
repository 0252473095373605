package dev.alliance.core.dispute;

import static dev.alliance.api.dispute.DisputeState.DECIDED;
import static dev.alliance.api.dispute.DisputeState.OPEN;
import static dev.alliance.api.dispute.DisputeState.SETTLED;
import static dev.alliance.api.dispute.DisputeState.UNRESOLVED;
import static dev.alliance.api.dispute.DisputeState.WITHDRAWN;

import dev.alliance.api.agreement.Agreement;
import dev.alliance.api.agreement.DisputeResolutionClause;
import dev.alliance.api.agreement.DisputeStage;
import dev.alliance.api.agreement.EscalationStep;
import dev.alliance.api.command.DisputeCommand;
import dev.alliance.api.dispute.DisputeState;
import dev.alliance.api.dispute.Respondent;
import dev.alliance.api.event.DisputeEvent;
import dev.alliance.api.lifecycle.AllianceState;
import dev.alliance.api.lifecycle.MembershipState;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.lifecycle.AllianceLifecycle;
import dev.alliance.core.statemachine.Guard;
import dev.alliance.core.statemachine.Rule;
import dev.alliance.core.statemachine.TransitionTable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The dispute table: the single source of truth for how a dispute moves. A dispute is raised
 * {@code OPEN} at a stage of its ladder; while open it climbs the ladder ({@code DisputeEscalated},
 * a self-transition: the stage is the dispute's attribute, the ladder the clause's); it ends {@code
 * SETTLED}, {@code DECIDED} (only at a binding stage), {@code WITHDRAWN} (only by the complainant)
 * or {@code UNRESOLVED} (only at the last stage, once its time limit has run). The four ends are
 * terminal: a closed dispute accepts no further step ({@code dispute.terminal-state}).
 *
 * <p>Time limits: a stage's deadline is the day the dispute entered it plus the stage's time
 * limit. A party may escalate alone from the deadline on; before it, only when both parties agree
 * (the rule of WTO Dispute Settlement Understanding Article 4.7 for consultations, generalised).
 * The engine has no timers: a deadline passing is not an event until someone acts on it.
 *
 * <p>{@code docs/relations.md} and its diagrams are generated from this table ({@code RelationsDocs}).
 */
public final class DisputeTables {
  private DisputeTables() {}

  private static final Set<AllianceState> AGREEMENT_IN_FORCE =
      EnumSet.of(AllianceState.FORMED, AllianceState.OPERATING, AllianceState.UNDER_REVIEW, AllianceState.SUSPENDED, AllianceState.DISSOLVING);

  /** The rule an exit without notice must meet, besides the membership table's. */
  public static final Rule EXIT_RIGHT =
      new Rule(
          "dispute.exit-requires-right",
          "the dispute ended unresolved under a clause whose consequence is RIGHT_TO_EXIT, and the member leaving is its"
              + " complainant: it may then give notice that takes effect the same day");

  static final Guard<DisputeSituation, DisputeEvent.DisputeRaised> IN_FORCE =
      Guard.of(
          new Rule(
              "dispute.requires-agreement-in-force",
              "the alliance is formed and not ended (FORMED, OPERATING, UNDER_REVIEW, SUSPENDED or DISSOLVING), and its"
                  + " agreement has a dispute-resolution clause, whose ladder the dispute will climb"),
          (situation, raised) -> {
            AllianceLifecycle alliance = situation.alliance();
            Optional<AllianceState> state = alliance.state();
            if (state.isEmpty() || !AGREEMENT_IN_FORCE.contains(state.get())) {
              return Optional.of("the alliance is " + state.map(Enum::name).orElse("not proposed") + ": there is no agreement in force");
            }
            Optional<DisputeResolutionClause> clause = alliance.agreement().flatMap(Agreement::disputeResolution);
            if (clause.isEmpty()) {
              return Optional.of("the agreement in force has no dispute-resolution clause");
            }
            return clause.get().equals(raised.clause())
                ? Optional.empty()
                : Optional.of("the dispute names a clause that is not the one in force");
          });

  static final Guard<DisputeSituation, DisputeEvent.DisputeRaised> COMPLAINANT =
      Guard.of(
          new Rule(
              "dispute.complainant-is-party",
              "the complainant is a party to the alliance: a member, a suspended member or one serving notice"),
          (situation, raised) -> party(situation.alliance(), raised.complainant(), "the complainant"));

  static final Guard<DisputeSituation, DisputeEvent.DisputeRaised> RESPONDENT =
      Guard.of(
          new Rule(
              "dispute.respondent-is-party",
              "a dispute against a member names another party to the alliance than the complainant; a dispute against a"
                  + " decision may name any decision"),
          (situation, raised) -> {
            if (!(raised.respondent() instanceof Respondent.Member member)) {
              return Optional.empty();
            }
            if (member.member().equals(raised.complainant())) {
              return Optional.of(raised.complainant() + " cannot raise a dispute against itself");
            }
            return party(situation.alliance(), member.member(), "the respondent");
          });

  static final Guard<DisputeSituation, DisputeEvent.DisputeRaised> FIRST_RUNG =
      Guard.of(
          new Rule(
              "dispute.starts-at-first-rung",
              "a dispute starts at the ladder's first stage, or at any stage of the ladder when the clause allows skipping"),
          (situation, raised) -> {
            List<DisputeStage> ladder = ladder(raised.clause());
            if (!ladder.contains(raised.stage())) {
              return Optional.of(raised.stage() + " is not on the ladder " + ladder);
            }
            if (raised.stage() != ladder.get(0) && !raised.clause().skippingAllowed()) {
              return Optional.of("the ladder " + ladder + " starts at " + ladder.get(0) + " and the clause does not allow skipping to " + raised.stage());
            }
            return Optional.empty();
          });

  static final Guard<DisputeSituation, DisputeEvent.DisputeEscalated> BY_PARTY =
      Guard.of(
          new Rule(
              "dispute.escalated-by-a-party",
              "a party to the dispute escalates it: the complainant, or the member complained against"),
          (situation, escalated) -> {
            Dispute dispute = situation.current();
            boolean party =
                escalated.by().equals(dispute.complainant()) || dispute.respondent().partner().filter(escalated.by()::equals).isPresent();
            return party
                ? Optional.empty()
                : Optional.of(escalated.by() + " is not a party to " + dispute.id() + " (" + dispute.complainant() + " v " + dispute.respondent() + ")");
          });

  static final Guard<DisputeSituation, DisputeEvent.DisputeEscalated> LADDER_ORDER =
      Guard.of(
          new Rule(
              "dispute.ladder-order",
              "a dispute climbs: the new stage is on the ladder above the current one, and is the next rung unless the clause"
                  + " allows skipping"),
          (situation, escalated) -> {
            Dispute dispute = situation.current();
            List<DisputeStage> ladder = dispute.ladder();
            int from = ladder.indexOf(dispute.stage());
            int to = ladder.indexOf(escalated.to());
            if (to < 0) {
              return Optional.of(escalated.to() + " is not on the ladder " + ladder);
            }
            if (to <= from) {
              return Optional.of(dispute.id() + " is at " + dispute.stage() + "; " + escalated.to() + " does not lie above it on " + ladder);
            }
            if (to > from + 1 && !dispute.clause().skippingAllowed()) {
              return Optional.of(
                  "the next rung after " + dispute.stage() + " is " + ladder.get(from + 1) + "; the clause does not allow skipping to "
                      + escalated.to());
            }
            return Optional.empty();
          });

  static final Guard<DisputeSituation, DisputeEvent.DisputeEscalated> TIME_LIMIT =
      Guard.of(
          new Rule(
              "dispute.time-limit-must-run",
              "a party escalates alone only once the current stage's time limit has run (the day it entered the stage plus"
                  + " the limit); before that, only when both parties agree"),
          (situation, escalated) -> {
            Dispute dispute = situation.current();
            LocalDate deadline = dispute.deadline();
            if (escalated.byAgreement() || !escalated.on().isBefore(deadline)) {
              return Optional.empty();
            }
            return Optional.of(
                dispute.id() + " entered " + dispute.stage() + " on " + dispute.stageSince() + "; its time limit runs until " + deadline
                    + ", and " + escalated.on() + " is earlier without the agreement of both parties");
          });

  static final Guard<DisputeSituation, DisputeEvent.DisputeDecided> BINDING =
      Guard.of(
          new Rule("dispute.binding-stage-decides", "only a binding stage (ARBITRATION or COURT) decides a dispute"),
          (situation, decided) -> {
            Dispute dispute = situation.current();
            return dispute.stage().isBinding()
                ? Optional.empty()
                : Optional.of(dispute.id() + " is at " + dispute.stage() + ", which does not bind: the parties settle there, or escalate");
          });

  static final Guard<DisputeSituation, DisputeEvent.DisputeWithdrawn> BY_COMPLAINANT =
      Guard.of(
          new Rule("dispute.withdrawn-by-complainant", "only the complainant withdraws a dispute"),
          (situation, withdrawn) -> {
            Dispute dispute = situation.current();
            return withdrawn.by().equals(dispute.complainant())
                ? Optional.empty()
                : Optional.of(withdrawn.by() + " did not raise " + dispute.id() + "; " + dispute.complainant() + " did");
          });

  static final Guard<DisputeSituation, DisputeEvent.DisputeUnresolved> LAST_STAGE =
      Guard.of(
          new Rule(
              "dispute.unresolved-at-last-stage",
              "a dispute is unresolved only at the ladder's last stage, once that stage's time limit has run"),
          (situation, unresolved) -> {
            Dispute dispute = situation.current();
            if (!dispute.atLastStage()) {
              return Optional.of(
                  dispute.id() + " is at " + dispute.stage() + "; the ladder " + dispute.ladder() + " goes on to " + dispute.nextStage().orElseThrow());
            }
            LocalDate deadline = dispute.deadline();
            return unresolved.on().isBefore(deadline)
                ? Optional.of(dispute.id() + " entered " + dispute.stage() + " on " + dispute.stageSince() + "; its time limit runs until " + deadline)
                : Optional.empty();
          });

  private static final TransitionTable<DisputeState, DisputeSituation> DISPUTE =
      TransitionTable.<DisputeState, DisputeSituation>builder(DisputeState.class, "dispute", "Dispute lifecycle")
          .describe(OPEN, "Raised, and at one stage of its escalation ladder.")
          .describe(SETTLED, "The parties agreed on terms.")
          .describe(DECIDED, "A binding stage (arbitration, court) decided it.")
          .describe(WITHDRAWN, "The complainant withdrew it.")
          .describe(UNRESOLVED, "The last stage's time limit ran out without an end; the clause's consequence follows.")
          .terminal(SETTLED, DECIDED, WITHDRAWN, UNRESOLVED)
          .initial(DisputeEvent.DisputeRaised.class, OPEN)
          .by(DisputeCommand.RaiseDispute.class)
          .guard(IN_FORCE)
          .guard(COMPLAINANT)
          .guard(RESPONDENT)
          .guard(FIRST_RUNG)
          .means("a party raises a dispute against another party or a decision, at the first stage of the ladder in force")
          .on(DisputeEvent.DisputeEscalated.class)
          .from(OPEN)
          .stay()
          .by(DisputeCommand.EscalateDispute.class)
          .guard(BY_PARTY)
          .guard(LADDER_ORDER)
          .guard(TIME_LIMIT)
          .means("a party takes the dispute up the ladder; its new stage's time limit starts that day")
          .on(DisputeEvent.DisputeSettled.class)
          .from(OPEN)
          .to(SETTLED)
          .by(DisputeCommand.SettleDispute.class)
          .means("the parties settle, at any stage")
          .on(DisputeEvent.DisputeDecided.class)
          .from(OPEN)
          .to(DECIDED)
          .by(DisputeCommand.DecideDispute.class)
          .guard(BINDING)
          .means("the arbitrator or court decides; the decision binds the parties")
          .on(DisputeEvent.DisputeWithdrawn.class)
          .from(OPEN)
          .to(WITHDRAWN)
          .by(DisputeCommand.WithdrawDispute.class)
          .guard(BY_COMPLAINANT)
          .means("the complainant withdraws the dispute")
          .on(DisputeEvent.DisputeUnresolved.class)
          .from(OPEN)
          .to(UNRESOLVED)
          .by(DisputeCommand.DeclareUnresolved.class)
          .guard(LAST_STAGE)
          .means("the last stage's time limit has run without an end; the clause's consequence follows")
          .build();

  /** @return the dispute table */
  public static TransitionTable<DisputeState, DisputeSituation> dispute() {
    return DISPUTE;
  }

  private static List<DisputeStage> ladder(DisputeResolutionClause clause) {
    return clause.ladder().stream().map(EscalationStep::stage).toList();
  }

  private static Optional<String> party(AllianceLifecycle alliance, PartnerId partner, String role) {
    Optional<MembershipState> state = alliance.membershipState(partner);
    if (state.isPresent() && state.get().isParty()) {
      return Optional.empty();
    }
    return Optional.of(role + " " + partner + " is " + state.map(Enum::name).orElse("not a member") + ", not a party bound by the agreement");
  }
}
