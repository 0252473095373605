package dev.alliance.core.costsharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.api.InvalidValueException;
import dev.alliance.api.contribution.Valuation;
import dev.alliance.api.partner.Measure;
import dev.alliance.api.partner.Partner;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.partner.PartnerKind;
import dev.alliance.core.exact.Rational;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Cost-sharing formulas, floors and ceilings, and the rounding rule, with hand-checked figures. */
class CostSharingTest {

  static Partner member(String id, String gdp) {
    return Partner.builder().id(PartnerId.of(id)).name(id).kind(PartnerKind.STATE).putAttributes(Measure.GDP, new BigDecimal(gdp)).build();
  }

  static List<Partner> members(String... idAndGdp) {
    List<Partner> list = new ArrayList<>();
    for (int i = 0; i < idAndGdp.length; i += 2) {
      list.add(member(idAndGdp[i], idAndGdp[i + 1]));
    }
    return list;
  }

  private static Map<String, String> amounts(Allocation allocation) {
    Map<String, String> amounts = new LinkedHashMap<>();
    allocation.shares().forEach(s -> amounts.put(s.member().value(), s.amount().toPlainString()));
    return amounts;
  }

  private static final CostSharing BY_GDP = CostSharing.of(CostFormula.proportionalTo(Measure.GDP));

  /** 100.00 in three: 33.33 each and one cent left over, which goes to A, first in identity order. */
  @Test
  void anEqualSplitGivesTheLeftoverCentToTheFirstInIdentityOrder() {
    Allocation a = CostSharing.equal().allocate(Valuation.of("100.00", "EUR"), members("B", "1", "A", "1", "C", "1"));
    assertEquals(Map.of("B", "33.33", "A", "33.34", "C", "33.33"), amounts(a));
    assertTrue(a.shareOf(PartnerId.of("A")).roundedUp());
    assertEquals(Rational.of(10000, 300), a.quotaOf(PartnerId.of("B")));
    assertEquals(1, a.rounds());
  }

  /**
   * GDP 1:2:3 of 100.00: quotas 16.666..., 33.333..., 50 cents-exact; the floors leave one cent,
   * which goes to the largest remainder (A's 4/6 of a cent against B's 2/6).
   */
  @Test
  void proportionalSharesRoundByLargestRemainder() {
    Allocation a = BY_GDP.allocate(Valuation.of("100.00", "EUR"), members("A", "1", "B", "2", "C", "3"));
    assertEquals(Map.of("A", "16.67", "B", "33.33", "C", "50.00"), amounts(a));
    assertEquals(Rational.of(100, 6), a.quotaOf(PartnerId.of("A")));
    assertEquals(Rational.of(1667, 10000), a.fractionOf(PartnerId.of("A")));
  }

  /** A capped at 40% of 1000.00; the 600.00 left is split 30:20 between B and C. */
  @Test
  void aCeilingPassesTheExcessToTheOthersInProportion() {
    Allocation a = BY_GDP.withCeiling(Bound.share("0.40")).allocate(Valuation.of("1000.00", "USD"), members("A", "50", "B", "30", "C", "20"));
    assertEquals(Map.of("A", "400.00", "B", "360.00", "C", "240.00"), amounts(a));
    assertEquals(Binding.CEILING, a.shareOf(PartnerId.of("A")).binding());
    assertEquals(Binding.NONE, a.shareOf(PartnerId.of("B")).binding());
    assertEquals(2, a.rounds());
  }

  /**
   * A at 45% is capped at 40%; the 60 left split 40:15 would give B 43.64, over 40%, so B is capped
   * too, and C pays the remaining 20: three rounds.
   */
  @Test
  void cappingCanCascade() {
    Allocation a = BY_GDP.withCeiling(Bound.share("0.4")).allocate(Valuation.of("100.00", "USD"), members("A", "45", "B", "40", "C", "15"));
    assertEquals(Map.of("A", "40.00", "B", "40.00", "C", "20.00"), amounts(a));
    assertEquals(3, a.rounds());
  }

  /** B and C would pay 2.00 and 1.00; the 5% floor lifts both to 5.00 and A pays 90.00. */
  @Test
  void aFloorLiftsTheSmallestAndTheLargestPayLess() {
    Allocation a = BY_GDP.withFloor(Bound.share("0.05")).allocate(Valuation.of("100.00", "USD"), members("A", "97", "B", "2", "C", "1"));
    assertEquals(Map.of("A", "90.00", "B", "5.00", "C", "5.00"), amounts(a));
    assertEquals(Binding.FLOOR, a.shareOf(PartnerId.of("C")).binding());
  }

  /**
   * The UN rules on a small membership: floor 0.001%, ceiling 22%, and 0.01% for the least
   * developed (L). Capacities (percent of the members' income) G 30, M1..M4 17 each, S 1.8999,
   * L 0.1, T 0.0001; budget 1,000,000.00. Round 1: G (300,000.00) and L (1,000.00) are over their
   * ceilings by 80,900.00, T (1.00) under its floor by 9.00, so the ceilings bind: G 220,000.00,
   * L 100.00. Round 2: T's quota of the 779,900.00 left is 1.12, under its floor: T pays 10.00.
   * Round 3: the 779,890.00 left is split 17 : 17 : 17 : 17 : 1.8999, 189,673.0897 to each M and
   * 21,197.6414 to S; rounding down leaves 4 cents, which go to the four largest remainders (the
   * Ms'). Computed independently with exact fractions.
   */
  @Test
  void theUnRulesCapTheLargestLiftTheSmallestAndCapTheLeastDeveloped() {
    CostSharing un =
        BY_GDP.withFloor(Bound.share("0.00001")).withCeiling(Bound.share("0.22")).withCeiling(List.of(PartnerId.of("L")), Bound.share("0.0001"));
    Allocation a =
        un.allocate(
            Valuation.of("1000000.00", "USD"),
            members("G", "30", "M1", "17", "M2", "17", "M3", "17", "M4", "17", "S", "1.8999", "L", "0.1", "T", "0.0001"));
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("G", "220000.00");
    for (String m : List.of("M1", "M2", "M3", "M4")) {
      expected.put(m, "189673.09");
    }
    expected.put("S", "21197.64");
    expected.put("L", "100.00");
    expected.put("T", "10.00");
    assertEquals(expected, amounts(a));
    assertEquals(Binding.CEILING, a.shareOf(PartnerId.of("L")).binding());
    assertEquals(Binding.FLOOR, a.shareOf(PartnerId.of("T")).binding());
    assertEquals(3, a.rounds());
    assertEquals(Rational.of(13258130000000L, 698999 * 100L), a.quotaOf(PartnerId.of("M1")));
  }

  /** 0.5 x share of GDP + 0.5 x share of population: A has 3/4 of GDP and 1/4 of population, so 1/2. */
  @Test
  void aBlendAveragesTheMembersSharesOfEachMeasure() {
    Partner a = member("A", "300").withAttributes(Map.of(Measure.GDP, new BigDecimal("300"), Measure.POPULATION, new BigDecimal("10")));
    Partner b = member("B", "100").withAttributes(Map.of(Measure.GDP, new BigDecimal("100"), Measure.POPULATION, new BigDecimal("30")));
    Map<Measure, BigDecimal> halves = new LinkedHashMap<>();
    halves.put(Measure.GDP, new BigDecimal("0.5"));
    halves.put(Measure.POPULATION, new BigDecimal("0.5"));
    Allocation allocation = CostSharing.of(CostFormula.blend(halves)).allocate(Valuation.of("10.00", "EUR"), List.of(a, b));
    assertEquals(Map.of("A", "5.00", "B", "5.00"), amounts(allocation));
    assertEquals("blend of 0.5 x share of GDP + 0.5 x share of population", allocation.rule());
  }

  @Test
  void aSplitInWholeUnitsUsesTheTotalsScale() {
    Allocation a = CostSharing.equal().allocate(Valuation.of("10", "aircraft"), members("A", "1", "B", "1", "C", "1"));
    assertEquals(Map.of("A", "4", "B", "3", "C", "3"), amounts(a));
  }

  @Test
  void hugeWeightsAreExactToo() {
    Allocation a = BY_GDP.allocate(Valuation.of("1.00", "EUR"), members("A", "100000000000000000000000001", "B", "200000000000000000000000002"));
    assertEquals(Map.of("A", "0.33", "B", "0.67"), amounts(a));
  }

  @Test
  void impossibleRulesAreRejectedWithTheFigures() {
    List<Partner> three = members("A", "1", "B", "1", "C", "1");
    Valuation hundred = Valuation.of("100.00", "EUR");
    InvalidValueException floors = assertThrows(InvalidValueException.class, () -> CostSharing.equal().withFloor(Bound.share("0.34")).allocate(hundred, three));
    assertEquals("CostSharing.floors = 102.00: add up to more than the total 100.00", floors.getMessage());
    InvalidValueException ceilings = assertThrows(InvalidValueException.class, () -> CostSharing.equal().withCeiling(Bound.share("0.33")).allocate(hundred, three));
    assertTrue(ceilings.getMessage().startsWith("CostSharing.ceilings = 99.00: is the most the members can pay"), ceilings.getMessage());
    InvalidValueException crossed =
        assertThrows(InvalidValueException.class, () -> CostSharing.equal().withFloor(Bound.share("0.2")).withCeiling(List.of(PartnerId.of("B")), Bound.share("0.1")).allocate(hundred, three));
    assertEquals("CostSharing.floor[B] = 20.00: exceeds the member's ceiling 10.00", crossed.getMessage());
    InvalidValueException zero = assertThrows(InvalidValueException.class, () -> BY_GDP.allocate(hundred, members("A", "0", "B", "0")));
    assertEquals("CostSharing.ceilings", zero.field());
    InvalidValueException missing =
        assertThrows(InvalidValueException.class, () -> CostSharing.of(CostFormula.proportionalTo(Measure.POPULATION)).allocate(hundred, three));
    assertEquals("Partner.attributes[population] = A: is missing: the formula weighs by population", missing.getMessage());
    InvalidValueException twice = assertThrows(InvalidValueException.class, () -> CostSharing.equal().allocate(hundred, members("A", "1", "A", "2")));
    assertEquals("CostSharing.members = A: must appear once", twice.getMessage());
    assertThrows(InvalidValueException.class, () -> CostSharing.equal().allocate(hundred, List.of()));
    assertThrows(InvalidValueException.class, () -> Bound.share("1.5"));
  }

  @Test
  void zeroWeightMembersPayTheirFloorsOnly() {
    Allocation a = BY_GDP.withFloor(Bound.amount(new BigDecimal("1.00"))).allocate(Valuation.of("10.00", "EUR"), members("A", "0", "B", "3", "C", "1"));
    assertEquals(Map.of("A", "1.00", "B", "6.75", "C", "2.25"), amounts(a));
  }

  @Test
  void theTextRenderingShowsAmountsSharesAndBounds() {
    Allocation a = BY_GDP.withCeiling(Bound.share("0.40")).allocate(Valuation.of("1000.00", "USD"), members("A", "50", "B", "30", "C", "20"));
    assertEquals(
        List.of(
            "Split 1000.00 USD in proportion to GDP; ceiling 40% of the total (exact to 0.01, 2 rounds):",
            "member  amount  share     bound    rounded",
            "------  ------  --------  -------  -------",
            "A       400.00  40.0000%  ceiling",
            "B       360.00  36.0000%",
            "C       240.00  24.0000%"),
        a.lines());
  }
}
