/**
 * Events: the immutable facts an alliance's history is made of. Each alliance has one stream of
 * events, numbered without gaps from 1; its state at any point is the left fold of the stream up to
 * that point.
 *
 * <h2>The hierarchy</h2>
 *
 * <p>{@link dev.alliance.api.event.AllianceEvent} is the sealed root. Each theme adds one family, a
 * sealed sub-interface in this package whose events are records nested in it:
 * {@link dev.alliance.api.event.LifecycleEvent} (the alliance's own lifecycle), {@link
 * dev.alliance.api.event.MembershipEvent} (each partner's membership) and {@link
 * dev.alliance.api.event.ProposalEvent} (proposals, their votes and their outcomes). A new family,
 * such as contributions, is one new interface here and one more name in the root's {@code permits}
 * clause; engines that do not know a family skip its events when they fold the stream.
 *
 * <h2>Two times</h2>
 *
 * <p>Every event carries {@code on}, the day the act happened in the world (the day a treaty was
 * signed, notice given, a member admitted), because rules such as notice periods count in those
 * days. Its {@link dev.alliance.api.event.RecordedEvent envelope} carries the sequence number and
 * the instant the event was recorded, taken from an injected {@link java.time.Clock}.
 *
 * <h2>Plain data</h2>
 *
 * <p>Events are records of api values, validated in their compact constructors like every other
 * value, with no behaviour beyond accessors: what an event means is decided by the engine that
 * folds it. That keeps them easy to store and to serialize.
 */
package dev.alliance.api.event;
