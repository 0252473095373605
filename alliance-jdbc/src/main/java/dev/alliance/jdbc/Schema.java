package dev.alliance.jdbc;

import dev.alliance.spi.store.EventStoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * The store's tables and their versions. The table {@code alliance_schema_version} records every
 * migration applied; on start the store applies the missing ones in order, each in its own
 * transaction, and refuses a database whose schema is newer than this library knows.
 *
 * <p>Version 1:
 *
 * <pre>
 * alliance_stream   (alliance_id PK, last_sequence, last_recorded_seconds, last_recorded_nanos)
 * alliance_event    (alliance_id, sequence_number, recorded_seconds, recorded_nanos,
 *                    event_type, payload_version, payload,
 *                    PRIMARY KEY (alliance_id, sequence_number))
 * alliance_snapshot (alliance_id, kind, sequence_number, state, PRIMARY KEY (alliance_id, kind))
 * </pre>
 *
 * The primary key of {@code alliance_event} makes (alliance, sequence) unique in the database
 * itself; the stream row is the lock writers of one alliance take, and carries the latest
 * recording instant so that instants never go backwards. Instants are stored as epoch seconds and
 * nanoseconds, exact on every database.
 */
final class Schema {
  /** The latest schema version this library knows. */
  static final int LATEST = 1;

  private record Migration(int version, String description, Function<Dialect, List<String>> statements) {}

  private static final List<Migration> MIGRATIONS =
      List.of(
          new Migration(
              1,
              "streams, events and snapshots",
              dialect ->
                  List.of(
                      "CREATE TABLE alliance_stream ("
                          + " alliance_id VARCHAR(128) NOT NULL PRIMARY KEY,"
                          + " last_sequence BIGINT NOT NULL,"
                          + " last_recorded_seconds BIGINT NOT NULL,"
                          + " last_recorded_nanos INTEGER NOT NULL)",
                      "CREATE TABLE alliance_event ("
                          + " alliance_id VARCHAR(128) NOT NULL,"
                          + " sequence_number BIGINT NOT NULL,"
                          + " recorded_seconds BIGINT NOT NULL,"
                          + " recorded_nanos INTEGER NOT NULL,"
                          + " event_type VARCHAR(200) NOT NULL,"
                          + " payload_version INTEGER NOT NULL,"
                          + " payload " + dialect.text() + " NOT NULL,"
                          + " CONSTRAINT alliance_event_unique_sequence PRIMARY KEY (alliance_id, sequence_number))",
                      "CREATE TABLE alliance_snapshot ("
                          + " alliance_id VARCHAR(128) NOT NULL,"
                          + " kind VARCHAR(128) NOT NULL,"
                          + " sequence_number BIGINT NOT NULL,"
                          + " state " + dialect.bytes() + " NOT NULL,"
                          + " CONSTRAINT alliance_snapshot_unique_kind PRIMARY KEY (alliance_id, kind))")));

  private Schema() {}

  /**
   * Brings the database's schema up to {@link #LATEST}.
   *
   * @param dataSource the database
   * @return the dialect of the database
   * @throws EventStoreException when the schema is newer than this library or a migration fails
   */
  static Dialect migrate(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      Dialect dialect = Dialect.of(connection);
      connection.setAutoCommit(true);
      try (Statement statement = connection.createStatement()) {
        statement.execute(
            "CREATE TABLE IF NOT EXISTS alliance_schema_version ("
                + " version INTEGER NOT NULL PRIMARY KEY, description VARCHAR(200) NOT NULL)");
      }
      int current = version(connection);
      if (current > LATEST) {
        throw new EventStoreException(
            "the database's alliance schema is at version " + current + ", newer than this library's " + LATEST + "; upgrade the library");
      }
      for (Migration migration : MIGRATIONS) {
        if (migration.version() > current) {
          apply(connection, dialect, migration);
        }
      }
      return dialect;
    } catch (SQLException e) {
      throw new EventStoreException("cannot create or upgrade the event store's schema: " + e.getMessage(), e);
    }
  }

  /**
   * @param connection a connection
   * @return the schema version recorded in the database: 0 for none
   * @throws SQLException when the version table cannot be read
   */
  static int version(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT MAX(version) FROM alliance_schema_version")) {
      rows.next();
      return rows.getInt(1);
    }
  }

  private static void apply(Connection connection, Dialect dialect, Migration migration) throws SQLException {
    connection.setAutoCommit(false);
    try {
      try (Statement statement = connection.createStatement()) {
        for (String sql : migration.statements().apply(dialect)) {
          statement.execute(sql);
        }
      }
      try (PreparedStatement record = connection.prepareStatement("INSERT INTO alliance_schema_version (version, description) VALUES (?, ?)")) {
        record.setInt(1, migration.version());
        record.setString(2, migration.description());
        record.executeUpdate();
      }
      connection.commit();
    } catch (SQLException e) {
      connection.rollback();
      // Another process may have applied the same migration at the same moment.
      if (version(connection) >= migration.version()) {
        return;
      }
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }
}
