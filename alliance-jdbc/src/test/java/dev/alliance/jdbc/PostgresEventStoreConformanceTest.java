package dev.alliance.jdbc;

import dev.alliance.spi.store.EventStore;
import dev.alliance.tck.EventStoreTck;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;

/**
 * The JDBC store on a real PostgreSQL server passes the whole conformance kit. The server is named
 * by the system property {@value #URL} (a JDBC URL with user and password, as {@code
 * .ci/postgres-tck.sh} sets it); without it every test here is reported as skipped, with the reason. Each test
 * gets an empty schema of its own.
 */
class PostgresEventStoreConformanceTest extends EventStoreTck {
  /** The system property with the server's JDBC URL. */
  static final String URL = "alliance.tck.postgresql.url";

  private static String url() {
    return System.getProperty(URL, "");
  }

  @BeforeEach
  void requireServer() {
    Assumptions.assumeFalse(url().isBlank(), "no PostgreSQL server: set -D" + URL + "=jdbc:postgresql://... (.ci/postgres-tck.sh does)");
  }

  @Override
  protected EventStore newStore() {
    try (Connection admin = DriverManager.getConnection(url());
        Statement statement = admin.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS alliance_tck CASCADE");
      statement.execute("CREATE SCHEMA alliance_tck");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot prepare a schema on " + url() + ": " + e.getMessage(), e);
    }
    String separator = url().contains("?") ? "&" : "?";
    return JdbcEventStore.open(url() + separator + "currentSchema=alliance_tck", null, null);
  }

  /** Connections to a server cost more than to embedded H2: fewer appends per writer. */
  @Override
  protected int appendsPerWriter() {
    return 50;
  }
}
