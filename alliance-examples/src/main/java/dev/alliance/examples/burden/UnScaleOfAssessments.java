package dev.alliance.examples.burden;

import dev.alliance.api.contribution.Valuation;
import dev.alliance.api.partner.Measure;
import dev.alliance.api.partner.Partner;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.partner.PartnerKind;
import dev.alliance.core.costsharing.Allocation;
import dev.alliance.core.costsharing.Bound;
import dev.alliance.core.costsharing.CostFormula;
import dev.alliance.core.costsharing.CostSharing;
import dev.alliance.examples.Example;
import dev.alliance.examples.Report;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The UN scale of assessments' floor and ceilings, applied to a budget.
 *
 * <p>The rules are the General Assembly's: for the scale of 2019-2021, resolution A/RES/73/271,
 * paragraph 6, sets a minimum assessment rate of 0.001 per cent, a maximum for the least developed
 * countries of 0.01 per cent, and a maximum of 22 per cent (the same elements as the scales before
 * and after it). The United States has been assessed at the 22 per cent ceiling since 1 January
 * 2001 (Congressional Research Service, RL30605).
 *
 * <p>The membership is stylised, not real: eight members whose shares of income (the capacity the
 * scale starts from, before the debt-burden and low-income adjustments this example leaves out) are
 * chosen so that every rule binds once: one member holds 30% of the income, four hold 17% each, one
 * 1.8999%, a least developed country 0.1%, and a micro-state 0.0001%. The budget is illustrative too.
 */
public final class UnScaleOfAssessments implements Example {
  /** The budget split. */
  public static final Valuation BUDGET = Valuation.of("3000000000.00", "USD");
  /** The least developed country. */
  public static final PartnerId LDC = PartnerId.of("LDC");

  /** The rule: in proportion to income, with the floor, the ceiling and the LDC ceiling. */
  public static final CostSharing RULE =
      CostSharing.of(CostFormula.proportionalTo(Measure.GNI))
          .withFloor(Bound.share("0.00001"))
          .withCeiling(Bound.share("0.22"))
          .withCeiling(List.of(LDC), Bound.share("0.0001"));

  @Override
  public String title() {
    return "The UN scale of assessments: floor, ceiling and the least developed countries' cap";
  }

  @Override
  public String lesson() {
    return "A ceiling does not make a budget smaller, it moves the capped member's excess onto everyone"
        + " else in proportion, and a floor moves a little back; with the UN's 22% ceiling, 0.01% cap for"
        + " the least developed and 0.001% floor, every bound holds to the cent and the assessments still"
        + " add up exactly to the budget.";
  }

  /** @return the members with their shares of income, in per cent */
  static List<Partner> members() {
    String[][] rows = {
      {"GIANT", "30"}, {"BIG1", "17"}, {"BIG2", "17"}, {"BIG3", "17"}, {"BIG4", "17"}, {"SMALL", "1.8999"}, {"LDC", "0.1"}, {"MICRO", "0.0001"}
    };
    List<Partner> members = new ArrayList<>();
    for (String[] row : rows) {
      members.add(Partner.builder().id(PartnerId.of(row[0])).name(row[0]).kind(PartnerKind.STATE).putAttributes(Measure.GNI, new BigDecimal(row[1])).build());
    }
    return members;
  }

  /** @return the proportional split without any bound, for comparison */
  Allocation unbounded() {
    return CostSharing.of(CostFormula.proportionalTo(Measure.GNI)).allocate(BUDGET, members());
  }

  /** @return the split under the UN's rules */
  Allocation assessed() {
    return RULE.allocate(BUDGET, members());
  }

  @Override
  public Report run() {
    Report.Builder out = Report.of(this);
    out.line("Without bounds:");
    unbounded().lines().forEach(line -> out.line("  " + line));
    out.line("Under the UN rules:");
    assessed().lines().forEach(line -> out.line("  " + line));
    return out.build();
  }

  /**
   * Runs this example alone.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Example.runAlone(new UnScaleOfAssessments());
  }
}
