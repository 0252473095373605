package dev.alliance.examples.negotiation;

import static dev.alliance.examples.negotiation.Suez1956.ATTACK;
import static dev.alliance.examples.negotiation.Suez1956.BERMUDA;
import static dev.alliance.examples.negotiation.Suez1956.EVE;
import static dev.alliance.examples.negotiation.Suez1956.FRA;
import static dev.alliance.examples.negotiation.Suez1956.GBR;
import static dev.alliance.examples.negotiation.Suez1956.USA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.api.event.RelationsEvent;
import dev.alliance.api.event.RecordedEvent;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Suez: the United States' trust in Britain before and after the attack, worked out by hand from the
 * default model: relational trust is (r + 1) / (r + s + 2), each consultation adds 0.5 to r and fades
 * by half every 730 days, the act without consultation adds a wound of 3. Dates: the tripartite
 * talks of 1 August, the London conference of 16 August and the users' association plan of 12
 * September 1956, the ultimatum of 30 October and attack of 31 October, the ceasefire of 6 November
 * and the last troops out on 22 December 1956 (Al-Ahram Weekly's chronology of the crisis); Bermuda
 * from 21 March 1957 (Foreign Relations of the United States 1955-57, vol. XXVII, doc. 268; Time, 25
 * March 1957, which also notes that no British acknowledgement of regret had been made).
 */
class Suez1956Test {
  private final RelationsRecord nato = new Suez1956().record();

  private static double fade(long days) {
    return Math.pow(0.5, days / 730.0);
  }

  @Test
  void consultationBuiltTrustAndTheUnilateralAttackNearlyHalvedIt() {
    // On 30 October the consultations are 90, 75 and 48 days old.
    double r = 0.5 * (fade(90) + fade(75) + fade(48));
    assertEquals((r + 1) / (r + 2), nato.trust(USA, GBR, EVE).level(), 1e-12);
    // A day later: one more day of fading, and a wound of 3.
    double r1 = 0.5 * (fade(91) + fade(76) + fade(49));
    assertEquals((r1 + 1) / (r1 + 3 + 2), nato.trust(USA, GBR, ATTACK).level(), 1e-12);
    assertTrue(nato.trust(USA, GBR, ATTACK).level() < 0.55 * nato.trust(USA, GBR, EVE).level());
    assertEquals(nato.trust(USA, GBR, ATTACK).level(), nato.trust(USA, FRA, ATTACK).level(), 1e-15, "France did the same");
  }

  @Test
  void withoutAcknowledgementTrustStaysBelowItsFormerLevel() {
    assertTrue(
        nato.history().stream().map(RecordedEvent::event).noneMatch(RelationsEvent.BreachAcknowledged.class::isInstance),
        "no acknowledgement was made");
    double before = nato.trust(USA, GBR, EVE).level();
    double after = nato.trust(USA, GBR, BERMUDA).level();
    assertTrue(after > nato.trust(USA, GBR, ATTACK).level(), "the repairs counted");
    assertTrue(after < before, "but trust stayed below its summer level");
    // The ceasefire healed a third of the repairable 2.25 of the wound; 2.25 remains.
    double r = 0.5 * (fade(232) + fade(217) + fade(190)) + fade(89) + 0.5;
    assertEquals((r + 1) / (r + 2.25 + 2), after, 1e-12);
    assertEquals(5, Suez1956.keptUndertakingsToRegain(nato, before));
    assertTrue(nato.trust(USA, FRA, BERMUDA).level() < after, "France was not at Bermuda");
  }

  @Test
  void britainsTrustInTheUnitedStatesFellToo() {
    assertEquals(0.5, nato.trust(GBR, USA, EVE).level(), 1e-15);
    assertEquals(1.0 / 5, nato.trust(GBR, USA, LocalDate.of(1956, 11, 6)).level(), 1e-15);
    assertEquals(1.5 / 5.5, nato.trust(GBR, USA, BERMUDA).level(), 1e-15, "Bermuda: one consultation, the wound unrepaired");
  }
}
