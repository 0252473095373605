package dev.alliance.jdbc;

import dev.alliance.spi.store.ForwardingEventStore;

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
public final class JdbcStoreProvider extends ForwardingEventStore {
  /** The system property with the JDBC URL. */
  public static final String URL = "alliance.jdbc.url";
  /** The system property with the user. */
  public static final String USER = "alliance.jdbc.user";
  /** The system property with the password. */
  public static final String PASSWORD = "alliance.jdbc.password";
  /** The database used when no URL is configured. */
  public static final String DEFAULT_URL = "jdbc:h2:file:./alliance-events";

  /** Opens the configured database; a failure here is reported by discovery, which skips the store. */
  public JdbcStoreProvider() {
    super(JdbcEventStore.open(System.getProperty(URL, DEFAULT_URL), System.getProperty(USER, "sa"), System.getProperty(PASSWORD, "")));
  }
}
