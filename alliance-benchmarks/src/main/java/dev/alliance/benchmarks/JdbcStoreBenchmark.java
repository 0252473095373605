package dev.alliance.benchmarks;

import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.event.AllianceEvent;
import dev.alliance.jdbc.EventCodec;
import dev.alliance.jdbc.JdbcEventStore;
import dev.alliance.testkit.EventGenerators;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcConnectionPool;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The JDBC store on embedded H2, appending batches of 100 events, next to raw JDBC batch inserts
 * of the same 100 rows into the same table in another database of the same kind. The events cycle
 * through the test kit's samples (one of every event type, large agreements included). The raw
 * baseline inserts rows encoded beforehand, so the ratio charges the store with everything it adds:
 * JSON encoding, the stream's row lock and update, numbering, and its checks. Each iteration starts
 * from fresh databases so that neither grows without bound. Scores are per event. Target: the
 * store at least 50% of the raw inserts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JdbcStoreBenchmark {
  static final int BATCH = 100;
  private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");
  private static final String INSERT =
      "INSERT INTO alliance_event (alliance_id, sequence_number, recorded_seconds, recorded_nanos, event_type, payload_version, payload)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?)";

  private List<AllianceEvent> batch;
  private List<EventCodec.Encoded> rows;
  private int database;
  private JdbcEventStore store;
  private JdbcEventStore rawSchema;
  private JdbcConnectionPool raw;
  private long storeSequence;
  private long rawSequence;
  private final AllianceId alliance = AllianceId.of("benchmark");

  /** Prepares the batch and its encoded rows. */
  @Setup
  public void setUp() {
    List<AllianceEvent> samples = EventGenerators.samples();
    batch = new ArrayList<>();
    for (int i = 0; i < BATCH; i++) {
      batch.add(samples.get(i % samples.size()));
    }
    EventCodec codec = EventCodec.create();
    rows = batch.stream().map(codec::encode).toList();
  }

  /** Fresh databases for each iteration: one for the store, one (same schema) for raw inserts. */
  @Setup(Level.Iteration)
  public void openDatabases() {
    database++;
    store = JdbcEventStore.open("jdbc:h2:mem:store-" + database, "sa", "");
    String rawUrl = "jdbc:h2:mem:raw-" + database;
    raw = JdbcConnectionPool.create(rawUrl, "sa", "");
    rawSchema = JdbcEventStore.of(raw); // creates the same tables; the benchmark writes them directly
    storeSequence = 0;
    rawSequence = 0;
  }

  /** Drops the databases. */
  @TearDown(Level.Iteration)
  public void closeDatabases() {
    store.close();
    rawSchema.close();
    raw.dispose();
  }

  /** @return the recorded batch */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public Object storeAppendsABatch() {
    Object recorded = store.append(alliance, storeSequence, batch, AT);
    storeSequence += BATCH;
    return recorded;
  }

  /**
   * @return the update counts
   * @throws SQLException never, on H2 in memory
   */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public int[] rawBatchInsert() throws SQLException {
    try (Connection connection = raw.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
        for (EventCodec.Encoded row : rows) {
          insert.setString(1, alliance.value());
          insert.setLong(2, ++rawSequence);
          insert.setLong(3, AT.getEpochSecond());
          insert.setInt(4, AT.getNano());
          insert.setString(5, row.type());
          insert.setInt(6, row.version());
          insert.setString(7, row.payload());
          insert.addBatch();
        }
        int[] counts = insert.executeBatch();
        connection.commit();
        return counts;
      }
    }
  }
}
