/**
 * The storage service-provider interface: {@link dev.alliance.spi.store.EventStore} keeps
 * alliances' event streams, with optional {@link dev.alliance.spi.store.SnapshotStore snapshots}.
 * The library ships an in-memory store (the default, in the core) and a JDBC store ({@code
 * alliance-jdbc}); the conformance kit ({@code alliance-tck}) proves any store against the
 * contract written on {@link dev.alliance.spi.store.EventStore}.
 */
package dev.alliance.spi.store;
