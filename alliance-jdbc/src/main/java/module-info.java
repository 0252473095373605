/**
 * The reference JDBC event store. Depends on the api and spi, Jackson (events as JSON) and H2 (the
 * embedded default and its connection pool); the PostgreSQL driver is loaded by URL at run time.
 */
module dev.alliance.jdbc {
  requires transitive dev.alliance.spi;
  requires transitive java.sql;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.h2database;

  exports dev.alliance.jdbc;

  provides dev.alliance.spi.store.EventStore with
      dev.alliance.jdbc.JdbcStoreProvider;
}
