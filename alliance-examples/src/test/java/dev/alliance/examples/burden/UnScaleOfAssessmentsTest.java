package dev.alliance.examples.burden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.costsharing.Allocation;
import dev.alliance.core.costsharing.Binding;
import dev.alliance.core.costsharing.Share;
import dev.alliance.core.exact.Rational;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The UN rules (A/RES/73/271, paragraph 6 (f) to (h): floor 0.001%, least developed countries'
 * ceiling 0.01%, ceiling 22%) on the stylised membership.
 */
class UnScaleOfAssessmentsTest {
  private final UnScaleOfAssessments example = new UnScaleOfAssessments();
  private final Allocation assessed = example.assessed();

  @Test
  void everyBoundBindsExactlyWhereItShould() {
    assertEquals(Rational.of(22, 100), assessed.fractionOf(PartnerId.of("GIANT")));
    assertEquals(Binding.CEILING, assessed.shareOf(PartnerId.of("GIANT")).binding());
    assertEquals(Rational.of(1, 10_000), assessed.fractionOf(UnScaleOfAssessments.LDC));
    assertEquals(Binding.CEILING, assessed.shareOf(UnScaleOfAssessments.LDC).binding());
    assertEquals(Rational.of(1, 100_000), assessed.fractionOf(PartnerId.of("MICRO")));
    assertEquals(Binding.FLOOR, assessed.shareOf(PartnerId.of("MICRO")).binding());
  }

  /** Without bounds GIANT would pay 30%, 900,000,000.00; capped at 660,000,000.00, the 240,000,000.00 moves to the others. */
  @Test
  void theCeilingMovesTheExcessOntoTheOthers() {
    Allocation unbounded = example.unbounded();
    assertEquals(new BigDecimal("900000000.00"), unbounded.amountOf(PartnerId.of("GIANT")));
    assertEquals(new BigDecimal("660000000.00"), assessed.amountOf(PartnerId.of("GIANT")));
    BigDecimal bigBefore = unbounded.amountOf(PartnerId.of("BIG1"));
    BigDecimal bigAfter = assessed.amountOf(PartnerId.of("BIG1"));
    assertEquals(1, bigAfter.compareTo(bigBefore));
  }

  @Test
  void theAssessmentsAddUpToTheBudgetToTheCent() {
    BigDecimal sum = assessed.shares().stream().map(Share::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(UnScaleOfAssessments.BUDGET.amount(), sum);
  }
}
