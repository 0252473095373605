package dev.alliance.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.command.ContributionCommand;
import dev.alliance.api.contribution.CommitmentId;
import dev.alliance.api.contribution.ContributionKind;
import dev.alliance.api.contribution.Valuation;
import dev.alliance.api.event.ContributionEvent;
import dev.alliance.api.ip.FieldOfUse;
import dev.alliance.api.ip.IpAssetId;
import dev.alliance.api.ip.Licence;
import dev.alliance.api.ip.LicenceId;
import dev.alliance.api.ip.Royalty;
import dev.alliance.api.ip.Territory;
import dev.alliance.api.partner.PartnerId;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Hand-checked examples of the contribution events and commands and of the IP values. */
class ContributionAndIpExamplesTest {
  private static final CommitmentId C = CommitmentId.of("dues-2024-POL");
  private static final PartnerId POL = PartnerId.of("POL");
  private static final LocalDate JAN = LocalDate.of(2024, 1, 15);
  private static final LocalDate DEC = LocalDate.of(2024, 12, 31);

  @Test
  void commitmentsNeedAnAmountAndADueDateNotBeforeTheirDay() {
    InvalidValueException zero =
        assertThrows(InvalidValueException.class, () -> new ContributionEvent.CommitmentMade(C, POL, ContributionKind.CAPITAL, "dues", Valuation.of("0", "EUR"), DEC, JAN));
    assertEquals("CommitmentMade.amount = 0 EUR: must be more than zero", zero.getMessage());
    InvalidValueException early =
        assertThrows(InvalidValueException.class, () -> new ContributionCommand.CommitContribution(AllianceId.of("nato"), C, POL, ContributionKind.CAPITAL, "dues", Valuation.of("1", "EUR"), JAN, DEC));
    assertEquals("CommitContribution.dueOn = 2024-01-15: must not be before the day of the commitment 2024-12-31", early.getMessage());
    assertThrows(InvalidValueException.class, () -> new ContributionCommand.DeliverContribution(AllianceId.of("nato"), C, Valuation.of("0", "EUR"), JAN));
  }

  @Test
  void aMissIsRecordedAfterTheDueDateAndAFulfillmentSaysTrulyWhetherItWasLate() {
    assertThrows(InvalidValueException.class, () -> new ContributionEvent.CommitmentMissed(C, POL, DEC, Valuation.of("1", "EUR"), DEC));
    InvalidValueException untrue = assertThrows(InvalidValueException.class, () -> new ContributionEvent.CommitmentFulfilled(C, POL, JAN, false, DEC));
    assertEquals("CommitmentFulfilled.late = false: must be true: fulfilled on 2024-12-31, due 2024-01-15", untrue.getMessage());
    assertFalse(new ContributionEvent.CommitmentFulfilled(C, POL, DEC, false, DEC).late(), "on the due date is on time");
  }

  @Test
  void identitiesFollowOneRule() {
    assertEquals("CommitmentId.value = \" x\": must not start or end with whitespace", assertThrows(InvalidValueException.class, () -> CommitmentId.of(" x")).getMessage());
    assertThrows(InvalidValueException.class, () -> IpAssetId.of("a".repeat(65)));
    assertThrows(InvalidValueException.class, () -> LicenceId.of(""));
  }

  @Test
  void fieldsAndTerritoriesOverlapWhenTheyShareANameOrCoverEverything() {
    assertTrue(FieldOfUse.of("oncology", "vaccines").overlaps(FieldOfUse.of("vaccines")));
    assertFalse(FieldOfUse.of("oncology").overlaps(FieldOfUse.of("vaccines")));
    assertTrue(FieldOfUse.all().overlaps(FieldOfUse.of("vaccines")));
    assertEquals(FieldOfUse.of("vaccines"), FieldOfUse.all().intersection(FieldOfUse.of("vaccines")));
    assertEquals(Territory.of("US"), Territory.of("EU", "US").intersection(Territory.of("US", "JP")));
    assertEquals("worldwide", Territory.worldwide().toString());
    assertEquals("EU, US", Territory.of("US", "EU").toString());
    assertThrows(InvalidValueException.class, () -> new FieldOfUse(true, new java.util.TreeSet<>(java.util.Set.of("x"))));
  }

  @Test
  void licencesOverlapOnlyOnCommonGroundOfOneAsset() {
    DateRange decade = DateRange.of(LocalDate.of(2020, 1, 1), LocalDate.of(2029, 12, 31));
    Licence a = new Licence(LicenceId.of("L-1"), IpAssetId.of("A"), POL, true, FieldOfUse.of("f"), Territory.of("EU"), decade, Royalty.free());
    assertTrue(a.overlaps(new Licence(LicenceId.of("L-2"), IpAssetId.of("A"), POL, false, FieldOfUse.all(), Territory.worldwide(), DateRange.of(DEC, DEC), Royalty.free())));
    assertFalse(a.overlaps(new Licence(LicenceId.of("L-3"), IpAssetId.of("B"), POL, false, FieldOfUse.all(), Territory.worldwide(), decade, Royalty.free())));
    assertFalse(a.overlaps(new Licence(LicenceId.of("L-4"), IpAssetId.of("A"), POL, false, FieldOfUse.all(), Territory.worldwide(), DateRange.of(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 1, 1)), Royalty.free())));
    assertTrue(a.covers("f", "EU", JAN));
    assertEquals("5.5% of net sales", Royalty.percentOfSales(new BigDecimal("5.5")).toString());
    assertThrows(InvalidValueException.class, () -> Royalty.fixedFee(Valuation.of("0", "EUR")));
  }
}
