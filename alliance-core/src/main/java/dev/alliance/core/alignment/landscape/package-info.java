/**
 * The landscape theory of aggregation (Axelrod and Bennett 1993, British Journal of Political
 * Science 23: 211-233).
 *
 * <p>Actors of given sizes {@code s} with pairwise propensities {@code p} (positive: drawn
 * together) take one of two sides. In a configuration X, the <i>frustration</i> of actor i is
 * {@code F_i(X) = sum over j of s_j * p_ij * d_ij(X)}, where {@code d_ij} is 0 when i and j are on
 * the same side and 1 when they are apart: an actor is frustrated by the friends it stands apart
 * from, and relieved by the foes. The <i>energy</i> of the configuration is {@code E(X) = sum over
 * pairs {i, j} of s_i * s_j * p_ij * d_ij(X)}. This library sums each unordered pair once; a sum
 * over ordered pairs doubles every energy and changes no minimum and no basin.
 *
 * <p>A configuration is <i>stable</i> (a local minimum) when no single actor would lower its own
 * frustration by switching sides. From any configuration the system moves downhill: the actor
 * whose switch lowers the energy most switches (ties broken by the larger drop in its own
 * frustration, then by the earlier actor), until a local minimum is reached. The configurations
 * that lead to a minimum form its <i>basin of attraction</i>. Swapping the two sides changes
 * nothing, so configurations are counted once per alignment: {@code 2^(n-1)} of them for n actors.
 *
 * <p>Entry point: {@link dev.alliance.core.alignment.landscape.EnergyLandscape}.
 */
package dev.alliance.core.alignment.landscape;
