/**
 * Voting power: who really decides under a governance rule. A vote share is not power; these
 * types measure the difference, exactly where it can be done and with confidence intervals where it
 * cannot.
 *
 * <ol>
 *   <li>{@link dev.alliance.core.power.SimpleGame}: the game a governance rule defines among the
 *       members who vote on it (the governance engine's {@link
 *       dev.alliance.core.governance.Electorate}): a coalition wins when the tally adopts with it
 *       voting yes and everyone else no (conventions on {@link
 *       dev.alliance.core.power.SimpleGame#of(dev.alliance.api.governance.DecisionProcedure,
 *       dev.alliance.core.governance.Electorate)}); with its utilities: veto players, dictators,
 *       minimal winning and blocking coalitions, the dual game;
 *   <li>{@link dev.alliance.core.power.PowerCalculator}: Banzhaf (raw, absolute, normalized),
 *       Shapley-Shubik, Deegan-Packel, Johnston and Holler, by generating functions, enumeration or
 *       Monte-Carlo, chosen automatically and explained, or forced;
 *   <li>{@link dev.alliance.core.power.PowerProfile}: the results per index and per member, exact
 *       values as {@link dev.alliance.core.exact.Rational}s with a {@code double} view.
 * </ol>
 *
 * <pre>{@code
 * SimpleGame council = SimpleGame.of(
 *     DecisionRule.allOf(DecisionRule.atLeastYes(9), DecisionRule.vetoPlayers(p5, ABSTENTION_DOES_NOT_BLOCK)),
 *     Electorate.of(securityCouncil)); // the governance engine's electorate
 * PowerProfile power = PowerCalculator.defaults().compute(council, Set.of(PowerIndex.SHAPLEY_SHUBIK));
 * power.value(PowerIndex.SHAPLEY_SHUBIK, PartnerId.of("FRA")); // Optional[421/2145]
 * }</pre>
 *
 * <p>Contract for the whole package: arguments are never null; values are immutable and
 * thread-safe; invalid input throws {@link dev.alliance.api.InvalidValueException} naming the
 * field, the value and the rule; an index that cannot be computed is reported in the result, with
 * the reason, not thrown.
 */
package dev.alliance.core.power;
