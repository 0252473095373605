package dev.alliance.api.ip;

import java.util.Arrays;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The regions a licence covers, such as {@code EU} or {@code US} (any consistent codes), or the
 * whole world.
 *
 * <pre>{@code
 * Territory.of("EU", "TR").overlaps(Territory.of("US"));   // false
 * Territory.worldwide().overlaps(Territory.of("US"));      // true
 * }</pre>
 *
 * @param wholeWorld true when the licence is not limited to named regions
 * @param regions the named regions; empty exactly when {@code wholeWorld}
 */
public record Territory(boolean wholeWorld, SortedSet<String> regions) {

  /** Validates and copies the regions. */
  public Territory {
    regions = Coverage.names("Territory.regions", wholeWorld, regions);
  }

  /** @return the whole world */
  public static Territory worldwide() {
    return new Territory(true, new TreeSet<>());
  }

  /**
   * @param regions the named regions; at least one
   * @return those regions only
   */
  public static Territory of(String... regions) {
    return new Territory(false, new TreeSet<>(Arrays.asList(regions)));
  }

  /**
   * @param other another territory
   * @return true when some region is covered by both
   */
  public boolean overlaps(Territory other) {
    return Coverage.overlap(wholeWorld, regions, other.wholeWorld, other.regions);
  }

  /**
   * @param other an overlapping territory
   * @return the regions both cover: the whole world only when both cover it
   */
  public Territory intersection(Territory other) {
    if (wholeWorld && other.wholeWorld) {
      return this;
    }
    return new Territory(false, Coverage.common(wholeWorld, regions, other.wholeWorld, other.regions));
  }

  /**
   * @param region a region's code
   * @return true when the region is covered
   */
  public boolean covers(String region) {
    return wholeWorld || regions.contains(region);
  }

  @Override
  public String toString() {
    return Coverage.describe(wholeWorld, "worldwide", regions);
  }
}
