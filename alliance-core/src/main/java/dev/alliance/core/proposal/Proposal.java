package dev.alliance.core.proposal;

import dev.alliance.api.governance.Body;
import dev.alliance.api.governance.Condition;
import dev.alliance.api.governance.Decision;
import dev.alliance.api.governance.DecisionProcedure;
import dev.alliance.api.governance.IssueArea;
import dev.alliance.api.governance.Standing;
import dev.alliance.api.governance.Vote;
import dev.alliance.api.lifecycle.ProposalState;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.proposal.Motion;
import dev.alliance.api.proposal.ProposalId;
import dev.alliance.api.proposal.Verdict;
import dev.alliance.core.governance.Ballots;
import dev.alliance.core.governance.Electorate;
import dev.alliance.core.governance.Tally;
import dev.alliance.core.governance.Voter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One proposal as its alliance's stream has made it so far: what it asks, where it stands, and,
 * once its vote has opened, the procedure fixed then, the electorate, the ballots and the verdict.
 * Immutable; the lifecycle's state holds one per proposal ({@code AllianceLifecycle.proposal(id)}).
 *
 * <pre>{@code
 * Proposal sweden = state.proposal(ProposalId.of("admit-swe")).orElseThrow();
 * sweden.state();                   // OPEN
 * sweden.standing().orElseThrow();  // OPEN, 2 ballots missing (HUN, TUR)
 * sweden.summary();                 // admit-swe is OPEN, waiting for 2 ballots (HUN, TUR)
 * }</pre>
 */
public final class Proposal {
  private final ProposalId id;
  private final String title;
  private final IssueArea area;
  private final Motion motion;
  private final LocalDate draftedOn;
  private final ProposalState state;
  private final Poll poll;
  private final LocalDate endedOn;
  private final Verdict verdict;
  private final String withdrawal;
  private final LocalDate carriedOutOn;

  private Proposal(
      ProposalId id,
      String title,
      IssueArea area,
      Motion motion,
      LocalDate draftedOn,
      ProposalState state,
      Poll poll,
      LocalDate endedOn,
      Verdict verdict,
      String withdrawal,
      LocalDate carriedOutOn) {
    this.id = id;
    this.title = title;
    this.area = area;
    this.motion = motion;
    this.draftedOn = draftedOn;
    this.state = state;
    this.poll = poll;
    this.endedOn = endedOn;
    this.verdict = verdict;
    this.withdrawal = withdrawal;
    this.carriedOutOn = carriedOutOn;
  }

  static Proposal drafted(ProposalId id, String title, IssueArea area, Motion motion, LocalDate on) {
    return new Proposal(id, title, area, motion, on, ProposalState.DRAFT, null, null, null, null, null);
  }

  Proposal opened(ProposalState next, Poll opened) {
    return new Proposal(id, title, area, motion, draftedOn, next, opened, null, null, null, null);
  }

  Proposal withPoll(Poll changed) {
    return new Proposal(id, title, area, motion, draftedOn, state, changed, endedOn, verdict, withdrawal, carriedOutOn);
  }

  Proposal ended(ProposalState next, Verdict how, LocalDate on) {
    return new Proposal(id, title, area, motion, draftedOn, next, poll, on, how, null, null);
  }

  Proposal withdrawn(ProposalState next, String reason, LocalDate on) {
    return new Proposal(id, title, area, motion, draftedOn, next, poll, on, null, reason, null);
  }

  Proposal carriedOut(LocalDate on) {
    return new Proposal(id, title, area, motion, draftedOn, state, poll, endedOn, verdict, withdrawal, on);
  }

  /** @return the proposal's identity */
  public ProposalId id() {
    return id;
  }

  /** @return its title */
  public String title() {
    return title;
  }

  /** @return the issue area whose procedure decides it */
  public IssueArea area() {
    return area;
  }

  /** @return the act its adoption authorises, or a resolution */
  public Motion motion() {
    return motion;
  }

  /** @return the day it was drafted */
  public LocalDate draftedOn() {
    return draftedOn;
  }

  /** @return where it stands */
  public ProposalState state() {
    return state;
  }

  /** @return the procedure fixed when its vote opened; empty while a draft */
  public Optional<DecisionProcedure> procedure() {
    return poll().map(Poll::procedure);
  }

  /** @return the body that voted under delegated crisis authority, for a crisis vote */
  public Optional<Body> crisisBody() {
    return poll().flatMap(Poll::crisisBody);
  }

  /** @return true for a crisis vote */
  public boolean isCrisisVote() {
    return crisisBody().isPresent();
  }

  /** @return the day its vote opened; empty while a draft */
  public Optional<LocalDate> openedOn() {
    return poll().map(Poll::openedOn);
  }

  /** @return the last day ballots are accepted, when the vote has one */
  public Optional<LocalDate> deadline() {
    return poll().flatMap(Poll::deadline);
  }

  /** @return the day its vote was closed at the deadline, when it was */
  public Optional<LocalDate> closedOn() {
    return poll().flatMap(Poll::closedOn);
  }

  /**
   * @return the members who may vote on it, in ballot order: those who could vote when it opened,
   *     then those who gained the right while it was open; empty while a draft
   */
  public Optional<Electorate> electorate() {
    return poll().map(Poll::electorate);
  }

  /** @return the ballots cast, one per voter, {@link Vote#ABSENT} for those who have not voted */
  public Optional<Ballots> ballots() {
    return poll().map(Poll::ballots);
  }

  /**
   * @param voter a member
   * @return its ballot; empty when it has none (or the vote has not opened)
   */
  public Optional<Vote> ballotOf(PartnerId voter) {
    return poll().flatMap(p -> p.electorate().indexOf(voter).isPresent() ? Optional.of(p.ballots().voteOf(voter)) : Optional.empty())
        .filter(Vote::isPresent);
  }

  /** @return the tally compiled for the procedure and electorate; empty while a draft */
  public Optional<Tally> tally() {
    return poll().map(Poll::tally);
  }

  /** @return where the vote stands with the ballots cast so far, while it is open */
  public Optional<Standing> standing() {
    return state == ProposalState.OPEN ? Optional.of(poll.tally().standing(poll.ballots())) : Optional.empty();
  }

  /** @return how its vote ended, once adopted, rejected or expired */
  public Optional<Verdict> verdict() {
    return Optional.ofNullable(verdict);
  }

  /** @return the day it was adopted, rejected, expired or withdrawn */
  public Optional<LocalDate> endedOn() {
    return Optional.ofNullable(endedOn);
  }

  /** @return why it was withdrawn, when it was */
  public Optional<String> withdrawalReason() {
    return Optional.ofNullable(withdrawal);
  }

  /** @return the day the act it authorised was carried out: an adopted proposal authorises one act */
  public Optional<LocalDate> carriedOutOn() {
    return Optional.ofNullable(carriedOutOn);
  }

  /**
   * Where the proposal stands, in a sentence with its figures: {@code admit-swe is OPEN, waiting for
   * 2 ballots (TUR, HUN)}, {@code p-7 was REJECTED on 2024-03-01: blocked by the no of a veto player:
   * P1}.
   *
   * @return the summary
   */
  public String summary() {
    switch (state) {
      case DRAFT:
        return id + " is a draft; its vote has not opened";
      case OPEN:
        List<PartnerId> missing = poll.ballots().missing();
        return id + " is OPEN, waiting for " + missing.size() + " ballot" + (missing.size() == 1 ? "" : "s")
            + (missing.isEmpty() ? "" : " (" + missing.stream().map(PartnerId::value).collect(Collectors.joining(", ")) + ")")
            + poll.closedOn().map(d -> ", closed on " + d).orElse("");
      case WITHDRAWN:
        return id + " was WITHDRAWN on " + endedOn + ": " + withdrawal;
      default:
        return id + " was " + state + " on " + endedOn + (verdict.isAdopted() ? "" : ": " + firstFailure(verdict));
    }
  }

  /** The condition that decided a rejection: for an early one, what failed even if all missing voted yes. */
  private static String firstFailure(Verdict verdict) {
    List<Condition> failures =
        verdict instanceof Verdict.ByBallots byBallots ? byBallots.standing().ifAllYes().failures() : verdict.outcome().failures();
    return failures.isEmpty() ? verdict.decision().toString() : failures.get(0).describe();
  }

  /**
   * What the ballots (or the closing) decide now: a verdict as soon as no missing ballot could
   * change the result, or, once the vote is closed, the final tally. Empty while undecided.
   */
  Optional<Verdict> verdictNow() {
    if (state != ProposalState.OPEN) {
      return Optional.empty();
    }
    Tally tally = poll.tally();
    if (poll.closedOn().isPresent()) {
      return Optional.of(new Verdict.AtClose(tally.outcome(poll.ballots())));
    }
    // The cheap verdict first: most ballots leave the vote open.
    Decision soFar = tally.decideSoFar(poll.ballots());
    return soFar.isDecided() ? Optional.of(new Verdict.ByBallots(tally.standing(poll.ballots()))) : Optional.empty();
  }

  Optional<Poll> poll() {
    return Optional.ofNullable(poll);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Proposal that
        && id.equals(that.id)
        && title.equals(that.title)
        && area.equals(that.area)
        && motion.equals(that.motion)
        && draftedOn.equals(that.draftedOn)
        && state == that.state
        && Objects.equals(poll, that.poll)
        && Objects.equals(endedOn, that.endedOn)
        && Objects.equals(verdict, that.verdict)
        && Objects.equals(withdrawal, that.withdrawal)
        && Objects.equals(carriedOutOn, that.carriedOutOn);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, state, poll, verdict, carriedOutOn);
  }

  @Override
  public String toString() {
    return "Proposal[" + id + " " + state + ", " + area + ": " + motion.describe() + "]";
  }

  /**
   * A vote: fixed when it opens (procedure, crisis body, deadline), growing while open (the
   * electorate gains members who become entitled to vote, the ballots fill in). The compiled tally
   * is a cache, rebuilt when the electorate grows.
   */
  static final class Poll {
    private final DecisionProcedure procedure;
    private final Optional<Body> crisisBody;
    private final Optional<LocalDate> deadline;
    private final LocalDate openedOn;
    private final Electorate electorate;
    private final Ballots ballots;
    private final Optional<LocalDate> closedOn;
    private volatile Tally tally;

    private Poll(
        DecisionProcedure procedure,
        Optional<Body> crisisBody,
        Optional<LocalDate> deadline,
        LocalDate openedOn,
        Electorate electorate,
        Ballots ballots,
        Optional<LocalDate> closedOn,
        Tally tally) {
      this.procedure = procedure;
      this.crisisBody = crisisBody;
      this.deadline = deadline;
      this.openedOn = openedOn;
      this.electorate = electorate;
      this.ballots = ballots;
      this.closedOn = closedOn;
      this.tally = tally;
    }

    static Poll open(
        DecisionProcedure procedure, Optional<Body> crisisBody, Optional<LocalDate> deadline, LocalDate openedOn, List<Voter> voters) {
      Electorate electorate = Electorate.of(voters);
      return new Poll(procedure, crisisBody, deadline, openedOn, electorate, Ballots.none(electorate), Optional.empty(), null);
    }

    DecisionProcedure procedure() {
      return procedure;
    }

    Optional<Body> crisisBody() {
      return crisisBody;
    }

    Optional<LocalDate> deadline() {
      return deadline;
    }

    LocalDate openedOn() {
      return openedOn;
    }

    Electorate electorate() {
      return electorate;
    }

    Ballots ballots() {
      return ballots;
    }

    Optional<LocalDate> closedOn() {
      return closedOn;
    }

    Tally tally() {
      Tally compiled = tally;
      if (compiled == null) {
        compiled = Tally.of(procedure, electorate);
        tally = compiled;
      }
      return compiled;
    }

    // The next poll shares this one's compiled tally (compiling it here, once, if need be): a state
    // and the look-ahead built from it then never compile the same tally twice.
    Poll withBallot(PartnerId voter, Vote vote) {
      return new Poll(procedure, crisisBody, deadline, openedOn, electorate, ballots.withVote(voter, vote), closedOn, tally());
    }

    Poll closed(LocalDate on) {
      return new Poll(procedure, crisisBody, deadline, openedOn, electorate, ballots, Optional.of(on), tally());
    }

    /** The same vote with more voters, who have not voted yet; the ballots cast keep their voters. */
    Poll withVoters(List<Voter> joining) {
      List<Voter> voters = new ArrayList<>(electorate.voters());
      voters.addAll(joining);
      Electorate grown = Electorate.of(voters);
      Map<PartnerId, Vote> cast = new java.util.HashMap<>();
      for (int i = 0; i < electorate.size(); i++) {
        cast.put(electorate.voters().get(i).id(), ballots.get(i));
      }
      return new Poll(procedure, crisisBody, deadline, openedOn, grown, Ballots.of(grown, cast), closedOn, null);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Poll that
          && procedure.equals(that.procedure)
          && crisisBody.equals(that.crisisBody)
          && deadline.equals(that.deadline)
          && openedOn.equals(that.openedOn)
          && ballots.equals(that.ballots)
          && closedOn.equals(that.closedOn);
    }

    @Override
    public int hashCode() {
      return Objects.hash(procedure, openedOn, ballots);
    }
  }
}
