package dev.alliance.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.alliance.api.DateRange;
import dev.alliance.api.contribution.Valuation;
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
import java.util.Set;
import java.util.TreeSet;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators for intellectual-property values. Licences draw from small pools (assets {@code A0},
 * {@code A1}; fields {@code f0 .. f2} or every field; regions {@code EU}, {@code US}, {@code JP} or
 * worldwide; licensees {@code P0 .. P4}; terms within 2020-2030) so that they often overlap.
 */
public final class IpGenerators {
  private static final List<String> FIELDS = List.of("f0", "f1", "f2");
  private static final List<String> REGIONS = List.of("EU", "US", "JP");

  private IpGenerators() {}

  /** @return fields of use: every field a quarter of the time, otherwise one to three named fields */
  public static Gen<FieldOfUse> fields() {
    return integers().between(0, 7).map(bits -> bits == 0 ? FieldOfUse.all() : FieldOfUse.of(pick(FIELDS, bits).toArray(String[]::new)))
        .describedAs(FieldOfUse::toString);
  }

  /** @return territories: worldwide an eighth of the time, otherwise one to three regions */
  public static Gen<Territory> territories() {
    return integers().between(0, 7).map(bits -> bits == 0 ? Territory.worldwide() : Territory.of(pick(REGIONS, bits).toArray(String[]::new)))
        .describedAs(Territory::toString);
  }

  /** @return terms of up to five years starting between 2020 and 2025 */
  public static Gen<DateRange> terms() {
    return integers().between(0, 6 * 365).zip(integers().between(0, 5 * 365), (start, length) -> {
      LocalDate first = LocalDate.of(2020, 1, 1).plusDays(start);
      return DateRange.of(first, first.plusDays(length));
    }).describedAs(DateRange::toString);
  }

  /** @return royalties of each kind */
  public static Gen<Royalty> royalties() {
    return Generate.oneOf(
        Generate.constant(Royalty.free()),
        integers().between(1, 2000).map(bps -> Royalty.percentOfSales(BigDecimal.valueOf(bps, 2))),
        integers().between(1, 1_000_000).map(fee -> Royalty.fixedFee(Valuation.of(BigDecimal.valueOf(fee), "EUR"))));
  }

  /** @return the two assets {@code A0} and {@code A1}, owned by {@code P0} and by {@code P0, P1} */
  public static List<IpAsset> assets() {
    return List.of(
        new IpAsset(IpAssetId.of("A0"), "platform patent", IpCategory.BACKGROUND, Set.of(PartnerId.of("P0"))),
        new IpAsset(IpAssetId.of("A1"), "joint process", IpCategory.FOREGROUND, Set.of(PartnerId.of("P0"), PartnerId.of("P1"))));
  }

  /** @return licences of {@code A0} or {@code A1} (sometimes of an unregistered {@code A9}), half exclusive */
  public static Gen<Licence> licences() {
    Gen<IpAssetId> assets = integers().between(0, 9).map(n -> IpAssetId.of(n == 9 ? "A9" : "A" + (n % 2)));
    Gen<PartnerId> licensees = integers().between(0, 4).map(n -> PartnerId.of("P" + n));
    return integers().between(0, 30).zip(assets, licensees, Generate.booleans(), (id, asset, licensee, exclusive) -> new Object[] {id, asset, licensee, exclusive})
        .zip(fields(), territories(), terms(), royalties(), (head, field, territory, term, royalty) -> new Licence(
            LicenceId.of("L" + head[0]), (IpAssetId) head[1], (PartnerId) head[2], (Boolean) head[3], field, territory, term, royalty))
        .describedAs(Licence::toString);
  }

  /** @return sequences of up to 20 licences to grant in order */
  public static Gen<List<Licence>> grants() {
    return lists().of(licences()).ofSizeBetween(0, 20);
  }

  private static List<String> pick(List<String> names, int bits) {
    TreeSet<String> picked = new TreeSet<>();
    for (int i = 0; i < names.size(); i++) {
      if ((bits & (1 << i)) != 0) {
        picked.add(names.get(i));
      }
    }
    return List.copyOf(picked);
  }
}
