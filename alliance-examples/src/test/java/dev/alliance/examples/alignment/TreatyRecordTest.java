package dev.alliance.examples.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.api.agreement.Obligation;
import dev.alliance.api.typology.Structure;
import dev.alliance.atop.DisagreementKind;
import dev.alliance.testkit.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The summary of the ATOP record (Leeds, Ritter, Mitchell and Long 2002); skipped visibly without
 * the data set. The obligation and structure counts were recounted from the raw alliance-level
 * file with a separate script (defense 275, offense 81, neutral 122, nonagg 399, consul 377; 107
 * treaties coded bilat = 0 by ATOP).
 */
class TreatyRecordTest {
  private static TreatyRecord.Summary summary;

  @BeforeAll
  static void read() {
    SharedData.requireDataSet("atop_v4.01");
    summary = new TreatyRecord().summary().orElseThrow();
  }

  @Test
  void all745TreatiesAreSummarizedByObligation() {
    assertEquals(745, summary.treaties());
    assertEquals(275L, summary.byObligation().get(Obligation.DEFENSE));
    assertEquals(81L, summary.byObligation().get(Obligation.OFFENSE));
    assertEquals(122L, summary.byObligation().get(Obligation.NEUTRALITY));
    assertEquals(399L, summary.byObligation().get(Obligation.NON_AGGRESSION));
    assertEquals(377L, summary.byObligation().get(Obligation.CONSULTATION));
  }

  /** Most treaties are bilateral; the library's count differs from ATOP's flag by the disagreements. */
  @Test
  void mostTreatiesAreBilateralAndTheDisagreementsAreCounted() {
    long bilateral = summary.byStructure().get(Structure.BILATERAL);
    assertEquals(745, bilateral + summary.byStructure().get(Structure.MULTILATERAL));
    assertTrue(bilateral > 600);
    assertEquals(13L, summary.disagreements().get(DisagreementKind.BILATERAL_FLAG));
    assertEquals(0L, summary.disagreements().get(DisagreementKind.INVALID_IN_DOMAIN));
    assertEquals(DisagreementKind.values().length, summary.disagreements().size(), "every check is reported, zeros included");
    assertEquals(334L, summary.byLifetime().get(TreatyRecord.Lifetime.STILL_IN_EFFECT), "ATOP codes 334 treaties in effect");
  }
}
