/**
 * Proposals and ballots on an alliance's event stream.
 *
 * <ul>
 *   <li>{@link dev.alliance.core.proposal.ProposalTables}: the proposal lifecycle (draft, open,
 *       adopted, rejected, expired, withdrawn) as a transition table with its guards, the ballot
 *       rules, and the rules by which an adopted proposal authorises a governed act.
 *   <li>{@link dev.alliance.core.proposal.Proposals}: the projection of every proposal of a
 *       stream, folded from its events, which the lifecycle's state carries and the decision gate
 *       consults.
 *   <li>{@link dev.alliance.core.proposal.Proposal}: one proposal, with its fixed procedure, its
 *       electorate, its ballots, its standing and its verdict.
 *   <li>{@link dev.alliance.core.proposal.Motions}: which motion authorises which act.
 * </ul>
 *
 * <p>The tally itself is {@code dev.alliance.core.governance}'s: each vote compiles a {@code
 * Tally} for its procedure and electorate, decides early with {@code Tally.standing}, and closes
 * with {@code Tally.outcome}. The lifecycle engine ({@code dev.alliance.core.lifecycle}) handles
 * proposal commands and records their events in the alliance's one stream; the semantics are set
 * out in {@code docs/governance.md}.
 *
 * <p>Every type here is immutable; no method accepts or returns {@code null}.
 */
package dev.alliance.core.proposal;
