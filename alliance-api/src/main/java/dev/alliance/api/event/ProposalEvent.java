package dev.alliance.api.event;

import dev.alliance.api.Checks;
import dev.alliance.api.governance.Decision;
import dev.alliance.api.governance.DecisionProcedure;
import dev.alliance.api.governance.IssueArea;
import dev.alliance.api.governance.Outcome;
import dev.alliance.api.governance.Vote;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.proposal.Motion;
import dev.alliance.api.proposal.ProposalId;
import dev.alliance.api.proposal.Verdict;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The events of a proposal put to the alliance's decision: drafted, its vote opened, ballots cast,
 * its vote closed, and adopted, rejected, expired or withdrawn. Which event may follow which state
 * is decided by the proposal table of the lifecycle engine (see {@code docs/lifecycle.md}); the
 * semantics of the vote are set out in {@code docs/governance.md}.
 */
public sealed interface ProposalEvent extends AllianceEvent {

  /** @return the proposal the event concerns */
  ProposalId proposal();

  /**
   * A proposal was drafted: what it asks and in which issue area it will be decided.
   *
   * @param proposal its identity, unique in the stream
   * @param title a short title; not blank
   * @param area the issue area whose procedure will decide it
   * @param motion the act its adoption would authorise, or a resolution
   * @param on the day it was drafted
   */
  record ProposalDrafted(ProposalId proposal, String title, IssueArea area, Motion motion, LocalDate on)
      implements ProposalEvent {
    /** Validates the event. */
    public ProposalDrafted {
      Objects.requireNonNull(proposal, "proposal");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(area, "area");
      Objects.requireNonNull(motion, "motion");
      Objects.requireNonNull(on, "on");
      Checks.notBlank("ProposalDrafted.title", title);
    }
  }

  /**
   * The proposal's vote opened. The procedure in force for its issue area (or, for a crisis vote,
   * the procedure of the delegated body) is fixed here and decides the vote to its end, whatever
   * the governance becomes meanwhile.
   *
   * @param proposal the proposal
   * @param procedure the procedure that decides the vote
   * @param electorate the members who could vote when it opened, in ballot order; each once. The
   *     engine never opens a vote nobody can vote in; members who gain the right to vote while it
   *     is open join its electorate
   * @param crisis true for a crisis vote: put, while a crisis was declared, to the body the
   *     governance delegated crisis authority to, under that body's procedure
   * @param deadline the last day ballots are accepted, when the vote has one; not before {@code on}
   * @param on the day it opened
   */
  record VoteOpened(
      ProposalId proposal,
      DecisionProcedure procedure,
      List<PartnerId> electorate,
      boolean crisis,
      Optional<LocalDate> deadline,
      LocalDate on)
      implements ProposalEvent {
    /** Validates the event. */
    public VoteOpened {
      Objects.requireNonNull(proposal, "proposal");
      Objects.requireNonNull(procedure, "procedure");
      electorate = List.copyOf(Objects.requireNonNull(electorate, "electorate"));
      Objects.requireNonNull(deadline, "deadline");
      Objects.requireNonNull(on, "on");
      Set<PartnerId> seen = new HashSet<>();
      for (PartnerId voter : electorate) {
        Checks.check(seen.add(voter), "VoteOpened.electorate", voter, "a member votes only once");
      }
      deadline.ifPresent(
          day -> Checks.check(!day.isBefore(on), "VoteOpened.deadline", day, "must not be before the opening day " + on));
    }
  }

  /**
   * A member cast a ballot; under a procedure that allows it, a later ballot replaces an earlier
   * one.
   *
   * @param proposal the proposal
   * @param voter the member
   * @param vote yes, no or abstain; never {@link Vote#ABSENT}, which is not a ballot
   * @param on the day of the ballot
   */
  record BallotCast(ProposalId proposal, PartnerId voter, Vote vote, LocalDate on) implements ProposalEvent {
    /** Validates the event. */
    public BallotCast {
      Objects.requireNonNull(proposal, "proposal");
      Objects.requireNonNull(voter, "voter");
      Objects.requireNonNull(vote, "vote");
      Objects.requireNonNull(on, "on");
      Checks.check(vote.isPresent(), "BallotCast.vote", vote, "a member takes part by voting YES, NO or ABSTAIN");
    }
  }

  /**
   * The vote was closed on or after its deadline while still undecided. The final tally follows in
   * the same step: adopted, rejected, or expired for want of a quorum.
   *
   * @param proposal the proposal
   * @param on the day the vote was closed
   */
  record VoteClosed(ProposalId proposal, LocalDate on) implements ProposalEvent {
    /** Validates the event. */
    public VoteClosed {
      Objects.requireNonNull(proposal, "proposal");
      Objects.requireNonNull(on, "on");
    }
  }

  /**
   * The proposal was adopted. Its identity is now the decision that authorises the act its motion
   * names.
   *
   * @param proposal the proposal
   * @param verdict how the vote ended; adopted
   * @param on the day of the adoption: the day of the ballot or the closing that decided it
   */
  record ProposalAdopted(ProposalId proposal, Verdict verdict, LocalDate on) implements ProposalEvent {
    /** Validates the event. */
    public ProposalAdopted {
      Objects.requireNonNull(proposal, "proposal");
      Objects.requireNonNull(verdict, "verdict");
      Objects.requireNonNull(on, "on");
      Checks.check(verdict.decision() == Decision.ADOPTED, "ProposalAdopted.verdict", verdict.decision(), "must be ADOPTED");
    }
  }

  /**
   * The proposal was rejected: by its ballots, or by the final tally at its deadline with the
   * quorum met (without the quorum it expires instead).
   *
   * @param proposal the proposal
   * @param verdict how the vote ended; rejected
   * @param on the day of the rejection
   */
  record ProposalRejected(ProposalId proposal, Verdict verdict, LocalDate on) implements ProposalEvent {
    /** Validates the event. */
    public ProposalRejected {
      Objects.requireNonNull(proposal, "proposal");
      Objects.requireNonNull(verdict, "verdict");
      Objects.requireNonNull(on, "on");
      Checks.check(verdict.decision() == Decision.REJECTED, "ProposalRejected.verdict", verdict.decision(), "must be REJECTED");
      Checks.check(
          verdict instanceof Verdict.ByBallots || verdict.outcome().quorum().held(),
          "ProposalRejected.verdict",
          verdict.outcome().quorum().describe(),
          "a vote closed without its quorum expires; it is not rejected");
    }
  }

  /**
   * The vote was closed at its deadline without its quorum: the alliance did not decide, and the
   * question may be put again in a new proposal.
   *
   * @param proposal the proposal
   * @param outcome the final tally of the ballots cast, showing the failed quorum
   * @param on the day the vote was closed
   */
  record ProposalExpired(ProposalId proposal, Outcome outcome, LocalDate on) implements ProposalEvent {
    /** Validates the event. */
    public ProposalExpired {
      Objects.requireNonNull(proposal, "proposal");
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(on, "on");
      Checks.check(!outcome.quorum().held(), "ProposalExpired.outcome", outcome.quorum().describe(), "must have missed its quorum");
    }
  }

  /**
   * The proposal was withdrawn before it was decided.
   *
   * @param proposal the proposal
   * @param reason why; not blank
   * @param on the day it was withdrawn
   */
  record ProposalWithdrawn(ProposalId proposal, String reason, LocalDate on) implements ProposalEvent {
    /** Validates the event. */
    public ProposalWithdrawn {
      Objects.requireNonNull(proposal, "proposal");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(on, "on");
      Checks.notBlank("ProposalWithdrawn.reason", reason);
    }
  }
}
