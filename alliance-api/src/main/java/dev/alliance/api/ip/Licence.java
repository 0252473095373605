package dev.alliance.api.ip;

import dev.alliance.api.DateRange;
import dev.alliance.api.partner.PartnerId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A licence granted by an asset's owners to a licensee: exclusive or not, limited to a field of
 * use, a territory and a term, for a royalty. An exclusive licence excludes everyone else from the
 * ground it covers, the owners included.
 *
 * <pre>{@code
 * Licence licence = new Licence(LicenceId.of("L-7"), IpAssetId.of("mRNA-platform"), PartnerId.of("PFE"),
 *     true, FieldOfUse.of("influenza vaccines"), Territory.of("US"),
 *     DateRange.of(LocalDate.of(2018, 8, 16), LocalDate.of(2028, 8, 15)), Royalty.percentOfSales(new BigDecimal("5")));
 * }</pre>
 *
 * @param id the licence's identity
 * @param asset the licensed asset
 * @param licensee who receives the licence
 * @param exclusive whether it excludes everyone else from the ground it covers
 * @param field the fields of use it covers
 * @param territory the regions it covers
 * @param term the days it runs, both included
 * @param royalty what the licensee pays
 */
public record Licence(
    LicenceId id,
    IpAssetId asset,
    PartnerId licensee,
    boolean exclusive,
    FieldOfUse field,
    Territory territory,
    DateRange term,
    Royalty royalty) {

  /** Checks for nulls. */
  public Licence {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(asset, "asset");
    Objects.requireNonNull(licensee, "licensee");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(territory, "territory");
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(royalty, "royalty");
  }

  /**
   * Tells whether two licences cover common ground: the same asset, and some field, some region
   * and some day in common.
   *
   * @param other another licence
   * @return true when they overlap
   */
  public boolean overlaps(Licence other) {
    return asset.equals(other.asset)
        && field.overlaps(other.field)
        && territory.overlaps(other.territory)
        && term.overlaps(other.term);
  }

  /**
   * @param field a field's name
   * @param region a region's code
   * @param day a day
   * @return true when the licence covers that field, region and day
   */
  public boolean covers(String field, String region, LocalDate day) {
    return this.field.covers(field) && territory.covers(region) && term.contains(day);
  }

  @Override
  public String toString() {
    return id + " (" + (exclusive ? "exclusive" : "non-exclusive") + " licence of " + asset + " to " + licensee + ": "
        + field + "; " + territory + "; " + term + "; " + royalty + ")";
  }
}
