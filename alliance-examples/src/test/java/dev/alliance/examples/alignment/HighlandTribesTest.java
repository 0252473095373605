package dev.alliance.examples.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.api.alignment.SignedTie;
import dev.alliance.core.alignment.balance.BestPartition;
import dev.alliance.testkit.SharedData;
import dev.alliance.api.partner.PartnerId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lesson of Read's highland tribes; skipped visibly without the data set. The optima (7 for two
 * blocs, 2 for three) are checked against naive enumeration in alliance-core's GahukuGamaTest.
 */
class HighlandTribesTest {
  private static final HighlandTribes EXAMPLE = new HighlandTribes();

  @BeforeAll
  static void requireData() {
    SharedData.requireDataSet("gahuku_gama");
  }

  @Test
  void twoCampsLeaveSevenEnmitiesInsideTheLargerCamp() {
    BestPartition two = EXAMPLE.best(2).orElseThrow();
    assertEquals(7, two.count());
    assertEquals(7, two.frustration().negativeInside().size());
    assertEquals(12, two.partition().blocs().stream().mapToInt(Set::size).max().orElseThrow());
  }

  @Test
  void threeBlocsLeaveTwoAlliancesOfMasilAcrossBlocs() {
    BestPartition three = EXAMPLE.best(3).orElseThrow();
    assertEquals(2, three.count());
    assertEquals(3, three.partition().size());
    List<SignedTie> across = three.frustration().positiveAcross();
    assertEquals(2, across.size());
    assertTrue(across.stream().allMatch(t -> t.involves(PartnerId.of("MASIL"))), across.toString());
  }
}
