package dev.alliance.api;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A closed range of calendar days, {@code [start, end]}.
 *
 * <pre>{@code
 * DateRange fy = DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
 * fy.contains(LocalDate.of(2024, 6, 30)); // true
 * }</pre>
 *
 * @param start the first day, included
 * @param end the last day, included; never before {@code start}
 */
public record DateRange(LocalDate start, LocalDate end) {

  /** Validates the range. */
  public DateRange {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Checks.check(!end.isBefore(start), "DateRange.end", end, "must not be before start " + start);
  }

  /**
   * Creates a range.
   *
   * @param start the first day
   * @param end the last day
   * @return the range
   */
  public static DateRange of(LocalDate start, LocalDate end) {
    return new DateRange(start, end);
  }

  /**
   * Tells whether a day lies in the range.
   *
   * @param day the day
   * @return true when {@code start <= day <= end}
   */
  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }

  /**
   * Tells whether two ranges share at least one day.
   *
   * @param other the other range
   * @return true when they overlap
   */
  public boolean overlaps(DateRange other) {
    return !other.end.isBefore(start) && !other.start.isAfter(end);
  }

  @Override
  public String toString() {
    return start + ".." + end;
  }
}
