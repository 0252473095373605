package dev.alliance.spi;

/**
 * A pluggable implementation found by {@link java.util.ServiceLoader}. When several providers of
 * the same service are present, the one with the highest {@link #priority()} is used unless the
 * user names another; the core documents the tie-break.
 *
 * <pre>{@code
 * public final class RedisEventStore implements EventStore {
 *   public String name() { return "redis"; }
 *   public int priority() { return 100; }
 *   ...
 * }
 * }</pre>
 */
public interface Provider {

  /** @return a short, unique, stable name by which users can choose this provider */
  String name();

  /** @return the rank among providers of the same service: higher wins */
  int priority();
}
