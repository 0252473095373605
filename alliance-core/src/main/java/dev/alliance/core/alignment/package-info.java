/**
 * Alignment theory: who sides with whom.
 *
 * <ul>
 *   <li>{@link dev.alliance.core.alignment.balance} - structural balance (Heider 1946; Cartwright
 *       and Harary 1956): triads, the frustration of a partition, the best partition into blocs
 *       (exact by branch and bound, or by Doreian and Mrvar's relocation heuristic), and balance
 *       over time.
 *   <li>{@link dev.alliance.core.alignment.landscape} - the landscape theory of aggregation
 *       (Axelrod and Bennett 1993): energy, each actor's frustration, every local minimum and its
 *       basin of attraction.
 * </ul>
 */
package dev.alliance.core.alignment;
