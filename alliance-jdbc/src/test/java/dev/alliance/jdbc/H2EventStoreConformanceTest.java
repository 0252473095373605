package dev.alliance.jdbc;

import dev.alliance.spi.store.EventStore;
import dev.alliance.tck.EventStoreTck;
import java.util.concurrent.atomic.AtomicInteger;

/** The JDBC store on embedded H2 passes the whole conformance kit; each test gets a new database. */
class H2EventStoreConformanceTest extends EventStoreTck {
  private static final AtomicInteger DATABASES = new AtomicInteger();

  @Override
  protected EventStore newStore() {
    return JdbcEventStore.open("jdbc:h2:mem:tck-" + DATABASES.incrementAndGet(), "sa", "");
  }
}
