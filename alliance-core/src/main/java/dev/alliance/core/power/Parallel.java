package dev.alliance.core.power;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Runs independent tasks (one per modulus, per player, per slice of coalitions) on the common
 * fork-join pool, or one after another. The tasks share nothing mutable and each result is exact,
 * so the outcome never depends on the schedule.
 *
 * @param enabled whether to run tasks in parallel
 */
record Parallel(boolean enabled) {
  /** Below this many elementary steps, handing work to other threads costs more than it saves. */
  private static final double WORTH_SPLITTING = 2e6;

  /**
   * @param operations the estimated size of the work about to be split
   * @return this, or a sequential runner when the work is too small to be worth splitting
   */
  Parallel forWork(double operations) {
    return enabled && operations < WORTH_SPLITTING ? new Parallel(false) : this;
  }

  <T> List<T> map(int count, IntFunction<T> task) {
    if (enabled && count > 1) {
      return IntStream.range(0, count).parallel().mapToObj(task).toList();
    }
    List<T> results = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      results.add(task.apply(i));
    }
    return results;
  }
}
