package dev.alliance.core.proposal;

import static dev.alliance.api.lifecycle.ProposalState.ADOPTED;
import static dev.alliance.api.lifecycle.ProposalState.DRAFT;
import static dev.alliance.api.lifecycle.ProposalState.EXPIRED;
import static dev.alliance.api.lifecycle.ProposalState.OPEN;
import static dev.alliance.api.lifecycle.ProposalState.REJECTED;
import static dev.alliance.api.lifecycle.ProposalState.WITHDRAWN;

import dev.alliance.api.alliance.Member;
import dev.alliance.api.command.ProposalCommand;
import dev.alliance.api.command.Rejection;
import dev.alliance.api.event.AllianceEvent;
import dev.alliance.api.event.ProposalEvent;
import dev.alliance.api.governance.Body;
import dev.alliance.api.governance.CrisisDelegation;
import dev.alliance.api.governance.DecisionProcedure;
import dev.alliance.api.governance.Governance;
import dev.alliance.api.governance.Vote;
import dev.alliance.api.lifecycle.ProposalState;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.proposal.Verdict;
import dev.alliance.core.governance.Voter;
import dev.alliance.core.statemachine.Guard;
import dev.alliance.core.statemachine.Rule;
import dev.alliance.core.statemachine.Transition;
import dev.alliance.core.statemachine.TransitionTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The proposal lifecycle as a transition table, with its guards, the rules of the gate through
 * which adopted proposals authorise governed acts, and the translation of proposal commands into
 * the events they ask for. The lifecycle engine checks proposal commands against this table, folds
 * proposal events with it, and generates {@code docs/lifecycle.md} from it.
 *
 * <p>A proposal is drafted, its vote opened under the procedure in force for its issue area, and
 * voted on; it ends adopted or rejected as soon as its ballots decide it, or, closed at its
 * deadline, by the final tally (expired when the quorum was missed); or it is withdrawn. The
 * endings are automatic: the engine records them right after the ballot or the closing that
 * decides them.
 */
public final class ProposalTables {
  private ProposalTables() {}

  // ---- ballots ----

  /** A ballot is accepted only while the vote is open. */
  public static final Rule VOTING_CLOSED =
      new Rule(
          "ballot.voting-closed",
          "the vote is open: not yet decided, closed or withdrawn, and the ballot is dated no later than its deadline");

  /** Only current members with voting rights vote. */
  public static final Rule NOT_ENTITLED =
      new Rule(
          "ballot.not-entitled",
          "the voter is a current member with voting rights and in good standing (MEMBER or WITHDRAWING), sits on the"
              + " crisis body for a crisis vote, and is in the vote's electorate");

  /** One ballot per member, unless the procedure allows replacing it. */
  public static final Rule ALREADY_VOTED =
      new Rule("ballot.already-voted", "one ballot per member, unless the vote's procedure allows replacing it while the vote is open");

  // ---- opening and closing ----

  /** A crisis vote needs a declared crisis and a delegation covering the area. */
  public static final Rule CRISIS_AUTHORITY =
      new Rule(
          "vote.crisis-authority",
          "a crisis vote needs a declared crisis and a crisis delegation in force that covers the proposal's issue area");

  /** Somebody must be able to vote. */
  public static final Rule NEEDS_VOTERS =
      new Rule("vote.needs-voters", "at least one member can vote now (on the crisis body, for a crisis vote)");

  /** The procedure must be able to count every voter. */
  public static final Rule COUNTABLE =
      new Rule(
          "vote.countable",
          "the procedure can count every voter: each carries the measures its rule weighs by (weights by contributions"
              + " cannot be counted on the stream, which records none)");

  /** A vote closes at its deadline, not before. */
  public static final Rule DEADLINE_REACHED =
      new Rule("vote.deadline-reached", "the vote has a deadline and the day is on or after it");

  // ---- endings ----

  /** The ballots, or the final tally, adopt the proposal. */
  public static final Rule DECIDED_ADOPTED =
      new Rule(
          "proposal.decided-adopted",
          "no ballot still missing could stop the adoption (the standing is ADOPTED, early or with every ballot cast),"
              + " or the vote was closed and the final tally adopts it");

  /** The ballots, or the final tally with its quorum, reject the proposal. */
  public static final Rule DECIDED_REJECTED =
      new Rule(
          "proposal.decided-rejected",
          "not even a yes from every member still missing could carry it (the standing is REJECTED), or the vote was"
              + " closed with its quorum met and the final tally rejects it");

  /** The vote was closed without its quorum. */
  public static final Rule QUORUM_MISSED =
      new Rule("proposal.quorum-missed", "the vote was closed at its deadline without its quorum: nothing was decided");

  // ---- the gate ----

  /** The decision a command cites must be a proposal of the alliance. */
  public static final Rule PROPOSAL_UNKNOWN =
      new Rule("governance.proposal-unknown", "the decision the command names is a proposal of this alliance");

  /** The proposal must be adopted. */
  public static final Rule NOT_ADOPTED = new Rule("governance.proposal-not-adopted", "the proposal was adopted");

  /** The proposal's motion must be exactly the act. */
  public static final Rule OTHER_ACT =
      new Rule(
          "governance.proposal-for-another-act",
          "the proposal's motion is this very act: the same partner, the same amended text, the same new date");

  /** The proposal must have been decided in the act's issue area. */
  public static final Rule WRONG_AREA =
      new Rule("governance.proposal-wrong-area", "the proposal was decided in the issue area the lifecycle assigns to the act");

  /** The procedure the proposal was decided by must still be in force. */
  public static final Rule PROCEDURE_NOT_IN_FORCE =
      new Rule(
          "governance.procedure-not-in-force",
          "the proposal was decided by the procedure in force for the area now; once an amendment changes that"
              + " procedure, the act needs a new vote under the new one");

  /** A crisis vote authorises acts only while the crisis and the delegation last. */
  public static final Rule CRISIS_AUTHORITY_LAPSED =
      new Rule(
          "governance.crisis-authority-lapsed",
          "a crisis vote authorises acts only while the crisis lasts and the delegation it was held under still gives"
              + " the same body authority over the area by the same procedure");

  /** An adopted proposal authorises one act. */
  public static final Rule ALREADY_CARRIED_OUT =
      new Rule("governance.decision-already-carried-out", "an adopted proposal authorises one act; it has not been carried out yet");

  // ---- guards ----

  private static final Guard<ProposalSituation, ProposalEvent.VoteOpened> CRISIS_GUARD =
      Guard.of(
          CRISIS_AUTHORITY,
          (situation, opened) -> {
            if (!opened.crisis()) {
              return Optional.empty();
            }
            Polity polity = situation.polity();
            Optional<CrisisDelegation> delegation = polity.governance().crisisDelegation();
            if (delegation.isEmpty()) {
              return Optional.of("the governance of " + polity.name() + " delegates no crisis authority");
            }
            if (!polity.isInCrisis()) {
              return Optional.of("no crisis is declared in " + polity.name() + "; the " + delegation.get().body().name() + " may decide alone only in one");
            }
            Proposal proposal = situation.proposal().orElseThrow();
            if (!delegation.get().covers(proposal.area())) {
              return Optional.of(
                  "the crisis delegation to the " + delegation.get().body().name() + " covers " + sorted(delegation.get()) + ", not " + proposal.area());
            }
            return Optional.empty();
          });

  private static final Guard<ProposalSituation, ProposalEvent.VoteOpened> VOTERS_GUARD =
      Guard.of(
          NEEDS_VOTERS,
          (situation, opened) ->
              opened.electorate().isEmpty()
                  ? Optional.of(
                      opened.crisis()
                          ? "nobody on the crisis body can vote now"
                          : "no member of " + situation.polity().name() + " can vote now")
                  : Optional.empty());

  private static final Guard<ProposalSituation, ProposalEvent.VoteOpened> COUNTABLE_GUARD =
      Guard.of(COUNTABLE, (situation, opened) -> Entitlement.uncountable(opened.procedure(), voters(situation.polity(), opened.electorate())));

  private static final Guard<ProposalSituation, ProposalEvent.BallotCast> OPEN_GUARD =
      Guard.of(
          VOTING_CLOSED,
          (situation, ballot) -> {
            Proposal.Poll poll = situation.proposal().flatMap(Proposal::poll).orElseThrow();
            if (poll.closedOn().isPresent()) {
              return Optional.of("the vote on " + ballot.proposal() + " was closed on " + poll.closedOn().get());
            }
            return poll.deadline()
                .filter(ballot.on()::isAfter)
                .map(deadline -> "the vote on " + ballot.proposal() + " closed at the end of its deadline " + deadline + "; the ballot is dated " + ballot.on());
          });

  private static final Guard<ProposalSituation, ProposalEvent.BallotCast> ENTITLED_GUARD =
      Guard.of(
          NOT_ENTITLED,
          (situation, ballot) -> {
            Proposal.Poll poll = situation.proposal().flatMap(Proposal::poll).orElseThrow();
            Polity polity = situation.polity();
            Optional<String> why = Entitlement.whyNot(polity, ballot.voter(), poll.crisisBody());
            if (why.isPresent() || poll.electorate().indexOf(ballot.voter()).isPresent()) {
              return why;
            }
            // Entitled now, yet outside the electorate: the procedure could not weigh it when it joined.
            Member member = polity.member(ballot.voter()).orElseThrow();
            return Optional.of(
                ballot.voter() + " is not in the electorate of " + ballot.proposal() + ": "
                    + Entitlement.uncountable(poll.procedure(), List.of(Voter.of(member))).orElse("it was not entitled when the vote last admitted voters"));
          });

  private static final Guard<ProposalSituation, ProposalEvent.BallotCast> ONCE_GUARD =
      Guard.of(
          ALREADY_VOTED,
          (situation, ballot) -> {
            Proposal.Poll poll = situation.proposal().flatMap(Proposal::poll).orElseThrow();
            Vote earlier = poll.ballots().voteOf(ballot.voter());
            return earlier.isPresent() && !poll.procedure().isBallotChangeAllowed()
                ? Optional.of(
                    ballot.voter() + " already voted " + earlier + " on " + ballot.proposal()
                        + ", and its procedure does not allow changing a ballot")
                : Optional.empty();
          });

  private static final Guard<ProposalSituation, ProposalEvent.VoteClosed> DEADLINE_GUARD =
      Guard.of(
          DEADLINE_REACHED,
          (situation, closed) -> {
            Optional<LocalDate> deadline = situation.proposal().flatMap(Proposal::deadline);
            if (deadline.isEmpty()) {
              return Optional.of(
                  "the vote on " + closed.proposal() + " has no deadline: it stays open until its ballots decide it or it is withdrawn");
            }
            return closed.on().isBefore(deadline.get())
                ? Optional.of("the vote on " + closed.proposal() + " runs until " + deadline.get() + "; " + closed.on() + " is earlier")
                : Optional.empty();
          });

  // ---- the table ----

  private static final TransitionTable<ProposalState, ProposalSituation> PROPOSAL =
      TransitionTable.<ProposalState, ProposalSituation>builder(ProposalState.class, "proposal", "Proposal lifecycle")
          .describe(DRAFT, "Drafted: its title, issue area and motion are set; its vote has not opened.")
          .describe(OPEN, "Its vote is open: the procedure was fixed when it opened; members cast ballots.")
          .describe(ADOPTED, "Adopted: it authorises the one act its motion names.")
          .describe(REJECTED, "Rejected by its ballots, or by the final tally at its deadline.")
          .describe(EXPIRED, "Its vote was closed at the deadline without its quorum; nothing was decided.")
          .describe(WITHDRAWN, "Withdrawn before it was decided.")
          .terminal(ADOPTED, REJECTED, EXPIRED, WITHDRAWN)
          .initial(ProposalEvent.ProposalDrafted.class, DRAFT)
          .by(ProposalCommand.DraftProposal.class)
          .means("a proposal is drafted: its title, the issue area whose procedure will decide it, and its motion")
          .on(ProposalEvent.VoteOpened.class)
          .from(DRAFT)
          .to(OPEN)
          .by(ProposalCommand.OpenVote.class)
          .guard(CRISIS_GUARD)
          .guard(VOTERS_GUARD)
          .guard(COUNTABLE_GUARD)
          .means(
              "the vote opens under the procedure in force for the proposal's area (for a crisis vote, the delegated body's);"
                  + " the event fixes the procedure, the electorate and the deadline")
          .on(ProposalEvent.BallotCast.class)
          .from(OPEN)
          .stay()
          .by(ProposalCommand.CastBallot.class)
          .guard(OPEN_GUARD)
          .guard(ENTITLED_GUARD)
          .guard(ONCE_GUARD)
          .means("a member casts a ballot, or replaces its ballot where the procedure allows it")
          .on(ProposalEvent.VoteClosed.class)
          .from(OPEN)
          .stay()
          .by(ProposalCommand.CloseVote.class)
          .guard(DEADLINE_GUARD)
          .means("the vote is closed at its deadline; the final tally follows at once, missing ballots counting as absent")
          .on(ProposalEvent.ProposalAdopted.class)
          .from(OPEN)
          .to(ADOPTED)
          .automaticWhen(
              situation ->
                  situation.verdict()
                      .filter(Verdict::isAdopted)
                      .map(verdict -> new ProposalEvent.ProposalAdopted(situation.proposalId(), verdict, situation.day())))
          .guard(verdictGuard(DECIDED_ADOPTED, ProposalEvent.ProposalAdopted::verdict))
          .means("the ballots leave no doubt, or the final tally at the deadline adopts it")
          .on(ProposalEvent.ProposalRejected.class)
          .from(OPEN)
          .to(REJECTED)
          .automaticWhen(
              situation ->
                  situation.verdict()
                      .filter(verdict -> !verdict.isAdopted() && quorumOrByBallots(verdict))
                      .map(verdict -> new ProposalEvent.ProposalRejected(situation.proposalId(), verdict, situation.day())))
          .guard(verdictGuard(DECIDED_REJECTED, ProposalEvent.ProposalRejected::verdict))
          .means("the ballots leave no doubt, or the final tally at the deadline rejects it with the quorum met")
          .on(ProposalEvent.ProposalExpired.class)
          .from(OPEN)
          .to(EXPIRED)
          .automaticWhen(
              situation ->
                  situation.verdict()
                      .filter(verdict -> !quorumOrByBallots(verdict))
                      .map(verdict -> new ProposalEvent.ProposalExpired(situation.proposalId(), verdict.outcome(), situation.day())))
          .guard(verdictGuard(QUORUM_MISSED, expired -> new Verdict.AtClose(expired.outcome())))
          .means("the vote closed at its deadline without its quorum")
          .on(ProposalEvent.ProposalWithdrawn.class)
          .from(DRAFT, OPEN)
          .to(WITHDRAWN)
          .by(ProposalCommand.WithdrawProposal.class)
          .means("the proposal is withdrawn before it is decided")
          .build();

  /** @return the proposal lifecycle's table */
  public static TransitionTable<ProposalState, ProposalSituation> proposal() {
    return PROPOSAL;
  }

  /**
   * @return the rules by which {@code DecisionGate.requireAdoptedProposal()} judges the decision a
   *     governed act cites, in the order they are checked
   */
  public static List<Rule> gateRules() {
    return List.of(
        PROPOSAL_UNKNOWN, NOT_ADOPTED, OTHER_ACT, WRONG_AREA, PROCEDURE_NOT_IN_FORCE, CRISIS_AUTHORITY_LAPSED, ALREADY_CARRIED_OUT);
  }

  /**
   * Checks a proposal event against the table: its general rules, the row and its guards. A ballot
   * for a proposal that has ended is refused as a ballot after closing ({@link #VOTING_CLOSED}),
   * not with the table's general rule, so that every late ballot is refused alike.
   *
   * @param situation the situation before the event
   * @param event the event
   * @return the rejection; empty when the event may be recorded
   */
  public static Optional<Rejection> check(ProposalSituation situation, ProposalEvent event) {
    Optional<Proposal> proposal = situation.proposal();
    if (event instanceof ProposalEvent.BallotCast && proposal.filter(p -> p.state().isTerminal()).isPresent()) {
      return Optional.of(VOTING_CLOSED.reject(proposal.get().summary() + "; no ballot counts after its vote ended"));
    }
    return PROPOSAL.check(proposal.map(Proposal::state), event, situation, "proposal " + situation.proposalId());
  }

  /**
   * The automatic ending the situation calls for, if any: an adoption, rejection or expiry.
   *
   * @param situation the situation after the event that may trigger it
   * @return the event to record; empty when the vote goes on
   */
  public static Optional<ProposalEvent> nextAutomatic(ProposalSituation situation) {
    Optional<ProposalState> state = situation.proposal().map(Proposal::state);
    if (state.isEmpty()) {
      return Optional.empty();
    }
    for (Transition<ProposalState, ProposalSituation> transition : PROPOSAL.automaticFrom(state.get())) {
      Optional<AllianceEvent> fired = transition.fire(situation);
      if (fired.isPresent()) {
        return Optional.of((ProposalEvent) fired.get());
      }
    }
    return Optional.empty();
  }

  /**
   * The one event a proposal command asks for, before any check. Opening a vote fixes the
   * procedure in force for the proposal's area (the crisis delegation's, for a crisis vote) and the
   * members who can vote now.
   *
   * @param polity the alliance
   * @param proposals its proposals
   * @param command the command
   * @return the event
   */
  public static ProposalEvent translate(Polity polity, Proposals proposals, ProposalCommand command) {
    if (command instanceof ProposalCommand.DraftProposal c) {
      return new ProposalEvent.ProposalDrafted(c.proposal(), c.title(), c.area(), c.motion(), c.on());
    }
    if (command instanceof ProposalCommand.OpenVote c) {
      Governance governance = polity.governance();
      Optional<CrisisDelegation> delegation = c.crisis() ? governance.crisisDelegation() : Optional.empty();
      // An unknown proposal is refused by the table's general rules; its event only has to be well formed.
      DecisionProcedure procedure =
          delegation
              .map(CrisisDelegation::procedure)
              .orElseGet(() -> proposals.get(c.proposal()).map(p -> governance.procedureFor(p.area())).orElse(governance.defaultProcedure()));
      List<PartnerId> electorate = new ArrayList<>();
      Entitlement.voters(polity, delegation.map(CrisisDelegation::body)).forEach(voter -> electorate.add(voter.id()));
      return new ProposalEvent.VoteOpened(c.proposal(), procedure, electorate, c.crisis(), c.deadline(), c.on());
    }
    if (command instanceof ProposalCommand.CastBallot c) {
      return new ProposalEvent.BallotCast(c.proposal(), c.voter(), c.vote(), c.on());
    }
    if (command instanceof ProposalCommand.CloseVote c) {
      return new ProposalEvent.VoteClosed(c.proposal(), c.on());
    }
    ProposalCommand.WithdrawProposal c = (ProposalCommand.WithdrawProposal) command;
    return new ProposalEvent.ProposalWithdrawn(c.proposal(), c.reason(), c.on());
  }

  /** A rejection at the close needs its quorum; without it the vote expired. Ballots decide either way. */
  private static boolean quorumOrByBallots(Verdict verdict) {
    return verdict instanceof Verdict.ByBallots || verdict.outcome().quorum().held();
  }

  private static <E extends ProposalEvent> Guard<ProposalSituation, E> verdictGuard(
      Rule rule, java.util.function.Function<E, Verdict> recorded) {
    return Guard.of(
        rule,
        (situation, event) -> {
          Optional<Verdict> now = situation.verdict();
          return now.isPresent() && now.get().equals(recorded.apply(event))
              ? Optional.empty()
              : Optional.of(
                  "the ballots of " + situation.proposalId() + " say "
                      + now.map(v -> v.lines().get(0)).orElse("nothing is decided yet"));
        });
  }

  static List<Voter> voters(Polity polity, List<PartnerId> ids) {
    List<Voter> voters = new ArrayList<>();
    for (PartnerId id : ids) {
      polity.member(id).ifPresent(member -> voters.add(Voter.of(member)));
    }
    return voters;
  }

  private static String sorted(CrisisDelegation delegation) {
    return delegation.areas().stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
  }

  static Optional<Body> crisisBody(Polity polity, boolean crisis) {
    return crisis ? polity.governance().crisisDelegation().map(CrisisDelegation::body) : Optional.empty();
  }
}
