package dev.alliance.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.event.LifecycleEvent;
import dev.alliance.spi.store.EventStore;
import dev.alliance.spi.store.EventStoreException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the conformance kit cannot see: the schema, its versions, the rows, and discovery. */
class JdbcEventStoreTest {
  private static final AllianceId NATO = AllianceId.of("nato");
  private static final Instant T0 = Instant.parse("1949-04-04T12:00:00Z");
  private static int databases;

  private final String url = "jdbc:h2:mem:jdbc-test-" + ++databases + ";DB_CLOSE_DELAY=-1";
  private JdbcEventStore store;

  @AfterEach
  void dropDatabase() throws SQLException {
    if (store != null) {
      store.close();
    }
    try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
      s.execute("SHUTDOWN");
    }
  }

  private JdbcEventStore open() {
    store = JdbcEventStore.open(url, "sa", "");
    return store;
  }

  private Connection connection() throws SQLException {
    return DriverManager.getConnection(url, "sa", "");
  }

  @Test
  void theSchemaIsCreatedOnceAndVersioned() throws SQLException {
    open().close();
    open();
    try (Connection c = connection(); Statement s = c.createStatement(); ResultSet rows = s.executeQuery("SELECT version, description FROM alliance_schema_version")) {
      rows.next();
      assertEquals(1, rows.getInt(1));
      assertEquals("streams, events and snapshots", rows.getString(2));
      assertTrue(!rows.next(), "each migration is recorded once");
    }
  }

  @Test
  void aSchemaNewerThanTheLibraryIsRefused() throws SQLException {
    open().close();
    store = null;
    try (Connection c = connection(); Statement s = c.createStatement()) {
      s.execute("INSERT INTO alliance_schema_version (version, description) VALUES (2, 'from the future')");
    }
    EventStoreException refused = assertThrows(EventStoreException.class, () -> JdbcEventStore.open(url, "sa", ""));
    assertTrue(refused.getMessage().contains("version 2, newer than this library's 1"), refused.getMessage());
  }

  @Test
  void theDatabaseItselfRefusesASecondEventNumberN() throws SQLException {
    open().append(NATO, 0, List.of(new LifecycleEvent.NegotiationsOpened(LocalDate.of(1948, 7, 6))), T0);
    try (Connection c = connection();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO alliance_event (alliance_id, sequence_number, recorded_seconds, recorded_nanos, event_type, payload_version, payload)"
                    + " VALUES ('nato', 1, 0, 0, 'LifecycleEvent.NegotiationsOpened', 1, '{}')")) {
      SQLException clash = assertThrows(SQLException.class, insert::executeUpdate);
      assertEquals("23505", clash.getSQLState());
    }
  }

  @Test
  void eachRowCarriesItsTypeTagPayloadVersionAndJson() throws SQLException {
    open().append(NATO, 0, List.of(new LifecycleEvent.NegotiationsOpened(LocalDate.of(1948, 7, 6))), T0.plusNanos(7));
    try (Connection c = connection();
        Statement s = c.createStatement();
        ResultSet row = s.executeQuery("SELECT event_type, payload_version, payload, recorded_seconds, recorded_nanos FROM alliance_event")) {
      row.next();
      assertEquals("LifecycleEvent.NegotiationsOpened", row.getString(1));
      assertEquals(1, row.getInt(2));
      assertEquals("{\"on\":\"1948-07-06\"}", row.getString(3));
      assertEquals(T0.getEpochSecond(), row.getLong(4));
      assertEquals(7, row.getInt(5));
    }
  }

  @Test
  void anUnknownTypeOrANewerPayloadIsAClearError() throws SQLException {
    open().append(NATO, 0, List.of(new LifecycleEvent.NegotiationsOpened(LocalDate.of(1948, 7, 6))), T0);
    try (Connection c = connection(); Statement s = c.createStatement()) {
      s.execute("UPDATE alliance_event SET event_type = 'LifecycleEvent.Renamed'");
    }
    EventStoreException unknown = assertThrows(EventStoreException.class, () -> store.read(NATO, 1));
    assertTrue(unknown.getMessage().contains("unknown event type \"LifecycleEvent.Renamed\""), unknown.getMessage());
    try (Connection c = connection(); Statement s = c.createStatement()) {
      s.execute("UPDATE alliance_event SET event_type = 'LifecycleEvent.NegotiationsOpened', payload_version = 2");
    }
    EventStoreException newer = assertThrows(EventStoreException.class, () -> store.read(NATO, 1));
    assertTrue(newer.getMessage().contains("payload version 2: this library reads versions 1 to 1"), newer.getMessage());
  }

  @Test
  void discoveryFindsTheStoreConfiguredBySystemProperties() {
    String previous = System.getProperty(JdbcStoreProvider.URL);
    System.setProperty(JdbcStoreProvider.URL, url);
    try {
      List<EventStore> found = ServiceLoader.load(EventStore.class).stream().map(ServiceLoader.Provider::get).toList();
      assertEquals(1, found.size());
      EventStore provider = found.get(0);
      assertInstanceOf(JdbcStoreProvider.class, provider);
      assertEquals("jdbc", provider.name());
      assertEquals(100, provider.priority());
      provider.append(NATO, 0, List.of(new LifecycleEvent.NegotiationsOpened(LocalDate.of(1948, 7, 6))), T0);
      assertEquals(1, open().sequence(NATO), "the provider wrote to the configured database");
      provider.close();
    } finally {
      if (previous == null) {
        System.clearProperty(JdbcStoreProvider.URL);
      } else {
        System.setProperty(JdbcStoreProvider.URL, previous);
      }
    }
  }
}
