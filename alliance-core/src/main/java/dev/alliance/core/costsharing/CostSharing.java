package dev.alliance.core.costsharing;

import dev.alliance.api.Checks;
import dev.alliance.api.InvalidValueException;
import dev.alliance.api.contribution.Valuation;
import dev.alliance.api.partner.Partner;
import dev.alliance.api.partner.PartnerId;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A cost-sharing rule: a {@link CostFormula} that weighs the members, with optional floors and
 * ceilings for everyone or for named members. Immutable; {@code with*} methods return new rules.
 *
 * <p>{@link #allocate(Valuation, List)} splits a total exactly in its minor unit (the total's
 * number of decimal places: {@code 1000.00} is split in cents): the amounts always add up to the
 * total. Each member gets {@code clamp(lambda * weight, floor, ceiling)} for the one {@code lambda}
 * that makes the unrounded amounts add up to the total, found by iterative capping and
 * redistribution; the unrounded amounts of unbounded members are then rounded down and the units
 * left over go, one each, to the largest remainders, equal remainders in identity order. Rounding
 * never breaks a floor or a ceiling. See {@code docs/contributions.md} for the algorithm.
 *
 * <pre>{@code
 * CostSharing un = CostSharing.of(CostFormula.proportionalTo(Measure.GNI))
 *     .withFloor(Bound.share("0.00001"))              // 0.001%
 *     .withCeiling(Bound.share("0.22"))               // 22%
 *     .withCeiling(leastDeveloped, Bound.share("0.0001")); // 0.01% for least developed countries
 * Allocation a = un.allocate(Valuation.of("3000000000.00", "USD"), members);
 * a.amountOf(PartnerId.of("USA"));  // 660000000.00, held at the ceiling
 * }</pre>
 *
 * <p>Bounds combine: a member's floor is the largest floor that applies to it, its ceiling the
 * smallest ceiling. Infeasible rules (floors above the total, ceilings below it, a floor above a
 * ceiling) fail with an {@link dev.alliance.api.InvalidValueException} naming the figures.
 */
public final class CostSharing {
  private final CostFormula formula;
  private final Optional<Bound> floor;
  private final Optional<Bound> ceiling;
  private final Map<PartnerId, Bound> floors;
  private final Map<PartnerId, Bound> ceilings;

  private CostSharing(
      CostFormula formula, Optional<Bound> floor, Optional<Bound> ceiling, Map<PartnerId, Bound> floors, Map<PartnerId, Bound> ceilings) {
    this.formula = Objects.requireNonNull(formula, "formula");
    this.floor = floor;
    this.ceiling = ceiling;
    this.floors = Collections.unmodifiableMap(floors);
    this.ceilings = Collections.unmodifiableMap(ceilings);
  }

  /**
   * @param formula how members are weighed
   * @return the rule with no floors or ceilings
   */
  public static CostSharing of(CostFormula formula) {
    return new CostSharing(formula, Optional.empty(), Optional.empty(), Map.of(), Map.of());
  }

  /** @return equal shares, without bounds */
  public static CostSharing equal() {
    return of(CostFormula.equal());
  }

  /** @return how members are weighed */
  public CostFormula formula() {
    return formula;
  }

  /**
   * @param bound the floor for every member
   * @return a rule with that floor
   */
  public CostSharing withFloor(Bound bound) {
    return new CostSharing(formula, Optional.of(bound), ceiling, floors, ceilings);
  }

  /**
   * @param bound the ceiling for every member
   * @return a rule with that ceiling
   */
  public CostSharing withCeiling(Bound bound) {
    return new CostSharing(formula, floor, Optional.of(bound), floors, ceilings);
  }

  /**
   * @param members the members the floor applies to, on top of any floor for everyone
   * @param bound the floor
   * @return a rule with that floor for those members
   */
  public CostSharing withFloor(Collection<PartnerId> members, Bound bound) {
    return new CostSharing(formula, floor, ceiling, with(floors, members, bound), ceilings);
  }

  /**
   * @param members the members the ceiling applies to, on top of any ceiling for everyone
   * @param bound the ceiling
   * @return a rule with that ceiling for those members
   */
  public CostSharing withCeiling(Collection<PartnerId> members, Bound bound) {
    return new CostSharing(formula, floor, ceiling, floors, with(ceilings, members, bound));
  }

  private static Map<PartnerId, Bound> with(Map<PartnerId, Bound> bounds, Collection<PartnerId> members, Bound bound) {
    Objects.requireNonNull(bound, "bound");
    Map<PartnerId, Bound> copy = new HashMap<>(bounds);
    members.forEach(member -> copy.put(Objects.requireNonNull(member, "member"), bound));
    return copy;
  }

  /**
   * Splits a total among the members, exactly in the total's minor unit.
   *
   * @param total the amount to split, such as {@code Valuation.of("1000.00", "EUR")}; its scale is
   *     the minor unit
   * @param members the members, each at most once
   * @return the allocation, listing the members in the order given
   * @throws dev.alliance.api.InvalidValueException when the members are empty or repeated, a member
   *     lacks what the formula weighs, or the bounds cannot all hold
   */
  public Allocation allocate(Valuation total, List<Partner> members) {
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(members, "members");
    Checks.notEmpty("CostSharing.members", members);
    int digits = Math.max(0, total.amount().scale());
    BigDecimal minorUnits = total.amount().movePointRight(digits);
    Checks.check(
        minorUnits.compareTo(BigDecimal.valueOf(Apportioner.LIMIT)) < 0,
        "CostSharing.total",
        total,
        "must be below 2^62 minor units");
    long units = minorUnits.longValueExact();
    int n = members.size();
    PartnerId[] ids = new PartnerId[n];
    Set<PartnerId> seen = new HashSet<>();
    for (int i = 0; i < n; i++) {
      ids[i] = members.get(i).id();
      Checks.check(seen.add(ids[i]), "CostSharing.members", ids[i], "must appear once");
    }
    BigDecimal[] weights = weigh(members);
    long[] lo = new long[n];
    long[] hi = new long[n];
    long floorOfAll = floor.map(b -> b.toMinorUnits(units, digits, true)).orElse(0L);
    long ceilingOfAll = ceiling.map(b -> Math.min(units, b.toMinorUnits(units, digits, false))).orElse(units);
    // Members often share a bound (the least developed countries' cap): convert each bound once.
    Map<Bound, Long> floorUnits = new HashMap<>();
    Map<Bound, Long> ceilingUnits = new HashMap<>();
    long sumLo = 0;
    long reach = 0;
    for (int i = 0; i < n; i++) {
      Bound own = floors.get(ids[i]);
      lo[i] = own == null ? floorOfAll : Math.max(floorOfAll, floorUnits.computeIfAbsent(own, b -> b.toMinorUnits(units, digits, true)));
      Bound cap = ceilings.get(ids[i]);
      hi[i] = cap == null ? ceilingOfAll : Math.min(ceilingOfAll, ceilingUnits.computeIfAbsent(cap, b -> b.toMinorUnits(units, digits, false)));
      if (lo[i] > hi[i]) {
        throw new InvalidValueException(
            "CostSharing.floor[" + ids[i] + "]",
            money(lo[i], digits),
            "exceeds the member's ceiling " + money(hi[i], digits).toPlainString());
      }
      // Saturating sums: once past the total, the check below is decided and the exact figure is
      // recomputed only for the message.
      sumLo = Math.min(sumLo + lo[i], units + 1);
      reach = Math.min(reach + (weights[i].signum() > 0 ? hi[i] : lo[i]), units);
    }
    Checks.check(
        sumLo <= units, "CostSharing.floors", exactSum(lo, digits), "add up to more than the total " + total.amount().toPlainString());
    Checks.check(
        reach >= units,
        "CostSharing.ceilings",
        money(reach, digits),
        "is the most the members can pay (ceilings of those the formula weighs, floors of the others):"
            + " less than the total " + total.amount().toPlainString());
    Apportioner.Result result = Apportioner.apportion(units, weights, lo, hi, ids);
    return new Allocation(total, digits, ids, weights, lo, hi, result, describe());
  }

  /** The formula's weights in the members' order; a measure is read straight off each partner. */
  private BigDecimal[] weigh(List<Partner> members) {
    BigDecimal[] weights = new BigDecimal[members.size()];
    if (formula instanceof CostFormula.ProportionalTo proportional) {
      for (int i = 0; i < weights.length; i++) {
        weights[i] = Measures.valueOf(members.get(i), proportional.measure());
      }
      return weights;
    }
    Map<PartnerId, BigDecimal> weighed = formula.weights(members);
    for (int i = 0; i < weights.length; i++) {
      weights[i] = weighed.get(members.get(i).id());
    }
    return weights;
  }

  private static BigDecimal exactSum(long[] values, int digits) {
    BigDecimal sum = BigDecimal.ZERO;
    for (long value : values) {
      sum = sum.add(money(value, digits));
    }
    return sum;
  }

  private static BigDecimal money(long units, int digits) {
    return BigDecimal.valueOf(units, digits);
  }

  /** @return the rule in words, such as {@code in proportion to GNI; floor 0.001% of the total; ceiling 22% of the total} */
  public String describe() {
    StringBuilder text = new StringBuilder(formula.describe());
    floor.ifPresent(b -> text.append("; floor ").append(b));
    ceiling.ifPresent(b -> text.append("; ceiling ").append(b));
    if (!floors.isEmpty()) {
      text.append("; own floors for ").append(floors.size()).append(floors.size() == 1 ? " member" : " members");
    }
    if (!ceilings.isEmpty()) {
      text.append("; own ceilings for ").append(ceilings.size()).append(ceilings.size() == 1 ? " member" : " members");
    }
    return text.toString();
  }

  @Override
  public String toString() {
    return "CostSharing[" + describe() + "]";
  }
}
