package dev.alliance.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Building blocks the domain generators share: amounts, names, dates, periods, sets. */
public final class Gens {
  private static final List<String> WORDS =
      List.of(
          "Atlantic", "Pacific", "Northern", "Delian", "Hanseatic", "Andean", "Nordic", "Baltic",
          "Sahel", "Danube", "Alpine", "Coral", "Amber", "Cedar", "Harbor", "Summit");

  private Gens() {}

  /** @return non-negative decimals with up to four decimal places, shrinking toward zero */
  public static Gen<BigDecimal> nonNegativeDecimals() {
    return longs()
        .between(0, 1_000_000_000_000L)
        .zip(integers().between(0, 4), (unscaled, scale) -> BigDecimal.valueOf(unscaled, scale));
  }

  /** @return strictly positive decimals with up to four decimal places */
  public static Gen<BigDecimal> positiveDecimals() {
    return longs()
        .between(1, 1_000_000_000_000L)
        .zip(integers().between(0, 4), (unscaled, scale) -> BigDecimal.valueOf(unscaled, scale));
  }

  /** @return small non-negative decimals such as weights, from 0 to 100 in steps of 0.5 */
  public static Gen<BigDecimal> weights() {
    return integers().between(0, 200).map(halves -> BigDecimal.valueOf(halves, 0).divide(BigDecimal.valueOf(2)));
  }

  /** @return readable, non-blank names made of one or two words */
  public static Gen<String> names() {
    return Generate.pick(WORDS)
        .zip(Generate.pick(WORDS), Generate.booleans(), (a, b, two) -> two ? a + " " + b : a);
  }

  /** @return days between 1815-01-01 and 2030-12-31 */
  public static Gen<LocalDate> dates() {
    long first = LocalDate.of(1815, 1, 1).toEpochDay();
    long last = LocalDate.of(2030, 12, 31).toEpochDay();
    return longs().between(first, last).map(LocalDate::ofEpochDay);
  }

  /** @return positive periods from one day to ten years */
  public static Gen<Period> positivePeriods() {
    return Generate.oneOf(
        integers().between(1, 365).map(Period::ofDays),
        integers().between(1, 36).map(Period::ofMonths),
        integers().between(1, 10).map(Period::ofYears));
  }

  /**
   * A bag to draw from with {@code Generate.pick}: each value as many times as its weight.
   *
   * @param values the values
   * @param weight how often each is drawn, relative to the others; 0 leaves it out
   * @param <E> the values' type
   * @return the bag
   */
  public static <E> List<E> bag(E[] values, java.util.function.ToIntFunction<E> weight) {
    List<E> bag = new java.util.ArrayList<>();
    for (E value : values) {
      for (int i = weight.applyAsInt(value); i > 0; i--) {
        bag.add(value);
      }
    }
    return List.copyOf(bag);
  }

  /**
   * @param type an enum type
   * @param max the largest number of elements
   * @param <E> the enum
   * @return sets of between zero and {@code max} constants
   */
  public static <E extends Enum<E>> Gen<Set<E>> enumSets(Class<E> type, int max) {
    return lists()
        .of(Generate.enumValues(type))
        .ofSizeBetween(0, max)
        .map(list -> list.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(list));
  }

  /**
   * @param type an enum type
   * @param max the largest number of elements
   * @param <E> the enum
   * @return sets of between one and {@code max} constants
   */
  public static <E extends Enum<E>> Gen<Set<E>> nonEmptyEnumSets(Class<E> type, int max) {
    return lists().of(Generate.enumValues(type)).ofSizeBetween(1, max).map(EnumSet::copyOf);
  }
}
