package dev.alliance.api.governance;

import org.immutables.value.Value;

/**
 * A decision rule with its explicit policies: quorum, how abstentions count, how ties break, and
 * whether a member may replace its ballot before the vote closes.
 *
 * <pre>{@code
 * DecisionProcedure twoThirds = DecisionProcedure.of(
 *         DecisionRule.qualifiedMajority(Threshold.atLeast(2, 3), Base.VOTES_CAST))
 *     .withQuorum(Quorum.ofShare(Threshold.moreThanHalf()));
 * }</pre>
 */
@Value.Immutable
public abstract class DecisionProcedure implements WithDecisionProcedure {
  DecisionProcedure() {}

  /** @return the rule that decides */
  public abstract DecisionRule rule();

  /** @return how many must take part; none by default */
  @Value.Default
  public Quorum quorum() {
    return Quorum.none();
  }

  /** @return how abstentions count; not counted by default */
  @Value.Default
  public AbstentionPolicy abstention() {
    return AbstentionPolicy.NOT_COUNTED;
  }

  /** @return how ties break; a tie rejects by default */
  @Value.Default
  public TiePolicy tie() {
    return TiePolicy.rejected();
  }

  /** @return whether a member may replace its ballot while the vote is open; false by default */
  @Value.Default
  public boolean isBallotChangeAllowed() {
    return false;
  }

  /**
   * @param rule the rule
   * @return the rule with default policies: no quorum, abstentions not counted, a tie rejects
   */
  public static DecisionProcedure of(DecisionRule rule) {
    return builder().rule(rule).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DecisionProcedure}. */
  public static final class Builder extends ImmutableDecisionProcedure.Builder {
    Builder() {}
  }
}
