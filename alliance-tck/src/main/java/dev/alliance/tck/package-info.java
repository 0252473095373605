/**
 * The conformance kit for storage providers. A store proves that it keeps the contract of {@code
 * dev.alliance.spi.store.EventStore} by extending {@link dev.alliance.tck.EventStoreTck} in its
 * own tests:
 *
 * <pre>{@code
 * class MyStoreConformanceTest extends EventStoreTck {
 *   @Override
 *   protected EventStore newStore() {
 *     return new MyStore();
 *   }
 * }
 * }</pre>
 *
 * The kit depends on the api, the spi, the test kit (for its event generators) and JUnit Jupiter's
 * API; never on the core.
 */
package dev.alliance.tck;
