/**
 * Structural balance on signed networks of partners.
 *
 * <p>Heider's balance theory (1946), made graph-theoretic by Cartwright and Harary (1956), calls a
 * triangle of relations balanced when the product of its signs is positive (the friend of a
 * friend is a friend, the enemy of an enemy a friend) and a network balanced when its actors split
 * into at most two blocs with only positive ties inside and only negative ties across. The
 * generalization to k blocs is Davis's clusterability (1967). For a network that is not balanced,
 * the frustration of a partition counts the ties that break the rule: negative ties inside blocs
 * plus positive ties across them. The partition that minimizes it, and its value, measure how far
 * the network is from balance (Doreian and Mrvar 1996, Social Networks 18: 149-168).
 *
 * <p>Entry point: {@link dev.alliance.core.alignment.balance.StructuralBalance}.
 */
package dev.alliance.core.alignment.balance;
