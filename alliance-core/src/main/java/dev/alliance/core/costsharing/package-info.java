/**
 * Cost sharing: splitting a budget among members equally, in proportion to a measure, or by a
 * weighted blend of measures, with floors and ceilings such as the UN scale of assessments'. The
 * amounts are exact in the budget's minor unit and always add up to the budget.
 *
 * <pre>{@code
 * Allocation a = CostSharing.of(CostFormula.proportionalTo(Measure.GNI))
 *     .withFloor(Bound.share("0.00001")).withCeiling(Bound.share("0.22"))
 *     .allocate(Valuation.of("3000000000.00", "USD"), members);
 * }</pre>
 *
 * <p>The algorithm (iterative capping and redistribution, then largest remainder with equal
 * remainders in identity order) and its guarantees: {@code docs/contributions.md} and {@code
 * docs/decisions/0061-exact-cost-sharing.md}.
 */
package dev.alliance.core.costsharing;
