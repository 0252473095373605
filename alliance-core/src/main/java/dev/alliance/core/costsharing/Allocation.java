package dev.alliance.core.costsharing;

import dev.alliance.api.Checks;
import dev.alliance.api.contribution.Valuation;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.exact.Rational;
import dev.alliance.core.text.TextColumns;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of a {@link CostSharing#allocate cost-sharing allocation}: every member's amount in
 * the total's minor unit, adding up exactly to the total, with the exact unrounded quota, the
 * bound that held the member back if any, and whether rounding added a unit.
 *
 * <pre>{@code
 * Allocation a = CostSharing.equal().allocate(Valuation.of("100.00", "EUR"), threeMembers);
 * a.amounts();  // {A=33.34, B=33.33, C=33.33}: one cent left over goes to the first in identity order
 * a.lines();    // a table of member, amount, share, quota, bound
 * }</pre>
 */
public final class Allocation {
  private final Valuation total;
  private final int digits;
  private final List<Share> shares;
  private final Map<PartnerId, Integer> index;
  private final int rounds;
  private final String rule;
  private final long[] lo;
  private final long[] hi;
  private final Apportioner.Result result;

  Allocation(
      Valuation total, int digits, PartnerId[] ids, BigDecimal[] weights, long[] lo, long[] hi, Apportioner.Result result, String rule) {
    this.total = total;
    this.digits = digits;
    this.rounds = result.rounds;
    this.rule = rule;
    this.lo = lo;
    this.hi = hi;
    this.result = result;
    List<Share> list = new ArrayList<>(ids.length);
    Map<PartnerId, Integer> positions = new HashMap<>();
    for (int i = 0; i < ids.length; i++) {
      list.add(
          new Share(ids[i], BigDecimal.valueOf(result.amounts[i], digits), result.bindings[i], result.roundedUp[i]));
      positions.put(ids[i], i);
    }
    this.shares = Collections.unmodifiableList(list);
    this.index = Collections.unmodifiableMap(positions);
  }

  /** @return the total that was split */
  public Valuation total() {
    return total;
  }

  /** @return the number of decimal places of the minor unit the amounts are exact in */
  public int minorUnitDigits() {
    return digits;
  }

  /** @return every member's share, in the order the members were given */
  public List<Share> shares() {
    return shares;
  }

  /** @return every member's amount, in the order the members were given */
  public Map<PartnerId, BigDecimal> amounts() {
    Map<PartnerId, BigDecimal> amounts = new java.util.LinkedHashMap<>();
    shares.forEach(share -> amounts.put(share.member(), share.amount()));
    return Collections.unmodifiableMap(amounts);
  }

  /**
   * @param member a member
   * @return its share
   * @throws dev.alliance.api.InvalidValueException when it is not one of the members
   */
  public Share shareOf(PartnerId member) {
    return shares.get(index(member));
  }

  /**
   * @param member a member
   * @return what it pays
   */
  public BigDecimal amountOf(PartnerId member) {
    return shareOf(member).amount();
  }

  /**
   * @param member a member
   * @return what it would pay without rounding, exactly, in the total's unit: its floor or ceiling
   *     when one binds, otherwise its share of what the unbounded members split
   */
  public Rational quotaOf(PartnerId member) {
    return result.quota(index(member)).dividedBy(Rational.of(java.math.BigInteger.TEN.pow(digits)));
  }

  /**
   * @param member a member
   * @return its amount as a fraction of the total, exactly; zero when the total is zero
   */
  public Rational fractionOf(PartnerId member) {
    if (total.amount().signum() == 0) {
      return Rational.ZERO;
    }
    return Rational.of(amountOf(member)).dividedBy(Rational.of(total.amount()));
  }

  /**
   * @param member a member
   * @return the floor that applied to it, in the total's unit
   */
  public BigDecimal floorOf(PartnerId member) {
    return BigDecimal.valueOf(lo[index(member)], digits);
  }

  /**
   * @param member a member
   * @return the ceiling that applied to it, in the total's unit (the total when it had none)
   */
  public BigDecimal ceilingOf(PartnerId member) {
    return BigDecimal.valueOf(hi[index(member)], digits);
  }

  private int index(PartnerId member) {
    Integer i = index.get(Objects.requireNonNull(member, "member"));
    Checks.check(i != null, "Allocation.member", member, "is not one of the members");
    return i;
  }

  /** @return how many rounds of capping and redistribution the bounds took (1 when none bound) */
  public int rounds() {
    return rounds;
  }

  /** @return the rule in words */
  public String rule() {
    return rule;
  }

  /** @return the allocation as text: the rule, then one aligned line per member */
  public List<String> lines() {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"member", "amount", "share", "bound", "rounded"});
    for (Share share : shares) {
      rows.add(
          new String[] {
            share.member().value(),
            share.amount().toPlainString(),
            fractionOf(share.member()).times(Rational.of(100)).toBigDecimal(4, RoundingMode.HALF_EVEN).toPlainString() + "%",
            share.binding() == Binding.NONE ? "" : share.binding().name().toLowerCase(java.util.Locale.ROOT),
            share.roundedUp() ? "+1" : ""
          });
    }
    List<String> lines = new ArrayList<>();
    lines.add("Split " + total + " " + rule + " (exact to " + BigDecimal.ONE.movePointLeft(digits).toPlainString() + ", "
        + rounds + (rounds == 1 ? " round):" : " rounds):"));
    lines.addAll(TextColumns.align(rows));
    return Collections.unmodifiableList(lines);
  }

  @Override
  public String toString() {
    return "Allocation[" + total + " " + rule + ": " + amounts() + "]";
  }
}
