package dev.alliance.examples.providers;

import dev.alliance.spi.store.EventStore;
import dev.alliance.tck.EventStoreTck;

/** The framework author's proof: the key-value store passes the whole conformance kit. */
class KeyValueEventStoreConformanceTest extends EventStoreTck {
  @Override
  protected EventStore newStore() {
    return new KeyValueEventStore();
  }
}
