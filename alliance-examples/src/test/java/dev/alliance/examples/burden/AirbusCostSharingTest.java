package dev.alliance.examples.burden;

import static dev.alliance.examples.burden.AirbusCostSharing.AEROSPATIALE;
import static dev.alliance.examples.burden.AirbusCostSharing.BAE;
import static dev.alliance.examples.burden.AirbusCostSharing.CASA;
import static dev.alliance.examples.burden.AirbusCostSharing.DEUTSCHE_AIRBUS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.core.costsharing.Allocation;
import dev.alliance.core.costsharing.Share;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Airbus Industrie's shares: 50/50 (1970), 47.9/47.9/4.2 (1971), 37.9/37.9/20/4.2 (1979), as told
 * in the history of Airbus (Wikipedia, "Airbus", section "Origins"), applied to the illustrative
 * budget of 123,456,789.00 with hand-checked figures.
 */
class AirbusCostSharingTest {
  private final AirbusCostSharing example = new AirbusCostSharing();

  @Test
  void eachPeriodsSplitAddsUpToTheBudget() {
    for (String period : AirbusCostSharing.SHARES.keySet()) {
      Allocation split = example.split(period);
      assertEquals(AirbusCostSharing.BUDGET.amount(), split.shares().stream().map(Share::amount).reduce(BigDecimal.ZERO, BigDecimal::add), period);
    }
  }

  /**
   * 1971: 47.9% of 12,345,678,900 cents is 5,913,580,193.1 cents each, 4.2% is 518,518,513.8:
   * rounded down they leave 1 cent, which goes to CASA's larger remainder (0.8 against 0.1).
   */
  @Test
  void theCentLeftOverGoesToTheLargestRemainder() {
    Allocation split = example.split("October 1971");
    assertEquals(new BigDecimal("59135801.93"), split.amountOf(AEROSPATIALE));
    assertEquals(new BigDecimal("59135801.93"), split.amountOf(DEUTSCHE_AIRBUS));
    assertEquals(new BigDecimal("5185185.14"), split.amountOf(CASA));
    assertTrue(split.shareOf(CASA).roundedUp());
  }

  @Test
  void britishAerospaceTookAFifthIn1979() {
    Allocation split = example.split("January 1979");
    assertEquals(new BigDecimal("24691357.80"), split.amountOf(BAE));
    assertEquals(new BigDecimal("46790123.03"), split.amountOf(AEROSPATIALE));
  }
}
