/**
 * Service-provider interfaces of the alliance library. Providers implement them and declare
 * themselves with {@code provides} (module path) or {@code META-INF/services} (class path); the
 * core discovers them with {@link java.util.ServiceLoader}.
 */
module dev.alliance.spi {
  requires transitive dev.alliance.api;

  exports dev.alliance.spi;
  exports dev.alliance.spi.store;
  exports dev.alliance.spi.scoring;
}
