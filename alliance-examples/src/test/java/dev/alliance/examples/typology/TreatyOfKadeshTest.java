package dev.alliance.examples.typology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.api.agreement.Agreement;
import dev.alliance.api.agreement.ClauseKind;
import dev.alliance.api.alliance.Alliance;
import dev.alliance.api.typology.PowerSymmetry;
import dev.alliance.api.typology.Structure;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The lesson of Kadesh: succession and mutual defense yes; exit, disputes and review no. */
class TreatyOfKadeshTest {
  private final TreatyOfKadesh example = new TreatyOfKadesh();

  @Test
  void isABilateralPactBetweenPowersOfComparableStrength() {
    Alliance kadesh = example.alliance();
    assertEquals(Optional.of(Structure.BILATERAL), kadesh.structure());
    // 3,500 Hittite against 2,000 Egyptian chariots: a ratio of 1.75, within the factor of two.
    assertEquals(Optional.of(PowerSymmetry.SYMMETRIC), kadesh.powerSymmetry(TreatyOfKadesh.CHARIOTS));
  }

  @Test
  void boundSuccessorsAndPromisedMutualDefense() {
    Agreement treaty = example.treaty();
    assertTrue(treaty.hasClause(ClauseKind.SUCCESSION));
    assertTrue(treaty.hasClause(ClauseKind.COLLECTIVE_DEFENSE));
  }

  @Test
  void plannedNoWayOutAndNoWayToSettleDisputes() {
    Agreement treaty = example.treaty();
    assertTrue(treaty.missingEssentialClauses().contains(ClauseKind.EXIT));
    assertTrue(treaty.missingEssentialClauses().contains(ClauseKind.DISPUTE_RESOLUTION));
    assertTrue(treaty.missingEssentialClauses().contains(ClauseKind.REVIEW));
    assertFalse(treaty.isComplete());
  }

  @Test
  void reportsItsLesson() {
    String text = example.run().render();
    assertTrue(text.contains("Essential clauses missing by today's standard: [GOVERNANCE, INTELLECTUAL_PROPERTY, EXIT, DISPUTE_RESOLUTION, REVIEW]"));
  }
}
