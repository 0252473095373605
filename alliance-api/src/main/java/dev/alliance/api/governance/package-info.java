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
 * <p>These types only describe rules. Tallying ballots against them, with explained outcomes, is
 * the engine's work in {@code alliance-core}.
 */
package dev.alliance.api.governance;
