/**
 * The data of alignment theory: who is friend and who is foe, and how actors might line up.
 *
 * <ul>
 *   <li>Structural balance (Heider 1946; Cartwright and Harary 1956): a {@link
 *       dev.alliance.api.alignment.SignedNetwork} of {@link dev.alliance.api.alignment.SignedTie}s
 *       (+ alliance or amity, - enmity), each optionally held for a span of years, and a {@link
 *       dev.alliance.api.alignment.Partition} of the actors into blocs.
 *   <li>Landscape theory of aggregation (Axelrod and Bennett 1993, British Journal of Political
 *       Science 23: 211-233): a {@link dev.alliance.api.alignment.Landscape} of actors with sizes
 *       and pairwise propensities, given directly or built by a {@link
 *       dev.alliance.api.alignment.PropensityRecipe} from documented ingredients, and a two-sided
 *       {@link dev.alliance.api.alignment.Configuration}.
 * </ul>
 *
 * The algorithms (frustration, best partitions, energy, local minima, basins) are in {@code
 * alliance-core}'s {@code dev.alliance.core.alignment}.
 */
package dev.alliance.api.alignment;
