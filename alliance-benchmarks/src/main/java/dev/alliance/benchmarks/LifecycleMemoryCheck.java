package dev.alliance.benchmarks;

import dev.alliance.core.lifecycle.AllianceLifecycle;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Replays a million lifecycle events made on the fly and reports the heap the result keeps alive.
 * Run it with a capped heap to check the memory target:
 *
 * <pre>{@code
 * java -Xmx256m -cp alliance-benchmarks/target/benchmarks.jar dev.alliance.benchmarks.LifecycleMemoryCheck
 * }</pre>
 */
public final class LifecycleMemoryCheck {
  private LifecycleMemoryCheck() {}

  /**
   * @param args optionally, the number of events (default 1,000,000)
   */
  public static void main(String[] args) {
    long count = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    long before = memory.getHeapMemoryUsage().getUsed();
    long start = System.nanoTime();
    AllianceLifecycle state = AllianceLifecycle.replay(LifecycleWorkload.ID, LifecycleWorkload.lazily(LifecycleBenchmark.MEMBERS, count));
    long elapsed = System.nanoTime() - start;
    System.gc();
    long after = memory.getHeapMemoryUsage().getUsed();
    System.out.printf(
        "replayed %,d events in %,d ms; state at sequence %,d with %,d members; heap max %,d MB, live after replay %,.1f MB (%,.1f MB before)%n",
        count, elapsed / 1_000_000, state.sequence(), state.members().size(), Runtime.getRuntime().maxMemory() >> 20,
        after / 1048576.0, before / 1048576.0);
  }
}
