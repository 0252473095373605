package dev.alliance.core.governance;

import dev.alliance.api.governance.BallotRejection;
import dev.alliance.api.governance.Outcome;
import dev.alliance.api.governance.Standing;
import dev.alliance.api.governance.Vote;
import dev.alliance.api.partner.PartnerId;
import java.util.Objects;
import java.util.Optional;

/**
 * The ballots of one vote and the rules for casting them, as an immutable value: casting returns a
 * new box, or the same box with a rejection that names the broken rule.
 *
 * <p>The rules, checked in this order:
 *
 * <ol>
 *   <li>{@link BallotRejection.Rule#VOTING_CLOSED}: no ballot is accepted after {@link #close()};
 *   <li>{@link BallotRejection.Rule#NOT_A_BALLOT}: a member takes part by voting yes, no or
 *       abstain; {@link Vote#ABSENT} cannot be cast;
 *   <li>{@link BallotRejection.Rule#NOT_ENTITLED}: only voters of the electorate vote, that is
 *       current members with voting rights in good standing ({@link
 *       dev.alliance.api.alliance.Member#canVote()}); the rejection says why the partner may not;
 *   <li>{@link BallotRejection.Rule#ALREADY_VOTED}: one ballot per member, unless the procedure
 *       {@linkplain dev.alliance.api.governance.DecisionProcedure#isBallotChangeAllowed() allows a
 *       member to replace it} while the vote is open.
 * </ol>
 *
 * <pre>{@code
 * BallotBox box = BallotBox.open(Tally.of(alliance, IssueArea.MEMBERSHIP));
 * BallotBox.Cast cast = box.cast(PartnerId.of("GRC"), Vote.NO);
 * box = cast.box();                      // the ballot counted
 * box.standing().decision();             // REJECTED: decided early under unanimity
 * box.close().cast(PartnerId.of("FRA"), Vote.YES).rejection(); // VOTING_CLOSED
 * }</pre>
 */
public final class BallotBox {
  private final Tally tally;
  private final Ballots ballots;
  private final boolean open;

  private BallotBox(Tally tally, Ballots ballots, boolean open) {
    this.tally = tally;
    this.ballots = ballots;
    this.open = open;
  }

  /**
   * @param tally the procedure and electorate of the vote
   * @return an open box with no ballot in it
   */
  public static BallotBox open(Tally tally) {
    return new BallotBox(Objects.requireNonNull(tally, "tally"), tally.ballots(), true);
  }

  /**
   * The result of casting a ballot: the box with the ballot counted, or the unchanged box and the
   * reason the ballot was refused.
   *
   * @param box the box after the attempt
   * @param rejection why the ballot was refused; empty when it was accepted
   */
  public record Cast(BallotBox box, Optional<BallotRejection> rejection) {
    /** Checks for nulls. */
    public Cast {
      Objects.requireNonNull(box, "box");
      Objects.requireNonNull(rejection, "rejection");
    }

    /** @return true when the ballot was counted */
    public boolean isAccepted() {
      return rejection.isEmpty();
    }
  }

  /**
   * Casts a ballot.
   *
   * @param voter who votes
   * @param vote yes, no or abstain
   * @return the new box, or this box with the rejection
   */
  public Cast cast(PartnerId voter, Vote vote) {
    Objects.requireNonNull(voter, "voter");
    Objects.requireNonNull(vote, "vote");
    if (!open) {
      return refuse(voter, vote, BallotRejection.Rule.VOTING_CLOSED, "the vote is closed; no ballot counts after closing");
    }
    if (vote == Vote.ABSENT) {
      return refuse(voter, vote, BallotRejection.Rule.NOT_A_BALLOT, "a member takes part by voting YES, NO or ABSTAIN");
    }
    Optional<String> notEntitled = tally.electorate().whyNotEntitled(voter);
    if (notEntitled.isPresent()) {
      return refuse(voter, vote, BallotRejection.Rule.NOT_ENTITLED, notEntitled.get());
    }
    Vote earlier = ballots.voteOf(voter);
    if (earlier != Vote.ABSENT && !tally.procedure().isBallotChangeAllowed()) {
      return refuse(
          voter, vote, BallotRejection.Rule.ALREADY_VOTED, voter + " already voted " + earlier + " and this procedure does not allow changing a ballot");
    }
    return new Cast(new BallotBox(tally, ballots.withVote(voter, vote), true), Optional.empty());
  }

  private Cast refuse(PartnerId voter, Vote vote, BallotRejection.Rule rule, String reason) {
    return new Cast(this, Optional.of(new BallotRejection(voter, vote, rule, reason)));
  }

  /** @return the same ballots, closed to further ballots */
  public BallotBox close() {
    return new BallotBox(tally, ballots, false);
  }

  /** @return true until {@link #close()} */
  public boolean isOpen() {
    return open;
  }

  /** @return the tally the box counts with */
  public Tally tally() {
    return tally;
  }

  /** @return the ballots cast so far */
  public Ballots ballots() {
    return ballots;
  }

  /** @return where the vote stands with the ballots cast so far */
  public Standing standing() {
    return tally.standing(ballots);
  }

  /** @return the final tally of the ballots cast, those not cast counting as absent */
  public Outcome outcome() {
    return tally.outcome(ballots);
  }
}
