package dev.alliance.examples.burden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.core.health.HealthReading;
import org.junit.jupiter.api.Test;

/**
 * The lesson of {@link DuesAndHealth}, by hand from the dues of {@link DuesAndArrears}: HIGH owes
 * 1,000,000 a year, MID 100,000 and LOW 10,000, each due on 31 January.
 */
class DuesAndHealthTest {
  private final DuesAndHealth example = new DuesAndHealth();

  /**
   * On 2 February 2021 the 2021 dues are owed: 1,110,000, of which HIGH paid 1,000,000 and LOW
   * 5,000. On 1 January 2024 three years are owed, 3,330,000, of which HIGH paid 3,000,000, MID
   * 100,000 (2021, late) and LOW 15,000. Against the yearly dues, HIGH, MID and LOW have borne 1,
   * 0 and 0.5 years' worth on the first day (Gini: mean absolute difference 4/9 over twice the mean
   * 1/2 = 4/9) and 3, 1 and 1.5 on the second (Gini (8/9) / (2 x 11/6) = 8/33).
   */
  @Test
  void fulfillmentByValueRisesWhileTrustFalls() {
    HealthReading early = example.readingOn(DuesAndHealth.EARLY);
    HealthReading late = example.readingOn(DuesAndArrears.ASKED);
    assertEquals(1_005_000.0 / 1_110_000, early.indicators().fulfillment().orElseThrow(), 1e-12);
    assertEquals(3_115_000.0 / 3_330_000, late.indicators().fulfillment().orElseThrow(), 1e-12);
    assertTrue(late.indicators().fulfillment().orElseThrow() > early.indicators().fulfillment().orElseThrow());
    assertTrue(late.indicators().trust().orElseThrow() < early.indicators().trust().orElseThrow());
    // LOW misses every year's due date; MID missed three too, but made good on 2021's late, which
    // repairs part of the damage: the members trust LOW least.
    assertTrue(late.lines().stream().anyMatch(l -> l.startsWith("trust") && l.contains("in LOW")), late.lines()::toString);
    assertEquals(4.0 / 9, early.indicators().burdenInequity().orElseThrow(), 1e-12);
    assertEquals(8.0 / 33, late.indicators().burdenInequity().orElseThrow(), 1e-12);
    assertEquals(0, late.indicators().openDisputes());
    assertTrue(example.run().lines().size() > 4);
  }
}
