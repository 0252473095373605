/**
 * The reference JDBC event store ({@link dev.alliance.jdbc.JdbcEventStore}): its schema, its JSON
 * codec for every event type ({@link dev.alliance.jdbc.EventCodec}), and its service-loader entry
 * ({@link dev.alliance.jdbc.JdbcStoreProvider}). Embedded H2 by default, PostgreSQL in production.
 */
package dev.alliance.jdbc;
