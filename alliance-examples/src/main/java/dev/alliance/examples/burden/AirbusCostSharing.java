package dev.alliance.examples.burden;

import dev.alliance.api.contribution.Valuation;
import dev.alliance.api.partner.Partner;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.partner.PartnerKind;
import dev.alliance.core.costsharing.Allocation;
import dev.alliance.core.costsharing.CostFormula;
import dev.alliance.core.costsharing.CostSharing;
import dev.alliance.examples.Example;
import dev.alliance.examples.Report;
import dev.alliance.examples.TextTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Airbus Industrie's cost and work sharing as its partnership grew.
 *
 * <p>Airbus Industrie was set up as a groupement d'intérêt économique on 18 December 1970, owned
 * 50% each by Aérospatiale and Deutsche Airbus; the production work was split 36.5% each to those
 * two, 20% to Hawker Siddeley and 7% to Fokker-VFW. In October 1971 CASA took 4.2% and the two
 * founders 47.9% each; in January 1979 British Aerospace took 20% and the founders 37.9% each,
 * CASA keeping 4.2%. (Figures as told in the history of Airbus, e.g. the Wikipedia article
 * "Airbus", section "Origins".)
 *
 * <p>The partners paid for the consortium's work in proportion to their shares. The example splits
 * one illustrative budget of 123,456,789.00 by the shares of each period, exactly to the cent.
 */
public final class AirbusCostSharing implements Example {
  /** The illustrative budget. */
  public static final Valuation BUDGET = Valuation.of("123456789.00", "EUR");
  /** Aérospatiale. */
  public static final PartnerId AEROSPATIALE = PartnerId.of("AEROSPATIALE");
  /** Deutsche Airbus. */
  public static final PartnerId DEUTSCHE_AIRBUS = PartnerId.of("DEUTSCHE-AIRBUS");
  /** CASA. */
  public static final PartnerId CASA = PartnerId.of("CASA");
  /** British Aerospace. */
  public static final PartnerId BAE = PartnerId.of("BAE");

  /** The shares, per cent, from each date on. */
  static final Map<String, Map<PartnerId, String>> SHARES = shares();

  private static Map<String, Map<PartnerId, String>> shares() {
    Map<String, Map<PartnerId, String>> periods = new LinkedHashMap<>();
    periods.put("December 1970", ordered(AEROSPATIALE, "50", DEUTSCHE_AIRBUS, "50"));
    periods.put("October 1971", ordered(AEROSPATIALE, "47.9", DEUTSCHE_AIRBUS, "47.9", CASA, "4.2"));
    periods.put("January 1979", ordered(AEROSPATIALE, "37.9", DEUTSCHE_AIRBUS, "37.9", BAE, "20", CASA, "4.2"));
    return periods;
  }

  private static Map<PartnerId, String> ordered(Object... idsAndShares) {
    Map<PartnerId, String> map = new LinkedHashMap<>();
    for (int i = 0; i < idsAndShares.length; i += 2) {
      map.put((PartnerId) idsAndShares[i], (String) idsAndShares[i + 1]);
    }
    return map;
  }

  @Override
  public String title() {
    return "Airbus Industrie: cost shares as the partnership grew (1970, 1971, 1979)";
  }

  @Override
  public String lesson() {
    return "Each new partner changed every partner's bill: with shares fixed in the partnership, the same"
        + " budget is re-split exactly by the new shares, and the rounding to the cent follows a stated rule"
        + " rather than anyone's choice; ownership and work share need not match, as Hawker Siddeley's 20%"
        + " of the work without a share of the GIE in 1970 shows.";
  }

  /**
   * @param period a key of {@link #SHARES}
   * @return the budget split by that period's shares
   */
  Allocation split(String period) {
    Map<PartnerId, BigDecimal> weights = new LinkedHashMap<>();
    List<Partner> partners = new ArrayList<>();
    SHARES.get(period).forEach((id, share) -> {
      weights.put(id, new BigDecimal(share));
      partners.add(Partner.of(id, id.value(), PartnerKind.FIRM));
    });
    return CostSharing.of(CostFormula.given(weights)).allocate(BUDGET, partners);
  }

  @Override
  public Report run() {
    Report.Builder out = Report.of(this);
    TextTable table = new TextTable("partner", "from Dec 1970", "from Oct 1971", "from Jan 1979");
    Map<String, Allocation> splits = new LinkedHashMap<>();
    SHARES.keySet().forEach(period -> splits.put(period, split(period)));
    for (PartnerId partner : List.of(AEROSPATIALE, DEUTSCHE_AIRBUS, BAE, CASA)) {
      List<Object> row = new ArrayList<>(List.of(partner.value()));
      splits.forEach((period, split) -> row.add(SHARES.get(period).containsKey(partner) ? split.amountOf(partner).toPlainString() : "-"));
      table.row(row.toArray());
    }
    out.line("The budget of " + BUDGET + " split by the partnership shares of each period:");
    out.table(table);
    splits.forEach((period, split) -> split.shares().stream().filter(s -> s.roundedUp()).forEach(
        s -> out.line("  " + period + ": " + s.member() + " takes the cent left over (largest remainder)")));
    out.line("Work shares in 1970: Aérospatiale 36.5%, Deutsche Airbus 36.5%, Hawker Siddeley 20%, Fokker-VFW 7%;"
        + " ownership: Aérospatiale 50%, Deutsche Airbus 50%.");
    return out.build();
  }

  /**
   * Runs this example alone.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Example.runAlone(new AirbusCostSharing());
  }
}
