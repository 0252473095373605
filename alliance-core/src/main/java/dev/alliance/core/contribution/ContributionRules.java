package dev.alliance.core.contribution;

import static dev.alliance.api.lifecycle.AllianceState.DISSOLVING;
import static dev.alliance.api.lifecycle.AllianceState.FORMED;
import static dev.alliance.api.lifecycle.AllianceState.OPERATING;
import static dev.alliance.api.lifecycle.AllianceState.SUSPENDED;
import static dev.alliance.api.lifecycle.AllianceState.UNDER_REVIEW;

import dev.alliance.api.lifecycle.AllianceState;
import dev.alliance.core.lifecycle.LifecycleTables;
import dev.alliance.core.statemachine.Rule;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The rules the contribution engine checks, in the order it checks them. Each rejection names one
 * of them by its id. {@code docs/contributions.md} lists them too; a test keeps the two in step.
 */
public final class ContributionRules {
  private ContributionRules() {}

  /** The alliance states in which contributions are recorded: formed and not ended. */
  public static final Set<AllianceState> IN_FORCE = EnumSet.of(FORMED, OPERATING, UNDER_REVIEW, SUSPENDED, DISSOLVING);

  /** Contributions are recorded only while the agreement is in force. */
  public static final Rule ALLIANCE_IN_FORCE =
      new Rule(
          "contribution.alliance-in-force",
          "the alliance is formed and has not ended (FORMED, OPERATING, UNDER_REVIEW, SUSPENDED or DISSOLVING)");

  /** Only a member in good standing may make a commitment. */
  public static final Rule CONTRIBUTOR_MAY_ACT =
      new Rule(
          "contribution.contributor-may-act",
          "the committing partner is a member in good standing (MEMBER, or WITHDRAWING until its withdrawal takes effect)");

  /** A commitment's identity is unique in the stream. */
  public static final Rule COMMITMENT_ID_UNIQUE =
      new Rule("contribution.commitment-id-unique", "no commitment in the stream has the new commitment's identity");

  /** A delivery names a commitment the stream holds. */
  public static final Rule COMMITMENT_EXISTS =
      new Rule("contribution.commitment-exists", "the commitment delivered against was made in this stream");

  /** A delivery goes against a commitment not yet delivered in full. */
  public static final Rule COMMITMENT_OPEN =
      new Rule("contribution.commitment-open", "the commitment delivered against is not yet delivered in full");

  /** A delivery is valued in the commitment's unit. */
  public static final Rule SAME_UNIT = new Rule("contribution.same-unit", "the delivery is valued in the commitment's unit");

  /** A delivery does not exceed what is outstanding. */
  public static final Rule WITHIN_BALANCE =
      new Rule("contribution.delivery-within-balance", "the delivery is at most the commitment's outstanding balance");

  /** An assessment records at least one commitment newly in arrears. */
  public static final Rule SOMETHING_TO_ASSESS =
      new Rule(
          "arrears.something-to-assess",
          "some commitment is due before the assessment day, not delivered in full, and not yet recorded as missed");

  /** @return every rule, in the order the engine checks them */
  public static List<Rule> all() {
    return List.of(
        ALLIANCE_IN_FORCE,
        LifecycleTables.NOT_IN_THE_FUTURE,
        LifecycleTables.NOT_BEFORE_LAST_ACT,
        CONTRIBUTOR_MAY_ACT,
        COMMITMENT_ID_UNIQUE,
        COMMITMENT_EXISTS,
        COMMITMENT_OPEN,
        SAME_UNIT,
        WITHIN_BALANCE,
        SOMETHING_TO_ASSESS);
  }
}
