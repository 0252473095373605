/**
 * Directed trust between partners, derived from what each saw the other do. A {@link
 * dev.alliance.core.trust.TrustModel} turns the observations of one ordered pair (A's view of B)
 * into a {@link dev.alliance.core.trust.TrustAssessment} with two components, relational (the
 * record of conduct) and calculative (whether cooperation pays B, given sanctions), and says how
 * large a commitment that trust supports. {@link dev.alliance.core.trust.DefaultTrustModel} is the
 * documented default; see docs/decisions/0081-trust-model.md.
 *
 * <p>Observations come from the event stream through {@link
 * dev.alliance.core.trust.ObservationExtractor}s ({@link
 * dev.alliance.core.trust.ObservationExtractor#relations()} reads the relations events, {@link
 * dev.alliance.core.trust.ObservationExtractor#contributions()} the commitments kept and missed, and
 * {@link dev.alliance.core.trust.ObservationExtractor#standard()}, the default, both) and are kept
 * per ordered pair in a {@link dev.alliance.core.trust.TrustLedger}.
 */
package dev.alliance.core.trust;
