package dev.alliance.core.lifecycle;

import static dev.alliance.api.lifecycle.AllianceState.COMPLETED;
import static dev.alliance.api.lifecycle.AllianceState.DISSOLVED;
import static dev.alliance.api.lifecycle.AllianceState.DISSOLVING;
import static dev.alliance.api.lifecycle.AllianceState.FORMED;
import static dev.alliance.api.lifecycle.AllianceState.NEGOTIATING;
import static dev.alliance.api.lifecycle.AllianceState.OPERATING;
import static dev.alliance.api.lifecycle.AllianceState.PROPOSED;
import static dev.alliance.api.lifecycle.AllianceState.SUSPENDED;
import static dev.alliance.api.lifecycle.AllianceState.UNDER_REVIEW;
import static dev.alliance.api.lifecycle.MembershipState.ACCEDING;
import static dev.alliance.api.lifecycle.MembershipState.EXPELLED;
import static dev.alliance.api.lifecycle.MembershipState.INVITED;
import static dev.alliance.api.lifecycle.MembershipState.MEMBER;
import static dev.alliance.api.lifecycle.MembershipState.WITHDRAWING;
import static dev.alliance.api.lifecycle.MembershipState.WITHDRAWN;

import dev.alliance.api.InvalidValueException;
import dev.alliance.api.agreement.Agreement;
import dev.alliance.api.alliance.Alliance;
import dev.alliance.api.agreement.ExitClause;
import dev.alliance.api.command.LifecycleCommand;
import dev.alliance.api.command.MembershipCommand;
import dev.alliance.api.event.AllianceEvent;
import dev.alliance.api.event.GovernedEvent;
import dev.alliance.api.event.LifecycleEvent;
import dev.alliance.api.event.MembershipEvent;
import dev.alliance.api.governance.IssueArea;
import dev.alliance.api.lifecycle.AllianceState;
import dev.alliance.api.lifecycle.MembershipState;
import dev.alliance.api.objective.Objective;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.typology.Lifespan;
import dev.alliance.core.statemachine.Guard;
import dev.alliance.core.statemachine.Rule;
import dev.alliance.core.statemachine.TransitionTable;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The two transition tables of the lifecycle engine, alliance and membership, with their guards:
 * the single source of truth for which event may follow which state and under which rule. The
 * command handler checks commands against them, {@link AllianceLifecycle} folds events with them,
 * and {@code docs/lifecycle.md} with its diagrams is generated from them ({@link LifecycleDocs}).
 *
 * <p>Two rules apply to every command before the tables are consulted ({@link #commandRules()}):
 * a command may not be dated after today by the engine's clock, nor before the latest event of the
 * stream, so every stream reads in date order.
 */
public final class LifecycleTables {
  private LifecycleTables() {}

  /** A command's day may not lie after today by the engine's clock. */
  public static final Rule NOT_IN_THE_FUTURE =
      new Rule("chronology.not-in-the-future", "the command's day is not after today by the engine's clock");

  /** A command's day may not lie before the latest event of the stream. */
  public static final Rule NOT_BEFORE_LAST_ACT =
      new Rule(
          "chronology.not-before-last-act",
          "the command's day is not before the day of the latest event in the stream, so the stream reads in date order");

  private static final Set<AllianceState> FORMED_STATES = EnumSet.of(FORMED, OPERATING, UNDER_REVIEW, SUSPENDED);

  // ---- guards of the alliance table ----

  private static final Guard<Situation, LifecycleEvent.AgreementSigned> COMPLETE_AGREEMENT =
      Guard.of(
          new Rule(
              "formation.requires-complete-agreement",
              "the agreement has every essential clause: purpose, governance, resource commitments,"
                  + " intellectual property, exit, dispute resolution and review"),
          (situation, signed) -> lacking(signed.agreement(), "the agreement"));

  private static final Guard<Situation, LifecycleEvent.AgreementSigned> TWO_SIGNATORIES =
      Guard.of(
          new Rule("formation.requires-two-signatories", "at least two acceding partners sign"),
          (situation, signed) ->
              signed.signatories().size() >= 2
                  ? Optional.empty()
                  : Optional.of(signed.signatories().size() + " partner(s) sign " + signed.signatories() + "; an alliance needs two"));

  private static final Rule NAMES_ONLY_MEMBERS =
      new Rule(
          "agreement.names-only-members",
          "the partners the agreement names (in its governance, or anywhere the alliance checks) all have a"
              + " membership, in any state");

  private static final Guard<Situation, AllianceEvent> TWO_PARTIES =
      Guard.of(
          new Rule(
              "operation.requires-two-parties",
              "at least two parties are bound by the agreement (members, suspended members, members serving notice)"),
          (situation, event) -> {
            int parties = situation.state().parties();
            return parties >= 2
                ? Optional.empty()
                : Optional.of("only " + parties + " part" + (parties == 1 ? "y is" : "ies are") + " bound by the agreement: " + situation.state().partyIds());
          });

  private static final Guard<Situation, LifecycleEvent.AgreementAmended> AMENDMENT_COMPLETE =
      Guard.of(
          new Rule("amendment.keeps-essential-clauses", "the amended agreement still has every essential clause"),
          (situation, amended) -> lacking(amended.agreement(), "the amended agreement"));

  private static final Guard<Situation, LifecycleEvent.DissolutionTriggered> FEWER_THAN_TWO_PARTIES =
      Guard.of(
          new Rule(
              "dissolution.fewer-than-two-parties",
              "fewer than two parties remain in an alliance in operation: a bilateral alliance whose other partner"
                  + " left, or any alliance reduced to one party, winds down"),
          (situation, triggered) ->
              situation.state().parties() < 2
                  ? Optional.empty()
                  : Optional.of(situation.state().parties() + " parties remain"));

  private static final Guard<Situation, LifecycleEvent.AllianceDissolved> WIND_DOWN_RUN =
      Guard.of(
          new Rule(
              "dissolution.wind-down-must-run",
              "the wind-down has lasted the exit clause's notice period, counted from the day dissolution began"),
          (situation, dissolved) -> {
            AllianceLifecycle state = situation.state();
            LocalDate since = state.windDownSince().orElse(dissolved.on());
            Period period = state.agreement().flatMap(Agreement::exit).map(ExitClause::noticePeriod).orElse(Period.ZERO);
            LocalDate end = since.plus(period);
            return dissolved.on().isBefore(end)
                ? Optional.of(
                    "the wind-down began on " + since + " and lasts the notice period of " + period + ", until " + end
                        + "; " + dissolved.on() + " is earlier")
                : Optional.empty();
          });

  private static final Guard<Situation, LifecycleEvent.ObjectiveMeasured> OBJECTIVE_KNOWN =
      Guard.of(
          new Rule("progress.objective-must-exist", "the measured objective is one of the alliance's objectives"),
          (situation, measured) -> {
            List<String> names = situation.state().objectives().stream().map(Objective::name).toList();
            return names.contains(measured.objective())
                ? Optional.empty()
                : Optional.of("no objective is named \"" + measured.objective() + "\"; the objectives are " + names);
          });

  private static final Guard<Situation, LifecycleEvent.MissionCompleted> CORE_OBJECTIVES_MET =
      Guard.of(
          new Rule(
              "completion.core-objectives-met",
              "the alliance is ad hoc and ends when its core objectives are met, it has at least one, and the"
                  + " latest measurement of each meets its target"),
          (situation, completed) -> unmetCoreObjectives(situation.state()));

  private static final Guard<Situation, LifecycleEvent.MandateExpired> END_DATE_REACHED =
      Guard.of(
          new Rule(
              "completion.end-date-reached",
              "the alliance is ad hoc, its lifespan fixes an end date, and the day is on or after it"),
          (situation, expired) -> {
            Optional<Lifespan> lifespan = situation.state().typology().map(t -> t.duration());
            if (lifespan.isEmpty() || !(lifespan.get() instanceof Lifespan.AdHoc adHoc)) {
              return Optional.of("the alliance is permanent: it has no mandate to expire");
            }
            if (adHoc.endsOn().isEmpty()) {
              return Optional.of("its lifespan fixes no end date; it ends when its core objectives are met");
            }
            LocalDate end = adHoc.endsOn().get();
            return expired.on().isBefore(end)
                ? Optional.of("its mandate runs until " + end + "; " + expired.on() + " is earlier")
                : Optional.empty();
          });

  // ---- guards of the membership table ----

  private static final Guard<Situation, MembershipEvent> ALLIANCE_OPEN =
      Guard.of(
          new Rule("membership.alliance-open", "the alliance is not winding down"),
          (situation, event) ->
              situation.state().state().filter(s -> s == DISSOLVING).isPresent()
                  ? Optional.of("the alliance is DISSOLVING: it takes no new members")
                  : Optional.empty());

  private static final Guard<Situation, MembershipEvent> ALLIANCE_FORMED =
      Guard.of(
          new Rule(
              "membership.requires-formed-alliance",
              "the alliance is formed and not winding down: FORMED, OPERATING, UNDER_REVIEW or SUSPENDED"),
          (situation, event) -> {
            AllianceState state = situation.state().state().orElse(PROPOSED);
            if (FORMED_STATES.contains(state)) {
              return Optional.empty();
            }
            return Optional.of(
                "the alliance is "
                    + state
                    + (state == PROPOSED || state == NEGOTIATING
                        ? ": there is no agreement in force yet, and founders join by signing it"
                        : ": it is winding down"));
          });

  private static final Guard<Situation, MembershipEvent.WithdrawalExtended> EXTENSION_POSTPONES =
      Guard.of(
          new Rule("withdrawal.extension-must-postpone", "the new effective date is later than the current one"),
          (situation, extended) -> {
            LocalDate current = effectiveOn(situation, extended.partner());
            return extended.effectiveOn().isAfter(current)
                ? Optional.empty()
                : Optional.of(
                    extended.partner() + "'s withdrawal takes effect on " + current + "; " + extended.effectiveOn()
                        + " does not postpone it");
          });

  private static final Guard<Situation, MembershipEvent.WithdrawalExtended> EXTENSION_IN_TIME =
      Guard.of(
          new Rule("withdrawal.extension-before-effect", "the extension is granted before the current effective date"),
          (situation, extended) -> {
            LocalDate current = effectiveOn(situation, extended.partner());
            return extended.on().isBefore(current)
                ? Optional.empty()
                : Optional.of(
                    extended.partner() + "'s withdrawal could take effect from " + current + "; an extension on "
                        + extended.on() + " comes too late");
          });

  private static final Guard<Situation, MembershipEvent.WithdrawalTookEffect> NOTICE_RUN =
      Guard.of(
          new Rule(
              "withdrawal.notice-period-must-run",
              "the day is on or after the withdrawal's effective date: the notice day plus the exit clause's"
                  + " notice period, or the date an extension set; until then the member keeps its rights and obligations"),
          (situation, took) -> {
            LocalDate effective = effectiveOn(situation, took.partner());
            return took.on().isBefore(effective)
                ? Optional.of(took.partner() + "'s withdrawal takes effect on " + effective + "; " + took.on() + " is earlier")
                : Optional.empty();
          });

  private static final Guard<Situation, LifecycleEvent.CrisisDeclared> CRISIS_DELEGATED =
      Guard.of(
          new Rule("crisis.requires-delegation", "the governance in force delegates crisis authority to a body"),
          (situation, declared) ->
              situation.state().governance().crisisDelegation().isPresent()
                  ? Optional.empty()
                  : Optional.of("the governance of " + situation.state().name() + " delegates no crisis authority; a crisis would change nothing"));

  private static final Guard<Situation, LifecycleEvent.CrisisDeclared> NO_CRISIS_YET =
      Guard.of(
          new Rule("crisis.not-in-progress", "no crisis is declared already"),
          (situation, declared) ->
              situation.state().crisisSince().map(since -> "a crisis has been declared since " + since + " and has not ended"));

  private static final Guard<Situation, LifecycleEvent.CrisisEnded> CRISIS_IN_PROGRESS =
      Guard.of(
          new Rule("crisis.in-progress", "a crisis is declared"),
          (situation, ended) ->
              situation.state().isInCrisis() ? Optional.empty() : Optional.of("no crisis is declared in " + situation.state().name()));

  // ---- the tables ----

  private static final TransitionTable<AllianceState, Situation> ALLIANCE =
      TransitionTable.<AllianceState, Situation>builder(AllianceState.class, "alliance", "Alliance lifecycle")
          .describe(PROPOSED, "Someone has proposed the alliance; partners are invited and assessed.")
          .describe(NEGOTIATING, "The prospective partners negotiate the agreement.")
          .describe(FORMED, "The agreement is signed and its signatories are members; operations have not started.")
          .describe(OPERATING, "The alliance operates.")
          .describe(UNDER_REVIEW, "A formal review, renegotiation or amendment is under way; the agreement may be amended.")
          .describe(SUSPENDED, "Operations are suspended by decision.")
          .describe(DISSOLVING, "The alliance winds down under its exit clause.")
          .describe(DISSOLVED, "The alliance is dissolved, or was abandoned before it formed.")
          .describe(COMPLETED, "An ad hoc alliance whose mission is done or whose mandate expired.")
          .terminal(DISSOLVED, COMPLETED)
          .initial(LifecycleEvent.AllianceProposed.class, PROPOSED)
          .by(LifecycleCommand.ProposeAlliance.class)
          .means("someone proposes the alliance: its name, typology, objectives and scope")
          .on(LifecycleEvent.NegotiationsOpened.class)
          .from(PROPOSED)
          .to(NEGOTIATING)
          .by(LifecycleCommand.OpenNegotiations.class)
          .means("negotiations on the agreement open")
          .on(LifecycleEvent.AgreementSigned.class)
          .from(NEGOTIATING)
          .to(FORMED)
          .by(LifecycleCommand.SignAgreement.class)
          .guard(COMPLETE_AGREEMENT)
          .guard(TWO_SIGNATORIES)
          .guard(namesOnlyMembers(LifecycleEvent.AgreementSigned::agreement))
          .means("acceding partners sign a complete agreement and become its founding members")
          .on(LifecycleEvent.FormationAbandoned.class)
          .from(PROPOSED, NEGOTIATING)
          .to(DISSOLVED)
          .by(LifecycleCommand.AbandonFormation.class)
          .means("the partners give up before the alliance is formed")
          .on(LifecycleEvent.OperationsStarted.class)
          .from(FORMED)
          .to(OPERATING)
          .by(LifecycleCommand.StartOperations.class)
          .guard(TWO_PARTIES)
          .means("the formed alliance starts operating")
          .on(LifecycleEvent.ReviewOpened.class)
          .from(OPERATING)
          .to(UNDER_REVIEW)
          .by(LifecycleCommand.OpenReview.class)
          .means("a formal review, renegotiation or amendment opens")
          .on(LifecycleEvent.AgreementAmended.class)
          .from(UNDER_REVIEW)
          .stay()
          .by(LifecycleCommand.AmendAgreement.class)
          .guard(decision(IssueArea.AMENDMENT))
          .guard(AMENDMENT_COMPLETE)
          .guard(namesOnlyMembers(LifecycleEvent.AgreementAmended::agreement))
          .means("the agreement is amended; the amended text replaces the old one")
          .on(LifecycleEvent.ReviewConcluded.class)
          .from(UNDER_REVIEW)
          .to(OPERATING)
          .by(LifecycleCommand.ConcludeReview.class)
          .means("the review ends and the alliance operates again (an alliance under review never has fewer than two parties: it would be winding down)")
          .on(LifecycleEvent.OperationsSuspended.class)
          .from(OPERATING, UNDER_REVIEW)
          .to(SUSPENDED)
          .by(LifecycleCommand.SuspendOperations.class)
          .guard(decision(IssueArea.SUSPENSION))
          .means("operations are suspended by decision")
          .on(LifecycleEvent.OperationsResumed.class)
          .from(SUSPENDED)
          .to(OPERATING)
          .by(LifecycleCommand.ResumeOperations.class)
          .guard(decision(IssueArea.SUSPENSION))
          .guard(TWO_PARTIES)
          .means("the suspension is lifted by decision, as it was imposed")
          .on(LifecycleEvent.DissolutionDecided.class)
          .from(FORMED, OPERATING, UNDER_REVIEW, SUSPENDED)
          .to(DISSOLVING)
          .by(LifecycleCommand.DecideDissolution.class)
          .guard(decision(IssueArea.DISSOLUTION))
          .means("the partners decide to dissolve the alliance; the wind-down starts")
          .on(LifecycleEvent.DissolutionTriggered.class)
          .from(OPERATING, UNDER_REVIEW)
          .to(DISSOLVING)
          .automatic(situation -> new LifecycleEvent.DissolutionTriggered(situation.state().lastActOn().orElseThrow()))
          .guard(FEWER_THAN_TWO_PARTIES)
          .means("a withdrawal or expulsion leaves an alliance in operation with fewer than two parties; it cannot keep operating and winds down")
          .on(LifecycleEvent.AllianceDissolved.class)
          .from(DISSOLVING)
          .to(DISSOLVED)
          .by(LifecycleCommand.CompleteDissolution.class)
          .guard(WIND_DOWN_RUN)
          .means("the wind-down is over")
          .on(LifecycleEvent.ObjectiveMeasured.class)
          .from(OPERATING, UNDER_REVIEW, SUSPENDED)
          .stay()
          .by(LifecycleCommand.RecordProgress.class)
          .guard(OBJECTIVE_KNOWN)
          .means("an objective's metric is measured")
          .on(LifecycleEvent.MissionCompleted.class)
          .from(OPERATING, UNDER_REVIEW, SUSPENDED)
          .to(COMPLETED)
          .automatic(situation -> new LifecycleEvent.MissionCompleted(situation.state().lastActOn().orElseThrow()))
          .guard(CORE_OBJECTIVES_MET)
          .means("a measurement meets the last unmet core objective of an ad hoc alliance; its mission is done")
          .on(LifecycleEvent.MandateExpired.class)
          .from(OPERATING, UNDER_REVIEW, SUSPENDED)
          .to(COMPLETED)
          .by(LifecycleCommand.ExpireMandate.class)
          .guard(END_DATE_REACHED)
          .means("an ad hoc alliance reaches the end date of its mandate")
          .on(LifecycleEvent.CrisisDeclared.class)
          .from(FORMED, OPERATING, UNDER_REVIEW, SUSPENDED)
          .stay()
          .by(LifecycleCommand.DeclareCrisis.class)
          .guard(CRISIS_DELEGATED)
          .guard(NO_CRISIS_YET)
          .guard(decision(IssueArea.CRISIS))
          .means("a crisis is declared: the body the governance delegated crisis authority to may decide alone on the areas the delegation covers")
          .on(LifecycleEvent.CrisisEnded.class)
          .from(FORMED, OPERATING, UNDER_REVIEW, SUSPENDED, DISSOLVING)
          .stay()
          .by(LifecycleCommand.EndCrisis.class)
          .guard(CRISIS_IN_PROGRESS)
          .guard(decision(IssueArea.CRISIS))
          .means("the crisis ends; the delegated authority lapses")
          .build();

  private static final TransitionTable<MembershipState, Situation> MEMBERSHIP =
      TransitionTable.<MembershipState, Situation>builder(MembershipState.class, "membership", "Membership lifecycle")
          .describe(INVITED, "Invited to join; not yet bound.")
          .describe(ACCEDING, "Accepted the invitation; negotiating its terms or ratifying.")
          .describe(MEMBER, "A full member: bound by the agreement, with all its rights.")
          .describe(MembershipState.SUSPENDED, "Still bound by the agreement, its rights withheld.")
          .describe(WITHDRAWING, "Gave notice; keeps its rights and obligations until the withdrawal takes effect.")
          .describe(WITHDRAWN, "Left after notice, or gave up joining.")
          .describe(EXPELLED, "Expelled.")
          .terminal(WITHDRAWN, EXPELLED)
          .initial(MembershipEvent.MemberInvited.class, INVITED)
          .by(MembershipCommand.InviteMember.class)
          .guard(ALLIANCE_OPEN)
          .means("a partner is invited, with its role and weight")
          .on(MembershipEvent.AccessionBegun.class)
          .from(INVITED)
          .to(ACCEDING)
          .by(MembershipCommand.BeginAccession.class)
          .guard(ALLIANCE_OPEN)
          .means("the invited partner accepts and begins acceding")
          .on(LifecycleEvent.AgreementSigned.class)
          .from(ACCEDING)
          .to(MEMBER)
          .by(LifecycleCommand.SignAgreement.class)
          .means("the acceding partner signs the founding agreement (the alliance table's guards apply)")
          .on(MembershipEvent.MemberAdmitted.class)
          .from(ACCEDING)
          .to(MEMBER)
          .by(MembershipCommand.AdmitMember.class)
          .guard(ALLIANCE_FORMED)
          .guard(decision(IssueArea.MEMBERSHIP))
          .means("the acceding partner is admitted to the formed alliance by decision")
          .on(MembershipEvent.CandidacyWithdrawn.class)
          .from(INVITED, ACCEDING)
          .to(WITHDRAWN)
          .by(MembershipCommand.WithdrawCandidacy.class)
          .means("the candidate gives up joining")
          .on(MembershipEvent.MemberSuspended.class)
          .from(MEMBER)
          .to(MembershipState.SUSPENDED)
          .by(MembershipCommand.SuspendMember.class)
          .guard(ALLIANCE_FORMED)
          .guard(decision(IssueArea.MEMBERSHIP))
          .means("the member's rights are suspended by decision; it stays bound")
          .on(MembershipEvent.MemberReinstated.class)
          .from(MembershipState.SUSPENDED)
          .to(MEMBER)
          .by(MembershipCommand.ReinstateMember.class)
          .guard(ALLIANCE_FORMED)
          .guard(decision(IssueArea.MEMBERSHIP))
          .means("the suspended member's rights are restored by decision")
          .on(MembershipEvent.WithdrawalNoticeGiven.class)
          .from(MEMBER)
          .to(WITHDRAWING)
          .by(MembershipCommand.GiveWithdrawalNotice.class)
          .guard(ALLIANCE_FORMED)
          .means("the member gives notice; the effective date is computed from the exit clause (notice day plus notice period)")
          .on(MembershipEvent.WithdrawalExtended.class)
          .from(WITHDRAWING)
          .stay()
          .by(MembershipCommand.ExtendWithdrawal.class)
          .guard(ALLIANCE_FORMED)
          .guard(EXTENSION_POSTPONES)
          .guard(EXTENSION_IN_TIME)
          .guard(decision(IssueArea.MEMBERSHIP))
          .means("the effective date is postponed by decision")
          .on(MembershipEvent.WithdrawalTookEffect.class)
          .from(WITHDRAWING)
          .to(WITHDRAWN)
          .by(MembershipCommand.CompleteWithdrawal.class)
          .guard(NOTICE_RUN)
          .means("the notice period has run and the withdrawal takes effect; the member left on the effective date")
          .on(MembershipEvent.MemberExpelled.class)
          .from(MEMBER, MembershipState.SUSPENDED, WITHDRAWING)
          .to(EXPELLED)
          .by(MembershipCommand.ExpelMember.class)
          .guard(ALLIANCE_FORMED)
          .guard(decision(IssueArea.MEMBERSHIP))
          .means("the member is expelled by decision")
          .build();

  /** @return the alliance lifecycle's table */
  public static TransitionTable<AllianceState, Situation> alliance() {
    return ALLIANCE;
  }

  /** @return the membership lifecycle's table */
  public static TransitionTable<MembershipState, Situation> membership() {
    return MEMBERSHIP;
  }

  /** @return the rules checked for every command before the tables: the chronology rules */
  public static List<Rule> commandRules() {
    return List.of(NOT_IN_THE_FUTURE, NOT_BEFORE_LAST_ACT);
  }

  /**
   * The guard that asks the {@link DecisionGate} to authorise an act. The table names the rule
   * {@value DecisionGate#DECISION_REQUIRED}; a gate may reject with its own, more precise rule.
   */
  private static <E extends AllianceEvent & GovernedEvent> Guard<Situation, E> decision(IssueArea area) {
    Rule rule =
        new Rule(
            DecisionGate.DECISION_REQUIRED,
            "the decision gate authorises the act under the " + area + " procedure (by default: the command names an adopted decision)");
    return new Guard<>() {
      @Override
      public Rule rule() {
        return rule;
      }

      @Override
      public Optional<dev.alliance.api.command.Rejection> check(Situation situation, E act) {
        AllianceLifecycle state = situation.state();
        return situation
            .gate()
            .check(new DecisionRequest(state, area, state.governance().procedureFor(area), act, act.decision()));
      }
    };
  }

  /**
   * Checks the agreement against the api's own rules tying an agreement to the membership
   * ({@link Alliance#checkNamesOnlyMembers}), which the alliance view applies too, so the rules
   * have one statement; the check reads the memberships directly instead of building the view of
   * every member, which made each amendment cost as much as building a 1,000-member alliance.
   */
  private static <E extends AllianceEvent> Guard<Situation, E> namesOnlyMembers(Function<E, Agreement> agreement) {
    return Guard.of(
        NAMES_ONLY_MEMBERS,
        (situation, event) -> {
          try {
            Alliance.checkNamesOnlyMembers(Optional.of(agreement.apply(event)), situation.state()::isMember);
            return Optional.empty();
          } catch (InvalidValueException invalid) {
            return Optional.of(invalid.getMessage());
          }
        });
  }

  private static Optional<String> lacking(Agreement agreement, String what) {
    return agreement.isComplete() ? Optional.empty() : Optional.of(what + " lacks " + agreement.missingEssentialClauses());
  }

  private static LocalDate effectiveOn(Situation situation, PartnerId partner) {
    return situation
        .state()
        .withdrawalEffectiveOn(partner)
        .orElseThrow(() -> new IllegalStateException(partner + " is withdrawing without an effective date"));
  }

  private static Optional<String> unmetCoreObjectives(AllianceLifecycle state) {
    Optional<Lifespan> lifespan = state.typology().map(t -> t.duration());
    if (lifespan.isEmpty() || !(lifespan.get() instanceof Lifespan.AdHoc adHoc) || !adHoc.endsWhenCoreObjectivesMet()) {
      return Optional.of("the alliance does not end when its core objectives are met");
    }
    List<String> unmet = new ArrayList<>();
    int core = 0;
    for (Objective objective : state.objectives()) {
      if (objective.isCore()) {
        core++;
        if (!state.measurement(objective.name()).map(objective::isMetBy).orElse(false)) {
          unmet.add(objective.name());
        }
      }
    }
    if (core == 0) {
      return Optional.of("the alliance has no core objective to meet");
    }
    return unmet.isEmpty() ? Optional.empty() : Optional.of("core objectives not yet met: " + unmet);
  }
}
