package dev.alliance.examples.negotiation;

import static dev.alliance.examples.negotiation.CampDavid.EGY;
import static dev.alliance.examples.negotiation.CampDavid.ISR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.core.negotiation.Bargaining;
import dev.alliance.core.negotiation.IntegrativeAnalysis;
import dev.alliance.core.negotiation.MediatorReport;
import dev.alliance.core.negotiation.NashSolution;
import dev.alliance.core.negotiation.Zopa;
import dev.alliance.core.exact.Rational;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Camp David: no zone of agreement on positions, one with the mediator's package. The figures follow
 * from the stances in {@link CampDavid} by hand: in the framed negotiation Egypt's utility is (5
 * Sinai + 1 demilitarisation + 1 peace + 2 Palestine) / 9 and Israel's (1 Sinai + 3 demilitarisation
 * + 4 peace + 2 Palestine) / 10, each term the progress from reservation to ideal point.
 */
class CampDavidTest {
  private final CampDavid example = new CampDavid();

  @Test
  void onTheirPositionsThereIsNoZoneOfAgreement() {
    Zopa zopa = Bargaining.of(example.positions()).zopa();
    assertTrue(zopa.isEmpty());
    assertEquals(2, zopa.gaps().size());
    assertEquals(Optional.of(new BigDecimal("10")), zopa.issues().get(0).gap(), "Egypt wants all of the Sinai, Israel returns at most 90%");
    assertEquals(Optional.of(new BigDecimal("50")), zopa.issues().get(1).gap(), "Egypt needs 80 on the Palestinian question, Israel offers at most 30");
  }

  @Test
  void theMediatorsPackageCreatesOneAndBothGainOverTheirBatnas() {
    Bargaining table = Bargaining.of(example.mediated());
    Zopa zopa = table.zopa();
    assertFalse(zopa.isEmpty());
    // The Sinai in full, full peace; demilitarisation 50, 75 or 100; Palestine 30 or 40: six offers,
    // every one worth at least 5/9 to Egypt and 4/10 to Israel, above their BATNAs 0.2 and 0.3.
    assertEquals(BigInteger.valueOf(6), zopa.acceptable());
    MediatorReport carter = table.mediate(example.carter());
    assertTrue(carter.isAcceptableToAll());
    // Egypt: (5 + 0 + 0 + 2 x (40 - 30) / 70) / 9 = 37/63; Israel: (0 + 3 + 4 + 0) / 10 = 7/10.
    assertEquals(Rational.of(37, 63), carter.assessment().party(EGY).utility());
    assertEquals(Rational.of(7, 10), carter.assessment().party(ISR).utility());
    assertEquals(Rational.of(122, 315), carter.assessment().party(EGY).gain());
    assertEquals(Rational.of(2, 5), carter.assessment().party(ISR).gain());
    assertEquals(Optional.empty(), carter.dominatedBy(), "no other package is better for one without being worse for the other");
  }

  @Test
  void theTradeIsLandForPeace() {
    Bargaining table = Bargaining.of(example.mediated());
    IntegrativeAnalysis analysis = table.logRolling(EGY, ISR, example.carter());
    assertEquals(Optional.of(EGY), analysis.priorities().get(0).valuedMoreBy(), "Egypt values the Sinai more");
    assertEquals(Optional.of(ISR), analysis.priorities().get(2).valuedMoreBy(), "Israel values peace and recognition more");
    assertTrue(analysis.trades().stream().anyMatch(t -> t.forA().equals(CampDavid.SINAI) && t.forB().equals(CampDavid.PEACE)));
    assertEquals(0, analysis.improving(), "the package already exhausts the trades");
    // The Nash solution differs only on the Palestinian question: 30 instead of 40, with gains
    // 5/9 - 1/5 = 16/45 and 3/4 - 3/10 = 9/20, product 4/25.
    NashSolution nash = table.nash().orElseThrow();
    assertEquals(new BigDecimal("30"), nash.offer().term(CampDavid.PALESTINE));
    assertEquals(Rational.of(4, 25), nash.product());
  }

  @Test
  void theReportRuns() {
    assertTrue(example.run().render().contains("Pareto-optimal"));
  }
}
