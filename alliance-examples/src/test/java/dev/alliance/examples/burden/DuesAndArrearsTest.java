package dev.alliance.examples.burden;

import static dev.alliance.examples.burden.DuesAndArrears.HIGH;
import static dev.alliance.examples.burden.DuesAndArrears.LOW;
import static dev.alliance.examples.burden.DuesAndArrears.MID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.api.event.ContributionEvent;
import dev.alliance.api.event.RecordedEvent;
import dev.alliance.core.exact.Rational;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Article 19 of the UN Charter applied to the stylised organisation on 1 January 2024: arrears
 * against the dues of 2022 and 2023.
 */
class DuesAndArrearsTest {
  private final Map<dev.alliance.api.partner.PartnerId, DuesAndArrears.Standing> standings = new DuesAndArrears().article19();

  @Test
  void midOwesExactlyItsLastTwoYearsAndLosesItsVote() {
    DuesAndArrears.Standing mid = standings.get(MID);
    assertEquals(new BigDecimal("200000.00"), mid.arrears());
    assertEquals(new BigDecimal("200000.00"), mid.duesOfTwoYears());
    assertTrue(mid.losesVote());
    assertEquals(Rational.of(1, 3), mid.fulfillment().ratio());
  }

  @Test
  void lowOwesLessThanTwoYearsAndKeepsItsVote() {
    DuesAndArrears.Standing low = standings.get(LOW);
    assertEquals(new BigDecimal("15000.00"), low.arrears());
    assertFalse(low.losesVote());
    assertEquals(Rational.of(1, 2), low.fulfillment().ratio());
    assertFalse(standings.get(HIGH).losesVote());
    assertEquals(3, standings.get(HIGH).fulfillment().fulfilledOnTime());
  }

  @Test
  void everyMissedDueDateAndTheLatePaymentAreOnTheRecord() {
    List<RecordedEvent> history = new DuesAndArrears().books().history();
    List<ContributionEvent.CommitmentMissed> missed = history.stream().map(RecordedEvent::event)
        .filter(ContributionEvent.CommitmentMissed.class::isInstance).map(ContributionEvent.CommitmentMissed.class::cast).toList();
    assertEquals(6, missed.size(), "MID and LOW, three years each");
    assertTrue(history.stream().map(RecordedEvent::event).anyMatch(
        e -> e.equals(new ContributionEvent.CommitmentFulfilled(DuesAndArrears.dues(MID, 2021), MID, java.time.LocalDate.of(2021, 1, 31), true, java.time.LocalDate.of(2021, 3, 15)))));
  }
}
