package dev.alliance.core.provider;

import dev.alliance.core.store.InMemoryEventStore;
import dev.alliance.spi.store.ForwardingEventStore;
import java.util.concurrent.atomic.AtomicInteger;

/** Stores that discovery tests declare in their own {@code META-INF/services} files. */
final class TestStores {
  static final AtomicInteger CLOSED = new AtomicInteger();

  private TestStores() {}

  abstract static class Named extends ForwardingEventStore {
    private final String name;
    private final int priority;

    Named(String name, int priority) {
      super(new InMemoryEventStore());
      this.name = name;
      this.priority = priority;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public int priority() {
      return priority;
    }

    @Override
    public void close() {
      CLOSED.incrementAndGet();
    }
  }

  /** Priority 50. */
  public static final class High extends Named {
    public High() {
      super("high", 50);
    }
  }

  /** Priority 10. */
  public static final class Low extends Named {
    public Low() {
      super("low", 10);
    }
  }

  /** Priority 50, named to sort before "beta". */
  public static final class Alpha extends Named {
    public Alpha() {
      super("alpha", 50);
    }
  }

  /** Priority 50, named to sort after "alpha". */
  public static final class Beta extends Named {
    public Beta() {
      super("beta", 50);
    }
  }

  /** A store whose database cannot be reached. */
  public static final class Failing extends Named {
    public Failing() {
      super("failing", 1000);
      throw new IllegalStateException("database unreachable at jdbc:nowhere");
    }
  }

  /** A store without a usable name. */
  public static final class Blank extends Named {
    public Blank() {
      super(" ", 1000);
    }
  }
}
