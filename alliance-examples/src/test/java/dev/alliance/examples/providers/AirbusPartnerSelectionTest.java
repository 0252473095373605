package dev.alliance.examples.providers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.core.scoring.DefaultPartnerScorer;
import dev.alliance.core.scoring.RankedCandidate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The partner-selection lesson, on the computed ranking and its components. */
class AirbusPartnerSelectionTest {
  private final List<RankedCandidate> ranking = new AirbusPartnerSelection().ranking();

  private static double component(RankedCandidate r, String name) {
    return r.score().component(name).orElseThrow().value().getAsDouble();
  }

  @Test
  void fokkerBringsBothLackingCapabilitiesAndRanksFirst() {
    assertEquals(List.of("FOKKER-VFW", "CASA", "HAWKER-SIDDELEY"), ranking.stream().map(r -> r.candidate().partner().id().value()).toList());
    assertEquals(1.0, component(ranking.get(0), DefaultPartnerScorer.COMPLEMENTARITY));
  }

  @Test
  void casaAndHawkerSiddeleyBringOneEachAndCasaIsCloserOnValuesAndCulture() {
    RankedCandidate casa = ranking.get(1);
    RankedCandidate hawker = ranking.get(2);
    assertEquals(0.5, component(casa, DefaultPartnerScorer.COMPLEMENTARITY));
    assertEquals(0.5, component(hawker, DefaultPartnerScorer.COMPLEMENTARITY));
    assertEquals(component(casa, DefaultPartnerScorer.REPUTATION), component(hawker, DefaultPartnerScorer.REPUTATION));
    assertTrue(component(casa, DefaultPartnerScorer.ALIGNMENT) > component(hawker, DefaultPartnerScorer.ALIGNMENT));
    assertTrue(component(casa, DefaultPartnerScorer.CULTURE) > component(hawker, DefaultPartnerScorer.CULTURE));
  }
}
