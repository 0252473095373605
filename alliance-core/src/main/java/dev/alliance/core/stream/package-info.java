/**
 * Event streams: one per alliance, numbered without gaps and stamped with the time from an injected
 * clock. Every engine that records events (lifecycle, governance, contributions, ...) appends its
 * own event family to the same streams through an {@link dev.alliance.core.stream.EventLog}, with
 * optimistic concurrency on the expected sequence number, and folds the events it knows. The log
 * keeps the streams in a pluggable {@code dev.alliance.spi.store.EventStore}.
 */
package dev.alliance.core.stream;
