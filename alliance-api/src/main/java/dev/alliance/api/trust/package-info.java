/**
 * Trust as data: what one partner observed another do ({@link
 * dev.alliance.api.trust.TrustObservation}, of a {@link dev.alliance.api.trust.Conduct}), and the
 * incentives that make cooperation pay ({@link dev.alliance.api.trust.Incentives}).
 *
 * <p>Trust is directed: A's trust in B rests on what A saw B do. Observations are typed facts with
 * a day, so that a trust model can be fed from any source: the alliance's relations events, the
 * contributions ledger (commitments kept and missed), or a user's own records. The models that turn
 * observations into trust are in {@code dev.alliance.core.trust}.
 */
package dev.alliance.api.trust;
