/**
 * The governance engine: tallies ballots against the decision rules of {@code
 * dev.alliance.api.governance}, explains every outcome as data, decides early when the missing
 * ballots can no longer change the result, and checks ballots against the rules for casting them.
 *
 * <p>Entry points: {@link dev.alliance.core.governance.Tally} (compile a procedure for an
 * electorate once, then {@code outcome}, {@code standing} or {@code decide} many times), {@link
 * dev.alliance.core.governance.Electorate} and {@link dev.alliance.core.governance.Ballots} (its
 * inputs), and {@link dev.alliance.core.governance.BallotBox} (casting ballots by the rules). The
 * precise semantics of bases, quorum, abstention, ties and veto players are in {@code
 * docs/governance.md}.
 *
 * <p>Every type here is immutable and thread-safe; no method accepts or returns {@code null}.
 */
package dev.alliance.core.governance;
