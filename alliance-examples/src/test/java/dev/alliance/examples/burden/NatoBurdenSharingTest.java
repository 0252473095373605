package dev.alliance.examples.burden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.burden.BurdenReport;
import dev.alliance.core.exact.Rational;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * NATO 2024: the published shares of GDP (NATO, "Defence Expenditure of NATO Countries
 * (2014-2024)", June 2024) give 23 allies at or above 2% and eight below; the press reports of the
 * release name the same eight (Croatia, Portugal, Italy, Canada, Belgium, Luxembourg, Slovenia and
 * Spain) and the same count of 23.
 */
class NatoBurdenSharingTest {
  private final NatoBurdenSharing example = new NatoBurdenSharing();
  private final BurdenReport report = example.analysis();

  @Test
  void twentyThreeOfThirtyOneMeetTheGuidelineAndEightAreFlagged() {
    assertEquals(31, report.members().size());
    assertEquals(23, report.meetingTarget());
    assertEquals(
        List.of("HRV", "PRT", "ITA", "CAN", "BEL", "LUX", "SVN", "ESP"),
        report.flagged().stream().map(PartnerId::value).toList());
    assertEquals("ESP: burden-to-capacity ratio below the target (1.28% < 2.00%)", report.flags().get(7).toString());
    assertTrue(report.member(PartnerId.of("SVK")).orElseThrow().meetsTarget(), "exactly 2.00% meets the guideline");
  }

  @Test
  void theGapsAreMeasuredInPointsOfGdp() {
    assertEquals(Optional.of(Rational.of(-72, 10_000)), report.member(PartnerId.of("ESP")).orElseThrow().gapToTarget());
    assertEquals(Optional.of(Rational.of(212, 10_000)), report.member(PartnerId.of("POL")).orElseThrow().gapToTarget());
  }

  /**
   * The Gini coefficient by its definition over the 31 published ratios, computed independently:
   * the sum of |x_i - x_j| over all ordered pairs is 2,2231.5... and the mean 2.1958%, giving 0.1633.
   */
  @Test
  void theRatiosAreModeratelyUnequal() {
    List<Rational> ratios = report.members().stream().map(m -> m.ratio()).toList();
    Rational differences = Rational.ZERO;
    Rational sum = Rational.ZERO;
    for (Rational a : ratios) {
      sum = sum.plus(a);
      for (Rational b : ratios) {
        differences = differences.plus(a.compareTo(b) >= 0 ? a.minus(b) : b.minus(a));
      }
    }
    assertEquals(differences.dividedBy(Rational.of(2 * 31).times(sum)), report.gini());
    assertEquals("0.1633", report.gini().toBigDecimal(4, RoundingMode.HALF_EVEN).toPlainString());
    assertEquals(Optional.empty(), report.allianceRatio(), "ratios alone give no alliance-wide amounts");
  }

  @Test
  void theUnitedStatesCarriesAboutTwoThirdsOfAlliedSpending() {
    assertEquals("65.6", example.usShareOfSpending().times(Rational.of(100)).toBigDecimal(1, RoundingMode.HALF_EVEN).toPlainString());
  }
}
