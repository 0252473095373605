package dev.alliance.examples.burden;

import static dev.alliance.examples.burden.JointVentureShapley.MAKE;
import static dev.alliance.examples.burden.JointVentureShapley.SELL;
import static dev.alliance.examples.burden.JointVentureShapley.TECH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.benefit.CoreCheck;
import dev.alliance.core.benefit.Shapley;
import dev.alliance.core.exact.Rational;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The venture's Shapley value by hand: over the six orders TECH adds 0, 0, 60, 80, 40, 80 (mean
 * 130/3), MAKE 60, 60, 0, 0, 60, 20 (100/3), SELL 40, 40, 40, 20, 0, 0 (70/3).
 */
class JointVentureShapleyTest {
  private final JointVentureShapley example = new JointVentureShapley();

  @Test
  void theShapleyValueIsEachPartnersAverageMarginalContribution() {
    assertEquals(List.of(Rational.of(130, 3), Rational.of(100, 3), Rational.of(70, 3)), Shapley.exact(JointVentureShapley.venture()).values());
    assertEquals(
        // Every remainder is a third of a cent; the cent left over goes to MAKE, first in identity order.
        Map.of(TECH, new BigDecimal("43.33"), MAKE, new BigDecimal("33.34"), SELL, new BigDecimal("23.33")),
        example.divisions().get("Shapley value"));
  }

  @Test
  void theSplitByCapitalWouldLoseTechAndMake() {
    CoreCheck byCapital = CoreCheck.of(JointVentureShapley.venture(), example.divisions().get("by capital (1:1:2)"));
    assertFalse(byCapital.isInCore());
    assertEquals(new TreeSet<PartnerId>(Set.of(TECH, MAKE)), byCapital.blocking().orElseThrow().coalition());
    assertEquals(new BigDecimal("10.00"), byCapital.blocking().orElseThrow().gain());
  }

  @Test
  void theShapleySplitIsStable() {
    assertTrue(CoreCheck.of(JointVentureShapley.venture(), example.divisions().get("Shapley value")).isInCore());
  }
}
