package dev.alliance.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Supplier;

/**
 * Measures the {@link ContributionsBenchmark} workloads in CPU time of the measuring thread rather
 * than wall-clock time, as a cross-check when the machine is shared: time spent waiting for a core
 * is not counted, so the figure stays close to a quiet machine's (cache and memory contention with
 * other processes still inflate it somewhat). It is not a substitute for JMH on a quiet machine.
 *
 * <pre>
 * java -cp alliance-benchmarks/target/benchmarks.jar dev.alliance.benchmarks.ContributionsCpuCheck
 * </pre>
 */
public final class ContributionsCpuCheck {
  private ContributionsCpuCheck() {}

  /**
   * Prints the CPU time per operation of each workload, best of several rounds after a warm-up.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    ContributionsBenchmark workloads = new ContributionsBenchmark();
    workloads.setUp();
    report("allocate200WithFloorAndCeiling", 20_000, workloads::allocate200WithFloorAndCeiling, 1_000.0, "us");
    report("proportionalDoubles200", 200_000, workloads::proportionalDoubles200, 1_000.0, "us");
    report("shapleyExact20", 5, workloads::shapleyExact20, 1_000_000.0, "ms");
    report("evaluateAllCoalitions20", 20, workloads::evaluateAllCoalitions20, 1_000_000.0, "ms");
  }

  private static void report(String name, int operations, Supplier<?> workload, double divisor, String unit) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long best = Long.MAX_VALUE;
    Object sink = null;
    for (int round = 0; round < 8; round++) {
      long start = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < operations; i++) {
        sink = workload.get();
      }
      long perOperation = (threads.getCurrentThreadCpuTime() - start) / operations;
      if (round >= 3) {
        best = Math.min(best, perOperation);
      }
    }
    System.out.printf("%-32s %10.3f %s CPU per operation (best of 5 rounds after 3 warm-up rounds; %s)%n",
        name, best / divisor, unit, sink == null ? "no result" : "result kept");
  }
}
