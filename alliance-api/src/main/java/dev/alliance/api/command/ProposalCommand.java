package dev.alliance.api.command;

import dev.alliance.api.Checks;
import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.governance.IssueArea;
import dev.alliance.api.governance.Vote;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.proposal.Motion;
import dev.alliance.api.proposal.ProposalId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Commands that put a proposal to the alliance's decision and vote on it: draft it, open its vote,
 * cast ballots, close the vote at its deadline, withdraw it. Whether a command is allowed (who may
 * vote, whether the vote is still open, ...) is decided by the engine, which rejects a broken rule
 * with its id, such as {@code ballot.not-entitled}.
 *
 * <pre>{@code
 * ProposalId admitSweden = ProposalId.of("admit-swe");
 * engine.handle(new DraftProposal(nato, admitSweden, "Sweden's accession", IssueArea.MEMBERSHIP,
 *     Motion.admit(PartnerId.of("SWE")), LocalDate.of(2022, 5, 18)));
 * engine.handle(new OpenVote(nato, admitSweden, LocalDate.of(2022, 7, 5)));
 * engine.handle(new CastBallot(nato, admitSweden, PartnerId.of("HUN"), Vote.YES, LocalDate.of(2024, 2, 26)));
 * }</pre>
 */
public sealed interface ProposalCommand extends AllianceCommand {

  /** @return the proposal the command concerns */
  ProposalId proposal();

  /**
   * Draft a proposal.
   *
   * @param alliance the alliance
   * @param proposal its identity, new in the stream
   * @param title a short title; not blank
   * @param area the issue area whose procedure will decide it
   * @param motion the act its adoption would authorise, or a resolution
   * @param on the day it is drafted
   */
  record DraftProposal(AllianceId alliance, ProposalId proposal, String title, IssueArea area, Motion motion, LocalDate on)
      implements ProposalCommand {
    /** Validates the command. */
    public DraftProposal {
      Objects.requireNonNull(alliance, "alliance");
      Objects.requireNonNull(proposal, "proposal");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(area, "area");
      Objects.requireNonNull(motion, "motion");
      Objects.requireNonNull(on, "on");
      Checks.notBlank("DraftProposal.title", title);
    }
  }

  /**
   * Open a drafted proposal's vote under the procedure in force for its issue area.
   *
   * @param alliance the alliance
   * @param proposal the proposal
   * @param deadline the last day ballots are accepted, when there is one; not before {@code on}
   * @param crisis true to put it to the body the governance delegated crisis authority to, under
   *     that body's procedure: allowed while a crisis is declared, for the areas the delegation
   *     covers
   * @param on the day the vote opens
   */
  record OpenVote(AllianceId alliance, ProposalId proposal, Optional<LocalDate> deadline, boolean crisis, LocalDate on)
      implements ProposalCommand {
    /** Validates the command. */
    public OpenVote {
      Objects.requireNonNull(alliance, "alliance");
      Objects.requireNonNull(proposal, "proposal");
      Objects.requireNonNull(deadline, "deadline");
      Objects.requireNonNull(on, "on");
      deadline.ifPresent(
          day -> Checks.check(!day.isBefore(on), "OpenVote.deadline", day, "must not be before the opening day " + on));
    }

    /**
     * Opens a vote of all members without a deadline: it stays open until its ballots decide it.
     *
     * @param alliance the alliance
     * @param proposal the proposal
     * @param on the day the vote opens
     */
    public OpenVote(AllianceId alliance, ProposalId proposal, LocalDate on) {
      this(alliance, proposal, Optional.empty(), false, on);
    }

    /**
     * Opens a vote of all members with a deadline.
     *
     * @param alliance the alliance
     * @param proposal the proposal
     * @param deadline the last day ballots are accepted
     * @param on the day the vote opens
     */
    public OpenVote(AllianceId alliance, ProposalId proposal, LocalDate deadline, LocalDate on) {
      this(alliance, proposal, Optional.of(deadline), false, on);
    }
  }

  /**
   * Cast a ballot.
   *
   * @param alliance the alliance
   * @param proposal the proposal
   * @param voter the member voting
   * @param vote yes, no or abstain; {@link Vote#ABSENT} is not a ballot and is refused here
   * @param on the day of the ballot
   */
  record CastBallot(AllianceId alliance, ProposalId proposal, PartnerId voter, Vote vote, LocalDate on)
      implements ProposalCommand {
    /** Validates the command. */
    public CastBallot {
      Objects.requireNonNull(alliance, "alliance");
      Objects.requireNonNull(proposal, "proposal");
      Objects.requireNonNull(voter, "voter");
      Objects.requireNonNull(vote, "vote");
      Objects.requireNonNull(on, "on");
      Checks.check(vote.isPresent(), "CastBallot.vote", vote, "a member takes part by voting YES, NO or ABSTAIN");
    }
  }

  /**
   * Close a vote whose deadline has come: the final tally of the ballots cast decides it.
   *
   * @param alliance the alliance
   * @param proposal the proposal
   * @param on the day: the deadline or later
   */
  record CloseVote(AllianceId alliance, ProposalId proposal, LocalDate on) implements ProposalCommand {
    /** Validates the command. */
    public CloseVote {
      Objects.requireNonNull(alliance, "alliance");
      Objects.requireNonNull(proposal, "proposal");
      Objects.requireNonNull(on, "on");
    }
  }

  /**
   * Withdraw a proposal before it is decided.
   *
   * @param alliance the alliance
   * @param proposal the proposal
   * @param reason why; not blank
   * @param on the day it is withdrawn
   */
  record WithdrawProposal(AllianceId alliance, ProposalId proposal, String reason, LocalDate on)
      implements ProposalCommand {
    /** Validates the command. */
    public WithdrawProposal {
      Objects.requireNonNull(alliance, "alliance");
      Objects.requireNonNull(proposal, "proposal");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(on, "on");
      Checks.notBlank("WithdrawProposal.reason", reason);
    }
  }
}
