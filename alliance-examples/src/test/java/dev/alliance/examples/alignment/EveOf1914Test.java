package dev.alliance.examples.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.api.alignment.Configuration;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.alignment.landscape.ActorFrustration;
import dev.alliance.core.alignment.landscape.ConfigurationReport;
import dev.alliance.core.alignment.landscape.EnergyLandscape;
import dev.alliance.core.alignment.landscape.LandscapeSearch;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The landscape of 1914, with the figures worked by hand in {@link EveOf1914}'s documentation. */
class EveOf1914Test {
  private final EveOf1914 example = new EveOf1914();
  private final EnergyLandscape energy = EnergyLandscape.of(example.landscape());

  @Test
  void thePropensitiesAreTheDocumentedSums() {
    assertEquals(-2, example.landscape().propensity(PartnerId.of("AUH"), PartnerId.of("ITA")));
    assertEquals(-2, example.landscape().propensity(PartnerId.of("FRA"), PartnerId.of("DEU")));
    assertEquals(0, example.landscape().propensity(PartnerId.of("DEU"), PartnerId.of("AUH")));
    assertEquals(1, example.landscape().propensity(PartnerId.of("ITA"), PartnerId.of("DEU")));
    assertEquals(0, example.landscape().propensity(PartnerId.of("GBR"), PartnerId.of("DEU")));
  }

  @Test
  void theAlignmentOfJuly1914IsUnstableBecauseItalyAndAustriaWouldSwitch() {
    ConfigurationReport july = energy.explain(EveOf1914.july1914());
    assertEquals(-3, july.energy());
    assertFalse(july.isStable());
    assertEquals(List.of("AUH", "ITA"), july.restless().stream().map(a -> a.actor().value()).toList());
    ActorFrustration italy = july.actors().get(5);
    assertEquals(0, italy.frustration());
    assertEquals(-1, italy.frustrationIfSwitched());
  }

  @Test
  void italyBesideTheEntenteIsStableAndSharesTheLowestEnergy() {
    ConfigurationReport may1915 = energy.explain(EveOf1914.italyWithTheEntente());
    assertEquals(-4, may1915.energy());
    assertTrue(may1915.isStable());
    LandscapeSearch search = example.search();
    assertTrue(search.exhaustive());
    assertEquals(32, search.configurationsExamined());
    assertEquals(3, search.minima().size());
    assertTrue(search.minima().get(0).configuration().sameAlignment(EveOf1914.italyWithTheEntente()));
    assertEquals(16, search.minima().get(0).basinSize());
    Configuration austriaWithTheEntente =
        Configuration.of(
            List.of("GBR", "FRA", "RUS", "AUH").stream().map(PartnerId::of).toList(),
            List.of("DEU", "ITA").stream().map(PartnerId::of).toList());
    assertTrue(search.minima().get(1).configuration().sameAlignment(austriaWithTheEntente));
    assertEquals(-4, search.minima().get(1).energy());
    assertEquals(14, search.minima().get(1).basinSize());
    assertEquals(-2, search.minima().get(2).energy());
    assertEquals(2, search.minima().get(2).basinSize());
  }
}
