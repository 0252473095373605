package dev.alliance.jdbc;

import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.event.AllianceEvent;
import dev.alliance.api.event.RecordedEvent;
import dev.alliance.spi.store.EventStore;
import dev.alliance.spi.store.SnapshotStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The JDBC store as {@link java.util.ServiceLoader} finds it: with {@code alliance-jdbc} on the
 * class path, discovery chooses it (priority 100) over the in-memory default. It is configured by
 * system properties:
 *
 * <ul>
 *   <li>{@value #URL} — the JDBC URL; by default an embedded H2 database in the working
 *       directory, {@value #DEFAULT_URL};
 *   <li>{@value #USER} and {@value #PASSWORD} — the credentials; by default {@code sa} and none.
 * </ul>
 *
 * Applications that hold a pooled {@code DataSource} should create {@link JdbcEventStore#of} and
 * hand it to the core directly instead.
 */
public final class JdbcStoreProvider implements EventStore {
  /** The system property with the JDBC URL. */
  public static final String URL = "alliance.jdbc.url";
  /** The system property with the user. */
  public static final String USER = "alliance.jdbc.user";
  /** The system property with the password. */
  public static final String PASSWORD = "alliance.jdbc.password";
  /** The database used when no URL is configured. */
  public static final String DEFAULT_URL = "jdbc:h2:file:./alliance-events";

  private final JdbcEventStore store;

  /** Opens the configured database; a failure here is reported by discovery, which skips the store. */
  public JdbcStoreProvider() {
    this.store = JdbcEventStore.open(System.getProperty(URL, DEFAULT_URL), System.getProperty(USER, "sa"), System.getProperty(PASSWORD, ""));
  }

  @Override
  public String name() {
    return store.name();
  }

  @Override
  public int priority() {
    return store.priority();
  }

  @Override
  public List<RecordedEvent> append(AllianceId alliance, long expectedSequence, List<? extends AllianceEvent> events, Instant recordedAt) {
    return store.append(alliance, expectedSequence, events, recordedAt);
  }

  @Override
  public List<RecordedEvent> read(AllianceId alliance, long fromSequence, int maxCount) {
    return store.read(alliance, fromSequence, maxCount);
  }

  @Override
  public List<RecordedEvent> read(AllianceId alliance, long fromSequence) {
    return store.read(alliance, fromSequence);
  }

  @Override
  public long sequence(AllianceId alliance) {
    return store.sequence(alliance);
  }

  @Override
  public Set<AllianceId> alliances() {
    return store.alliances();
  }

  @Override
  public Optional<SnapshotStore> snapshots() {
    return store.snapshots();
  }

  @Override
  public void close() {
    store.close();
  }
}
