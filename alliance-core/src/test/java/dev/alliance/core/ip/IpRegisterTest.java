package dev.alliance.core.ip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.api.DateRange;
import dev.alliance.api.InvalidValueException;
import dev.alliance.api.agreement.IntellectualPropertyClause;
import dev.alliance.api.agreement.IpOwnership;
import dev.alliance.api.ip.FieldOfUse;
import dev.alliance.api.ip.IpAsset;
import dev.alliance.api.ip.IpAssetId;
import dev.alliance.api.ip.IpCategory;
import dev.alliance.api.ip.Licence;
import dev.alliance.api.ip.LicenceId;
import dev.alliance.api.ip.Royalty;
import dev.alliance.api.ip.Territory;
import dev.alliance.api.partner.PartnerId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Registering assets, granting licences, and the exclusive-licence rule, with hand-checked cases. */
class IpRegisterTest {
  private static final PartnerId OWNER = PartnerId.of("BIO");
  private static final PartnerId PHARMA = PartnerId.of("PHA");
  private static final PartnerId OTHER = PartnerId.of("OTH");
  private static final IpAssetId PLATFORM = IpAssetId.of("platform");
  private static final DateRange DECADE = DateRange.of(LocalDate.of(2020, 1, 1), LocalDate.of(2029, 12, 31));

  private static IpRegister withPlatform() {
    return IpRegister.empty().register(new IpAsset(PLATFORM, "delivery platform", IpCategory.BACKGROUND, Set.of(OWNER))).register();
  }

  private static Licence licence(String id, PartnerId to, boolean exclusive, FieldOfUse field, Territory territory, DateRange term) {
    return new Licence(LicenceId.of(id), PLATFORM, to, exclusive, field, territory, term, Royalty.percentOfSales(new BigDecimal("5")));
  }

  @Test
  void aGrantOnGroundAnExclusiveLicenceCoversIsRejectedNamingThatLicence() {
    IpRegister register = withPlatform().grant(licence("L-1", PHARMA, true, FieldOfUse.of("vaccines"), Territory.of("EU", "US"), DECADE)).register();
    Licence clash = licence("L-2", OTHER, false, FieldOfUse.of("vaccines", "oncology"), Territory.of("US", "JP"), DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2034, 12, 31)));
    IpRegisterResult result = register.grant(clash);
    assertEquals("ip.exclusive-licence-conflict", result.rejection().orElseThrow().rule());
    assertEquals(
        "L-1 (exclusive licence of platform to PHA) already covers vaccines; US; 2025-01-01..2029-12-31 of the new licence L-2",
        result.rejection().get().reason());
    assertSame(register, result.register(), "a rejected grant changes nothing");
  }

  @Test
  void groundThatDiffersInFieldTerritoryOrTimeIsFree() {
    IpRegister register = withPlatform().grant(licence("L-1", PHARMA, true, FieldOfUse.of("vaccines"), Territory.of("EU"), DECADE)).register();
    assertTrue(register.grant(licence("L-2", OTHER, true, FieldOfUse.of("oncology"), Territory.of("EU"), DECADE)).isAccepted());
    assertTrue(register.grant(licence("L-3", OTHER, true, FieldOfUse.of("vaccines"), Territory.of("JP"), DECADE)).isAccepted());
    assertTrue(register.grant(licence("L-4", OTHER, true, FieldOfUse.all(), Territory.worldwide(), DateRange.of(LocalDate.of(2030, 1, 1), LocalDate.of(2031, 1, 1)))).isAccepted());
  }

  @Test
  void anExclusiveLicenceNeedsGroundNoOtherLicenceCovers() {
    IpRegister register = withPlatform().grant(licence("L-1", PHARMA, false, FieldOfUse.all(), Territory.of("US"), DECADE)).register();
    assertTrue(register.grant(licence("L-2", OTHER, false, FieldOfUse.all(), Territory.of("US"), DECADE)).isAccepted(), "non-exclusive licences coexist");
    IpRegisterResult exclusive = register.grant(licence("L-3", OTHER, true, FieldOfUse.of("diagnostics"), Territory.worldwide(), DECADE));
    assertEquals("ip.exclusive-needs-clear-ground", exclusive.rejection().orElseThrow().rule());
    assertEquals(
        "the exclusive licence L-3 would cover diagnostics; US; 2020-01-01..2029-12-31, which L-1 (non-exclusive licence of platform to PHA) already covers",
        exclusive.rejection().get().reason());
  }

  @Test
  void theOtherRules() {
    IpRegister register = withPlatform();
    assertEquals("ip.asset-id-unique", register.register(new IpAsset(PLATFORM, "again", IpCategory.FOREGROUND, Set.of(PHARMA))).rejection().orElseThrow().rule());
    Licence unknown = new Licence(LicenceId.of("L-1"), IpAssetId.of("nothing"), PHARMA, false, FieldOfUse.all(), Territory.worldwide(), DECADE, Royalty.free());
    assertEquals("ip.asset-registered", register.grant(unknown).rejection().orElseThrow().rule());
    assertEquals("ip.licensee-not-owner", register.grant(licence("L-1", OWNER, false, FieldOfUse.all(), Territory.worldwide(), DECADE)).rejection().orElseThrow().rule());
    IpRegister one = register.grant(licence("L-1", PHARMA, false, FieldOfUse.of("a"), Territory.of("EU"), DECADE)).register();
    assertEquals("ip.licence-id-unique", one.grant(licence("L-1", OTHER, false, FieldOfUse.of("b"), Territory.of("US"), DECADE)).rejection().orElseThrow().rule());
  }

  @Test
  void anExclusiveLicenceExcludesTheOwnersToo() {
    IpRegister register =
        withPlatform()
            .grant(licence("L-1", PHARMA, true, FieldOfUse.of("vaccines"), Territory.of("US"), DECADE)).register()
            .grant(licence("L-2", OTHER, false, FieldOfUse.of("oncology"), Territory.worldwide(), DECADE)).register();
    LocalDate day = LocalDate.of(2024, 6, 1);
    assertEquals(Set.of(PHARMA), register.mayUse(PLATFORM, "vaccines", "US", day));
    assertEquals(Set.of(OWNER), register.mayUse(PLATFORM, "vaccines", "EU", day));
    assertEquals(Set.of(OWNER, OTHER), register.mayUse(PLATFORM, "oncology", "US", day));
    assertEquals(Set.of(OWNER), register.mayUse(PLATFORM, "vaccines", "US", LocalDate.of(2030, 1, 1)), "after the term");
    assertThrows(InvalidValueException.class, () -> register.mayUse(IpAssetId.of("nothing"), "x", "y", day));
  }

  @Test
  void theAgreementsClauseDecidesWhoOwnsNewIp() {
    IntellectualPropertyClause clause = new IntellectualPropertyClause(IpOwnership.CONTRIBUTOR, IpOwnership.JOINT, IpOwnership.LEAD_PARTNER, true);
    Set<PartnerId> parties = Set.of(OWNER, PHARMA, OTHER);
    assertEquals(Set.of(OWNER), IpOwnershipRules.owners(clause, IpCategory.BACKGROUND, List.of(OWNER), parties, Optional.empty(), Optional.empty()));
    assertEquals(parties, IpOwnershipRules.owners(clause, IpCategory.FOREGROUND, List.of(OWNER), parties, Optional.empty(), Optional.empty()));
    assertEquals(Set.of(PHARMA), IpOwnershipRules.owners(clause, IpCategory.SIDEGROUND, List.of(OTHER), parties, Optional.of(PHARMA), Optional.empty()));
    InvalidValueException noLead =
        assertThrows(InvalidValueException.class, () -> IpOwnershipRules.owners(clause, IpCategory.SIDEGROUND, List.of(OTHER), parties, Optional.empty(), Optional.empty()));
    assertEquals("IpOwnershipRules.lead = \"empty\": must be given: the clause gives SIDEGROUND IP to the lead partner", noLead.getMessage());
  }

  @Test
  void coverageValuesAreValidated() {
    assertThrows(InvalidValueException.class, () -> FieldOfUse.of());
    assertThrows(InvalidValueException.class, () -> Territory.of(" "));
    assertThrows(InvalidValueException.class, () -> Royalty.percentOfSales(new BigDecimal("101")));
    assertThrows(InvalidValueException.class, () -> new IpAsset(PLATFORM, "x", IpCategory.BACKGROUND, Set.of()));
  }
}
