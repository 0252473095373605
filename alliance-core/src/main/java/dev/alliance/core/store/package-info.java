/**
 * The default event store, {@link dev.alliance.core.store.InMemoryEventStore}: streams and
 * snapshots kept in memory, safe under concurrent use. Other stores plug in through {@code
 * dev.alliance.spi.store.EventStore}.
 */
package dev.alliance.core.store;
