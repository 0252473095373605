package dev.alliance.examples.burden;

import dev.alliance.api.contribution.Valuation;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.benefit.BenefitDistribution;
import dev.alliance.core.benefit.CoalitionGame;
import dev.alliance.core.benefit.CoreCheck;
import dev.alliance.core.benefit.Shapley;
import dev.alliance.core.benefit.ShapleyValue;
import dev.alliance.examples.Example;
import dev.alliance.examples.Report;
import dev.alliance.examples.TextTable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Dividing a joint venture's gains: by capital, equally, and by the Shapley value.
 *
 * <p>A stylised venture of three firms: one brings a technology (TECH), one a factory (MAKE), one a
 * distribution network (SELL). None earns anything alone in the venture's market; in millions per
 * year, TECH and MAKE together earn 60, TECH and SELL 40, MAKE and SELL 20, and all three 100.
 * SELL put in half the capital, the others a quarter each. The figures are illustrative; the
 * computation is exact.
 */
public final class JointVentureShapley implements Example {
  /** The technology partner. */
  public static final PartnerId TECH = PartnerId.of("TECH");
  /** The manufacturing partner. */
  public static final PartnerId MAKE = PartnerId.of("MAKE");
  /** The distribution partner. */
  public static final PartnerId SELL = PartnerId.of("SELL");
  /** The venture's yearly gains, in millions. */
  public static final Valuation GAINS = Valuation.of("100.00", "EUR");

  @Override
  public String title() {
    return "A joint venture's gains: split by capital, equally, and by the Shapley value";
  }

  @Override
  public String lesson() {
    return "A split by capital alone can pay a partner more than it adds, and then others would do better"
        + " without it: here TECH and MAKE earn 60 on their own but get 50. The Shapley value pays each"
        + " partner its average marginal contribution (130/3, 100/3 and 70/3 million), and no group would leave.";
  }

  /** @return what each coalition earns on its own */
  static CoalitionGame venture() {
    Map<Set<PartnerId>, BigDecimal> worth = new LinkedHashMap<>();
    worth.put(Set.of(TECH, MAKE), new BigDecimal("60"));
    worth.put(Set.of(TECH, SELL), new BigDecimal("40"));
    worth.put(Set.of(MAKE, SELL), new BigDecimal("20"));
    worth.put(Set.of(TECH, MAKE, SELL), new BigDecimal("100"));
    return CoalitionGame.of(List.of(TECH, MAKE, SELL), coalition -> worth.getOrDefault(coalition, BigDecimal.ZERO));
  }

  /** @return the three divisions, by name */
  Map<String, Map<PartnerId, BigDecimal>> divisions() {
    Map<String, Map<PartnerId, BigDecimal>> divisions = new LinkedHashMap<>();
    divisions.put("by capital (1:1:2)", BenefitDistribution.proportional(GAINS, Map.of(TECH, BigDecimal.ONE, MAKE, BigDecimal.ONE, SELL, new BigDecimal("2"))));
    divisions.put("equal", BenefitDistribution.equal(GAINS, List.of(TECH, MAKE, SELL)));
    divisions.put("Shapley value", BenefitDistribution.shapley(venture(), 2));
    return divisions;
  }

  @Override
  public Report run() {
    Report.Builder out = Report.of(this);
    ShapleyValue shapley = Shapley.exact(venture());
    out.line("Shapley value (average marginal contribution over the 6 orders of joining):");
    shapley.lines().forEach(line -> out.line("  " + line));
    TextTable table = new TextTable("division", "TECH", "MAKE", "SELL", "core check");
    divisions().forEach((name, division) -> table.row(
        name, division.get(TECH).toPlainString(), division.get(MAKE).toPlainString(), division.get(SELL).toPlainString(),
        CoreCheck.of(venture(), division)));
    out.table(table);
    return out.build();
  }

  /**
   * Runs this example alone.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Example.runAlone(new JointVentureShapley());
  }
}
