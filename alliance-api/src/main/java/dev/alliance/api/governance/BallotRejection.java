package dev.alliance.api.governance;

import dev.alliance.api.Checks;
import dev.alliance.api.partner.PartnerId;
import java.util.Objects;

/**
 * A ballot that was refused, the rule it broke and why in words. A refused ballot changes nothing:
 * it is a normal result, not an error.
 *
 * <pre>{@code
 * new BallotRejection(PartnerId.of("HUN"), Vote.YES, BallotRejection.Rule.VOTING_CLOSED,
 *     "the vote closed; no ballot counts after closing");
 * }</pre>
 *
 * @param voter who tried to vote
 * @param vote the ballot
 * @param rule the rule it broke
 * @param reason the particulars, such as the member's state or its earlier ballot
 */
public record BallotRejection(PartnerId voter, Vote vote, Rule rule, String reason) {

  /** The rules a ballot must keep. */
  public enum Rule {
    /** Ballots are accepted only while the vote is open. */
    VOTING_CLOSED,
    /** A member takes part by voting yes, no or abstain; absence is not a ballot. */
    NOT_A_BALLOT,
    /** Only current members with voting rights vote. */
    NOT_ENTITLED,
    /** One ballot per member, unless the procedure lets members change their ballot. */
    ALREADY_VOTED
  }

  /** Validates the rejection. */
  public BallotRejection {
    Objects.requireNonNull(voter, "voter");
    Objects.requireNonNull(vote, "vote");
    Objects.requireNonNull(rule, "rule");
    Checks.notBlank("BallotRejection.reason", reason);
  }

  @Override
  public String toString() {
    return "ballot " + vote + " by " + voter + " rejected (" + rule + "): " + reason;
  }
}
