/**
 * Governance as data: decision rules, the policies for quorum, abstention and ties, the bodies of
 * an alliance, and which procedure decides which issue area.
 *
 * <p>Rules compose. The UN Security Council's substantive rule is nine affirmative votes of
 * fifteen and no negative vote of a permanent member:
 *
 * <pre>{@code
 * DecisionRule securityCouncil = DecisionRule.allOf(
 *     DecisionRule.atLeastYes(9),
 *     DecisionRule.vetoPlayers(p5, VetoAbstention.ABSTENTION_DOES_NOT_BLOCK));
 * }</pre>
 *
 * <p>The rules are data; tallying ballots against them is the engine's work in {@code
 * alliance-core} ({@code dev.alliance.core.governance.Tally}). What a tally returns lives here, so
 * that events and stored records can carry it: the {@link dev.alliance.api.governance.Decision},
 * the {@link dev.alliance.api.governance.BallotCount}, the {@link
 * dev.alliance.api.governance.Outcome} of a final tally and the {@link
 * dev.alliance.api.governance.Standing} of an open vote, each explained by a tree of {@link
 * dev.alliance.api.governance.Condition}s with their figures, and the {@link
 * dev.alliance.api.governance.BallotRejection} of a refused ballot.
 */
package dev.alliance.api.governance;
