package dev.alliance.jdbc;

import dev.alliance.api.InvalidValueException;
import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.event.AllianceEvent;
import dev.alliance.api.event.ConcurrencyConflictException;
import dev.alliance.api.event.RecordedEvent;
import dev.alliance.spi.store.EventStore;
import dev.alliance.spi.store.EventStoreException;
import dev.alliance.spi.store.EventStoreSupport;
import dev.alliance.spi.store.Snapshot;
import dev.alliance.spi.store.SnapshotStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The reference JDBC event store: embedded H2 by default, PostgreSQL in production.
 *
 * <ul>
 *   <li>It creates and versions its own tables ({@code alliance_stream}, {@code alliance_event},
 *       {@code alliance_snapshot}, {@code alliance_schema_version}) when it starts.
 *   <li>(alliance, sequence) is the primary key of {@code alliance_event}: the database itself
 *       refuses a second event number n, and the store reports the clash as a {@link
 *       ConcurrencyConflictException}.
 *   <li>Each event is stored as JSON with its type tag and payload version ({@link EventCodec}).
 *   <li>An append is one transaction: it locks the stream's row, compares its end with the
 *       expected sequence, and writes the whole batch with one batched prepared statement, or
 *       nothing. Every statement is prepared; no value is ever spliced into SQL.
 * </ul>
 *
 * <pre>{@code
 * EventStore embedded = JdbcEventStore.open("jdbc:h2:file:./alliance-events", "sa", "");
 * EventStore production = JdbcEventStore.of(hikariDataSource);   // PostgreSQL behind your pool
 * LifecycleEngine engine = LifecycleEngine.of(EventLog.of(production, Clock.systemUTC()), gate);
 * }</pre>
 *
 * <p>Give a production store a pooled {@link DataSource} (HikariCP, your container's): the store
 * takes a connection for each operation and returns it at once. {@link #open} pools connections
 * for H2 URLs with H2's own pool and opens a connection per operation for any other URL.
 */
public final class JdbcEventStore implements EventStore, SnapshotStore {
  /** The name to choose this store by. */
  public static final String NAME = "jdbc";

  private static final String LOCK_STREAM =
      "SELECT last_sequence, last_recorded_seconds, last_recorded_nanos FROM alliance_stream WHERE alliance_id = ? FOR UPDATE";
  private static final String CREATE_STREAM =
      "INSERT INTO alliance_stream (alliance_id, last_sequence, last_recorded_seconds, last_recorded_nanos) VALUES (?, ?, ?, ?)";
  private static final String ADVANCE_STREAM =
      "UPDATE alliance_stream SET last_sequence = ?, last_recorded_seconds = ?, last_recorded_nanos = ? WHERE alliance_id = ?";
  private static final String INSERT_EVENT =
      "INSERT INTO alliance_event (alliance_id, sequence_number, recorded_seconds, recorded_nanos, event_type, payload_version, payload)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?)";
  private static final String SELECT_EVENTS =
      "SELECT sequence_number, recorded_seconds, recorded_nanos, event_type, payload_version, payload FROM alliance_event"
          + " WHERE alliance_id = ? AND sequence_number >= ? AND sequence_number < ? ORDER BY sequence_number";
  private static final String SELECT_SEQUENCE = "SELECT last_sequence FROM alliance_stream WHERE alliance_id = ?";

  private final DataSource dataSource;
  private final AutoCloseable owned;
  private final EventCodec codec = EventCodec.create();

  private JdbcEventStore(DataSource dataSource, AutoCloseable owned) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.owned = owned;
    Schema.migrate(dataSource);
  }

  /**
   * A store on a data source the caller owns (and closes).
   *
   * @param dataSource the database, ideally pooled
   * @return the store, its schema created or upgraded
   * @throws EventStoreException when the schema cannot be created or is newer than this library
   */
  public static JdbcEventStore of(DataSource dataSource) {
    return new JdbcEventStore(dataSource, null);
  }

  /**
   * A store on a JDBC URL; {@link #close()} releases its connections.
   *
   * @param url the JDBC URL, such as {@code jdbc:h2:file:./alliance-events} or {@code
   *     jdbc:postgresql://localhost/alliances}
   * @param user the user
   * @param password the password
   * @return the store, its schema created or upgraded
   * @throws EventStoreException when the database cannot be reached or its schema is newer than
   *     this library
   */
  public static JdbcEventStore open(String url, String user, String password) {
    Objects.requireNonNull(url, "url");
    if (url.startsWith("jdbc:h2:")) {
      JdbcConnectionPool pool = JdbcConnectionPool.create(url, user, password);
      try {
        return new JdbcEventStore(pool, pool::dispose);
      } catch (RuntimeException e) {
        pool.dispose();
        throw e;
      }
    }
    return new JdbcEventStore(new DriverManagerDataSource(url, user, password), null);
  }

  @Override
  public String name() {
    return NAME;
  }

  /** @return 100: above the in-memory default */
  @Override
  public int priority() {
    return 100;
  }

  @Override
  public List<RecordedEvent> append(
      AllianceId alliance, long expectedSequence, List<? extends AllianceEvent> events, Instant recordedAt) {
    List<AllianceEvent> batch = EventStoreSupport.checkAppend(alliance, expectedSequence, events, recordedAt);
    List<EventCodec.Encoded> rows = new ArrayList<>(batch.size());
    for (AllianceEvent event : batch) {
      rows.add(codec.encode(event)); // before the transaction: a payload that cannot be written writes nothing
    }
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        List<RecordedEvent> recorded = appendInTransaction(connection, alliance, expectedSequence, batch, rows, recordedAt);
        connection.commit();
        return recorded;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      if (isConflict(e)) {
        long actual = sequence(alliance);
        if (actual != expectedSequence) {
          ConcurrencyConflictException conflict = new ConcurrencyConflictException(alliance, expectedSequence, actual);
          conflict.initCause(e);
          throw conflict;
        }
      }
      throw new EventStoreException("cannot append " + batch.size() + " events to alliance " + alliance + ": " + e.getMessage(), e);
    }
  }

  private static List<RecordedEvent> appendInTransaction(
      Connection connection, AllianceId alliance, long expected, List<AllianceEvent> batch, List<EventCodec.Encoded> rows, Instant recordedAt)
      throws SQLException {
    String id = alliance.value();
    Instant latest = null;
    long actual = 0;
    try (PreparedStatement lock = connection.prepareStatement(LOCK_STREAM)) {
      lock.setString(1, id);
      try (ResultSet stream = lock.executeQuery()) {
        if (stream.next()) {
          actual = stream.getLong(1);
          latest = Instant.ofEpochSecond(stream.getLong(2), stream.getInt(3));
        }
      }
    }
    if (actual != expected) {
      throw new ConcurrencyConflictException(alliance, expected, actual);
    }
    if (batch.isEmpty()) {
      return List.of();
    }
    Instant at = EventStoreSupport.stamp(recordedAt, latest);
    long last = expected + batch.size();
    // A new stream's row is inserted: of two writers creating the same stream, the primary key lets one in.
    try (PreparedStatement stream = connection.prepareStatement(expected == 0 ? CREATE_STREAM : ADVANCE_STREAM)) {
      int i = 1;
      if (expected == 0) {
        stream.setString(i++, id);
      }
      stream.setLong(i++, last);
      stream.setLong(i++, at.getEpochSecond());
      stream.setInt(i++, at.getNano());
      if (expected != 0) {
        stream.setString(i, id);
      }
      stream.executeUpdate();
    }
    try (PreparedStatement insert = connection.prepareStatement(INSERT_EVENT)) {
      long sequence = expected;
      for (EventCodec.Encoded row : rows) {
        insert.setString(1, id);
        insert.setLong(2, ++sequence);
        insert.setLong(3, at.getEpochSecond());
        insert.setInt(4, at.getNano());
        insert.setString(5, row.type());
        insert.setInt(6, row.version());
        insert.setString(7, row.payload());
        insert.addBatch();
      }
      insert.executeBatch();
    }
    return EventStoreSupport.number(alliance, expected, batch, at);
  }

  /**
   * Integrity violations (a second event number n, a second stream row), serialization failures,
   * deadlocks and lock timeouts all mean that another writer got in first, if the stream moved.
   */
  private static boolean isConflict(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        String state = sql.getSQLState();
        if (state != null && (state.startsWith("23") || state.startsWith("40") || state.equals("55P03") || state.equals("HYT00"))) {
          return true;
        }
        if (sql.getNextException() != null && sql.getNextException() != t && isConflict(sql.getNextException())) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public List<RecordedEvent> read(AllianceId alliance, long fromSequence, int maxCount) {
    EventStoreSupport.checkRead(alliance, fromSequence, maxCount);
    return select(alliance, fromSequence, fromSequence + maxCount);
  }

  @Override
  public List<RecordedEvent> read(AllianceId alliance, long fromSequence) {
    EventStoreSupport.checkRead(alliance, fromSequence, 1);
    return select(alliance, fromSequence, Long.MAX_VALUE);
  }

  private List<RecordedEvent> select(AllianceId alliance, long from, long before) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(SELECT_EVENTS)) {
      select.setFetchSize(EventStore.PAGE);
      select.setString(1, alliance.value());
      select.setLong(2, from);
      select.setLong(3, before);
      List<RecordedEvent> events = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          Instant at = Instant.ofEpochSecond(rows.getLong(2), rows.getInt(3));
          AllianceEvent event = codec.decode(rows.getString(4), rows.getInt(5), rows.getString(6));
          events.add(new RecordedEvent(alliance, rows.getLong(1), at, event));
        }
      }
      return events;
    } catch (SQLException e) {
      throw new EventStoreException("cannot read the stream of alliance " + alliance + ": " + e.getMessage(), e);
    }
  }

  @Override
  public long sequence(AllianceId alliance) {
    Objects.requireNonNull(alliance, "alliance");
    try (Connection connection = dataSource.getConnection()) {
      return sequence(connection, alliance);
    } catch (SQLException e) {
      throw new EventStoreException("cannot read the sequence of alliance " + alliance + ": " + e.getMessage(), e);
    }
  }

  private static long sequence(Connection connection, AllianceId alliance) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(SELECT_SEQUENCE)) {
      select.setString(1, alliance.value());
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? row.getLong(1) : 0;
      }
    }
  }

  @Override
  public Set<AllianceId> alliances() {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement("SELECT alliance_id FROM alliance_stream");
        ResultSet rows = select.executeQuery()) {
      Set<AllianceId> ids = new HashSet<>();
      while (rows.next()) {
        ids.add(AllianceId.of(rows.getString(1)));
      }
      return ids;
    } catch (SQLException e) {
      throw new EventStoreException("cannot list the alliances: " + e.getMessage(), e);
    }
  }

  @Override
  public Optional<SnapshotStore> snapshots() {
    return Optional.of(this);
  }

  @Override
  public boolean save(Snapshot snapshot) {
    Objects.requireNonNull(snapshot, "snapshot");
    for (int attempt = 1; ; attempt++) {
      try (Connection connection = dataSource.getConnection()) {
        long end = sequence(connection, snapshot.alliance());
        if (snapshot.sequence() > end) {
          throw new InvalidValueException("Snapshot.sequence", snapshot.sequence(), "must not lie beyond the end of the stream, " + end);
        }
        return saveOnce(connection, snapshot);
      } catch (SQLException e) {
        // Two savers of a new kind: the primary key lets one in; the other tries again as an update.
        if (attempt == 2 || !isConflict(e)) {
          throw new EventStoreException("cannot save " + snapshot + ": " + e.getMessage(), e);
        }
      }
    }
  }

  private static boolean saveOnce(Connection connection, Snapshot snapshot) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE alliance_snapshot SET sequence_number = ?, state = ? WHERE alliance_id = ? AND kind = ? AND sequence_number < ?")) {
      update.setLong(1, snapshot.sequence());
      update.setBytes(2, snapshot.state());
      update.setString(3, snapshot.alliance().value());
      update.setString(4, snapshot.kind());
      update.setLong(5, snapshot.sequence());
      if (update.executeUpdate() == 1) {
        return true;
      }
    }
    try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM alliance_snapshot WHERE alliance_id = ? AND kind = ?")) {
      exists.setString(1, snapshot.alliance().value());
      exists.setString(2, snapshot.kind());
      try (ResultSet row = exists.executeQuery()) {
        if (row.next()) {
          return false;
        }
      }
    }
    try (PreparedStatement insert =
        connection.prepareStatement("INSERT INTO alliance_snapshot (alliance_id, kind, sequence_number, state) VALUES (?, ?, ?, ?)")) {
      insert.setString(1, snapshot.alliance().value());
      insert.setString(2, snapshot.kind());
      insert.setLong(3, snapshot.sequence());
      insert.setBytes(4, snapshot.state());
      insert.executeUpdate();
      return true;
    }
  }

  @Override
  public Optional<Snapshot> latest(AllianceId alliance, String kind) {
    Objects.requireNonNull(alliance, "alliance");
    Objects.requireNonNull(kind, "kind");
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement("SELECT sequence_number, state FROM alliance_snapshot WHERE alliance_id = ? AND kind = ?")) {
      select.setString(1, alliance.value());
      select.setString(2, kind);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(new Snapshot(alliance, kind, row.getLong(1), row.getBytes(2))) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new EventStoreException("cannot read the " + kind + " snapshot of alliance " + alliance + ": " + e.getMessage(), e);
    }
  }

  /** Releases the connections the store opened itself; a caller's data source is left open. */
  @Override
  public void close() {
    if (owned != null) {
      try {
        owned.close();
      } catch (Exception e) {
        throw new EventStoreException("cannot close the event store's connections: " + e.getMessage(), e);
      }
    }
  }
}
