package dev.alliance.core.burden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.alliance.api.InvalidValueException;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.exact.Rational;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Burden shares, targets, free-rider rules and the Gini coefficient, with hand-checked figures. */
class BurdenSharingTest {
  private static final PartnerId A = PartnerId.of("A");
  private static final PartnerId B = PartnerId.of("B");
  private static final PartnerId C = PartnerId.of("C");
  private static final Target TWO_PERCENT = new Target("2% of capacity", new BigDecimal("0.02"));

  /** Burdens 30, 10, 20 on capacities of 1000 each: ratios 3%, 1%, 2%. */
  private static BurdenSharing three() {
    return BurdenSharing.of(
        List.of(
            BurdenEntry.of(A, new BigDecimal("30"), new BigDecimal("1000")),
            BurdenEntry.of(B, new BigDecimal("10"), new BigDecimal("1000")),
            BurdenEntry.of(C, new BigDecimal("20"), new BigDecimal("1000"))));
  }

  /**
   * A bears half the burden with a third of the capacity; B a sixth. Against 2%: B is 1 point
   * short, 10 in money. The ratios 3%, 2%, 1% are in the proportions 3 : 2 : 1, whose Gini
   * coefficient is (|1-2| + |1-3| + |2-3|) x 2 / (2 x 3^2 x 2) = 2/9.
   */
  @Test
  void sharesTargetsAndGini() {
    BurdenReport report = three().withTarget(TWO_PERCENT).withRule(FreeRiderRule.belowTarget()).report();
    MemberBurden a = report.member(A).orElseThrow();
    assertEquals(Optional.of(Rational.of(1, 2)), a.burdenShare());
    assertEquals(Optional.of(Rational.of(1, 3)), a.capacityShare());
    assertEquals(Optional.of(Rational.of(3, 2)), a.burdenToCapacityShares());
    MemberBurden b = report.member(B).orElseThrow();
    assertEquals(Rational.of(1, 100), b.ratio());
    assertEquals(Optional.of(Rational.of(-1, 100)), b.gapToTarget());
    assertEquals(0, new BigDecimal("10").compareTo(b.shortfall().orElseThrow()));
    assertEquals(0, BigDecimal.ZERO.compareTo(a.shortfall().orElseThrow()));
    assertEquals(List.of(B), report.flagged());
    assertEquals("B: burden-to-capacity ratio below the target (1.00% < 2.00%)", report.flags().get(0).toString());
    assertEquals(2, report.meetingTarget());
    assertEquals(Rational.of(2, 9), report.gini());
    assertEquals(Optional.of(Rational.of(2, 100)), report.allianceRatio());
  }

  /**
   * With a 20% tolerance, a member is flagged when its burden share is below 80% of its capacity
   * share: B's 16.67% is below 26.67%; C's 33.33% is not.
   */
  @Test
  void theCapacityShareRuleFlagsThoseWhoBearLessThanTheirSize() {
    BurdenReport report = three().withRule(FreeRiderRule.burdenShareBelowCapacityShare(new BigDecimal("0.2"))).report();
    assertEquals(List.of(B), report.flagged());
    assertEquals("burden share 16.67% < 26.67% (capacity share 33.33%)", report.flags().get(0).figures());
  }

  /** Benefits 50, 25, 25: C bears a third but draws a quarter; B bears a sixth and draws a quarter. */
  @Test
  void theBenefitShareRuleComparesBurdenWithWhatEachDraws() {
    BurdenSharing withBenefits =
        BurdenSharing.of(
            List.of(
                BurdenEntry.of(A, new BigDecimal("30"), new BigDecimal("1000")).withBenefit(new BigDecimal("50")),
                BurdenEntry.of(B, new BigDecimal("10"), new BigDecimal("1000")).withBenefit(new BigDecimal("25")),
                BurdenEntry.of(C, new BigDecimal("20"), new BigDecimal("1000")).withBenefit(new BigDecimal("25"))));
    BurdenReport report = withBenefits.withRule(FreeRiderRule.burdenShareBelowBenefitShare(BigDecimal.ZERO)).report();
    assertEquals(List.of(B), report.flagged());
    assertEquals(Optional.of(Rational.of(1, 4)), report.member(C).orElseThrow().benefitShare());
  }

  @Test
  void ratiosAloneGiveTargetsAndGiniButNoShares() {
    BurdenSharing ratios =
        BurdenSharing.of(
            List.of(BurdenEntry.ofRatio(A, new BigDecimal("0.0412")), BurdenEntry.ofRatio(B, new BigDecimal("0.0128"))));
    BurdenReport report = ratios.withTarget(TWO_PERCENT).withRule(FreeRiderRule.belowTarget()).report();
    assertEquals(List.of(B), report.flagged());
    assertEquals(Optional.empty(), report.member(A).orElseThrow().burdenShare());
    assertEquals(Optional.empty(), report.member(A).orElseThrow().shortfall());
    assertEquals(Optional.empty(), report.allianceRatio());
    InvalidValueException needsAmounts =
        assertThrows(InvalidValueException.class, () -> ratios.withRule(FreeRiderRule.burdenShareBelowCapacityShare(BigDecimal.ZERO)).report());
    assertEquals("needs every member's burden and capacity, not only ratios", needsAmounts.rule());
    assertThrows(InvalidValueException.class, () -> ratios.withRule(FreeRiderRule.belowTarget()).report());
  }

  @Test
  void badEntriesAreRejected() {
    assertThrows(InvalidValueException.class, () -> BurdenEntry.of(A, BigDecimal.ONE, BigDecimal.ZERO));
    assertThrows(InvalidValueException.class, () -> new BurdenEntry(A, Optional.of(BigDecimal.ONE), Optional.of(BigDecimal.TEN), Optional.of(BigDecimal.ONE), Optional.empty()));
    assertThrows(InvalidValueException.class, () -> BurdenSharing.of(List.of(BurdenEntry.ofRatio(A, BigDecimal.ONE), BurdenEntry.ofRatio(A, BigDecimal.ONE))));
    assertThrows(InvalidValueException.class, () -> FreeRiderRule.burdenShareBelowCapacityShare(BigDecimal.ONE));
  }

  @Test
  void theTextRenderingIsAViewOfTheData() {
    BurdenReport report = three().withTarget(TWO_PERCENT).withRule(FreeRiderRule.belowTarget()).report();
    assertEquals(
        List.of(
            "member  ratio  burden share  capacity share  vs target  flag",
            "------  -----  ------------  --------------  ---------  ----------",
            "A       3.00%        50.00%          33.33%  +1.00 pts",
            "B       1.00%        16.67%          33.33%  -1.00 pts  free rider",
            "C       2.00%        33.33%          33.33%  +0.00 pts",
            "2 of 3 members meet the target (2% of capacity)",
            "alliance-wide ratio: 2.00%",
            "Gini coefficient of the burden-to-capacity ratios: 0.2222",
            "free riders by rule \"burden-to-capacity ratio below the target\": B"),
        report.lines());
  }

  @Test
  void giniHasItsTextbookExtremes() {
    assertEquals(Rational.ZERO, Inequality.gini(List.of(Rational.of(5), Rational.of(5), Rational.of(5))));
    assertEquals(Rational.of(2, 3), Inequality.gini(List.of(Rational.ZERO, Rational.ZERO, Rational.of(7))));
    assertEquals(Rational.ZERO, Inequality.gini(List.of(Rational.ZERO, Rational.ZERO)));
    assertThrows(InvalidValueException.class, () -> Inequality.gini(List.of()));
  }
}
