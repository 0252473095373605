/**
 * Negotiation as data: the parties at the table with their best alternatives (BATNAs), the issues
 * on it with the values they can take, where each party stands on each issue (ideal point,
 * reservation point, how much it cares), and the offers exchanged.
 *
 * <p>These are plain validated values; the analysis (zones of possible agreement, acceptability,
 * log-rolling, the Nash bargaining solution, what a mediator's proposal does for each party) is in
 * {@code dev.alliance.core.negotiation}. A {@link dev.alliance.api.negotiation.Negotiation} checks
 * that every party takes a stance on every issue, within the values the issue can take, so any
 * negotiation that can be built can be analysed.
 */
package dev.alliance.api.negotiation;
