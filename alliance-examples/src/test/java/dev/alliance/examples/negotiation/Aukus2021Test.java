package dev.alliance.examples.negotiation;

import static dev.alliance.examples.negotiation.Aukus2021.ANNOUNCED;
import static dev.alliance.examples.negotiation.Aukus2021.AUS;
import static dev.alliance.examples.negotiation.Aukus2021.BEFORE;
import static dev.alliance.examples.negotiation.Aukus2021.CALL;
import static dev.alliance.examples.negotiation.Aukus2021.RECALLED;
import static dev.alliance.examples.negotiation.Aukus2021.ROME;
import static dev.alliance.examples.negotiation.Aukus2021.SETTLEMENT;
import static dev.alliance.examples.negotiation.Aukus2021.USA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * AUKUS: France's trust in the United States and Australia, by hand from the default model. Dates:
 * DCNS chosen on 26 April 2016 (the Australian government's announcement); AUKUS announced on 15
 * September 2021; the ambassadors recalled on 17 September; the Biden-Macron call and joint statement
 * of 22 September; Biden's "clumsy" in Rome on 29 October 2021 (BBC, VOA); the 555 million euro
 * settlement announced on 11 June 2022 (the Australian prime minister's press conference).
 */
class Aukus2021Test {
  private final Aukus2021 example = new Aukus2021();

  private static double fade(LocalDate from, LocalDate to) {
    return Math.pow(0.5, ChronoUnit.DAYS.between(from, to) / 730.0);
  }

  private double inUsa(LocalDate day) {
    return example.franceIn(USA, day).level();
  }

  private double inAus(LocalDate day) {
    return example.franceIn(AUS, day).level();
  }

  @Test
  void theAnnouncementCutFrancesTrustAtOnce() {
    assertEquals(0.5, inUsa(BEFORE), 1e-15, "no recorded history: a stranger's benefit of the doubt");
    assertEquals(1.0 / 5, inUsa(ANNOUNCED), 1e-15, "a wound of 3: (0 + 1) / (0 + 3 + 2)");
    double kept = fade(LocalDate.of(2016, 4, 26), BEFORE);
    assertEquals((kept + 1) / (kept + 2), inAus(BEFORE), 1e-12);
    double keptOnTheDay = fade(LocalDate.of(2016, 4, 26), ANNOUNCED);
    assertEquals((keptOnTheDay + 1) / (keptOnTheDay + 4 + 2), inAus(ANNOUNCED), 1e-12, "a breach: a wound of 4");
    assertEquals(inUsa(ANNOUNCED), inUsa(RECALLED), 1e-15, "France's own protest moves no trust");
  }

  @Test
  void repairCameInStepsThatEachCounted() {
    assertEquals(1.5 / 5.5, inUsa(CALL), 1e-15, "the call opened consultations: +0.5");
    // Rome: the acknowledgement and the corrective gestures each heal 0.75 of the wound (a third of
    // the repairable 2.25), leaving 1.5; the call's 0.5 has faded for 37 days.
    double r = 0.5 * fade(CALL, ROME);
    assertEquals((r + 1) / (r + 1.5 + 2), inUsa(ROME), 1e-12);
    assertTrue(inUsa(ROME) > inUsa(CALL) && inUsa(CALL) > inUsa(ANNOUNCED));
    // Australia: acknowledgement and restitution each heal 1 of the breach's repairable 3.
    double kept = fade(LocalDate.of(2016, 4, 26), SETTLEMENT);
    assertEquals((kept + 1) / (kept + 2 + 2), inAus(SETTLEMENT), 1e-12);
    assertTrue(inAus(SETTLEMENT) > inAus(ANNOUNCED));
  }

  @Test
  void aYearOnTheScarsRemained() {
    assertTrue(inUsa(SETTLEMENT) < inUsa(BEFORE));
    assertTrue(inAus(SETTLEMENT) < inAus(BEFORE));
    assertTrue(inUsa(SETTLEMENT) < inUsa(ROME), "without further contact, the evidence of the call fades");
  }
}
