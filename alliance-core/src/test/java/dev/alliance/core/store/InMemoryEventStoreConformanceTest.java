package dev.alliance.core.store;

import dev.alliance.spi.store.EventStore;
import dev.alliance.tck.EventStoreTck;

/** The default store passes the whole conformance kit. */
class InMemoryEventStoreConformanceTest extends EventStoreTck {
  @Override
  protected EventStore newStore() {
    return new InMemoryEventStore();
  }
}
