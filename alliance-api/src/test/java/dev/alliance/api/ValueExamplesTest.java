package dev.alliance.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.api.agreement.AssetDivision;
import dev.alliance.api.agreement.ExitClause;
import dev.alliance.api.objective.Direction;
import dev.alliance.api.objective.Objective;
import dev.alliance.api.objective.Priority;
import dev.alliance.api.partner.PartnerId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

/** Hand-checked examples of the small value types and the error format. */
class ValueExamplesTest {

  @Test
  void errorsNameTheFieldTheValueAndTheRule() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> DateRange.of(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 1)));
    assertEquals("DateRange.end", e.field());
    assertEquals("2020-01-01", e.value());
    assertEquals("DateRange.end = 2020-01-01: must not be before start 2020-01-02", e.getMessage());
  }

  @Test
  void blankIdentitiesAreRejectedWithQuotedValues() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> PartnerId.of("  "));
    assertEquals("PartnerId.value = \"  \": must not be blank", e.getMessage());
    assertThrows(InvalidValueException.class, () -> PartnerId.of(" FRA"));
  }

  @Test
  void dateRangesContainTheirEndsAndOverlapWhenTheyShareADay() {
    DateRange year = DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
    assertTrue(year.contains(LocalDate.of(2024, 1, 1)));
    assertTrue(year.contains(LocalDate.of(2024, 12, 31)));
    assertFalse(year.contains(LocalDate.of(2025, 1, 1)));
    assertTrue(year.overlaps(DateRange.of(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 6, 1))));
    assertFalse(year.overlaps(DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 1))));
  }

  /**
   * The United Kingdom gave notice under Article 50 TEU on 29 March 2017; with the two-year
   * period the withdrawal would have taken effect on 29 March 2019 (it was later extended).
   */
  @Test
  void article50WithdrawalTakesEffectTwoYearsAfterNotice() {
    ExitClause article50 = ExitClause.of(Period.ofYears(2), AssetDivision.NEGOTIATED);
    assertEquals(LocalDate.of(2019, 3, 29), article50.effectiveOn(LocalDate.of(2017, 3, 29)));
    assertTrue(article50.obligationsContinueDuringNotice());
    assertThrows(InvalidValueException.class, () -> ExitClause.of(Period.ofDays(-1), AssetDivision.EQUAL));
  }

  @Test
  void natoTwoPercentObjectiveMeasuresProgressFromBaseline() {
    Objective twoPercent =
        Objective.builder()
            .name("Defense spending at 2% of GDP")
            .metric("defense spending, % of GDP")
            .baseline(new BigDecimal("1.4"))
            .target(new BigDecimal("2.0"))
            .deadline(LocalDate.of(2024, 12, 31))
            .priority(Priority.CORE)
            .build();
    assertEquals(Direction.INCREASE, twoPercent.direction());
    assertEquals(0, new BigDecimal("0.5").compareTo(twoPercent.progress(new BigDecimal("1.7"))));
    assertEquals(0, BigDecimal.ZERO.compareTo(twoPercent.progress(new BigDecimal("1.0"))));
    assertEquals(0, BigDecimal.ONE.compareTo(twoPercent.progress(new BigDecimal("2.6"))));
    assertTrue(twoPercent.isMetBy(new BigDecimal("2.0")));
    assertFalse(twoPercent.isMetBy(new BigDecimal("1.99")));
    assertTrue(twoPercent.isOverdueOn(LocalDate.of(2025, 1, 1)));
  }

  @Test
  void anObjectiveWhoseTargetIsItsBaselineHasNothingToAchieve() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                Objective.builder()
                    .name("Stand still")
                    .metric("members")
                    .baseline(BigDecimal.TEN)
                    .target(new BigDecimal("10.0"))
                    .deadline(LocalDate.of(2030, 1, 1))
                    .priority(Priority.ASPIRATIONAL)
                    .build());
    assertEquals("Objective.target", e.field());
  }
}
