/**
 * Contributions on the alliance's event stream: commitments (what, how much, due when),
 * deliveries, arrears and fulfillment.
 *
 * <ul>
 *   <li>{@link dev.alliance.core.contribution.ContributionLedger}: the stream's contribution events
 *       as a pure left fold, with arrears and {@link dev.alliance.core.contribution.Fulfillment
 *       fulfillment ratios} per partner and for the alliance as of any day.
 *   <li>{@link dev.alliance.core.contribution.ContributionHandler}: decides a command against the
 *       lifecycle and the ledger, purely, into events or a rejection naming one of the {@link
 *       dev.alliance.core.contribution.ContributionRules}.
 *   <li>{@link dev.alliance.core.contribution.ContributionEngine}: handles commands, records the
 *       events in the same {@link dev.alliance.core.stream.EventLog} as the lifecycle engine, and
 *       answers what the ledger looked like at any sequence number or day.
 * </ul>
 *
 * <p>Who may commit, when a commitment is in arrears and how arrears become events:
 * {@code docs/contributions.md} and {@code docs/decisions/0060-contributions-on-the-stream.md}.
 */
package dev.alliance.core.contribution;
