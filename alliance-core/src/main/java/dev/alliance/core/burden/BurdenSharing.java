package dev.alliance.core.burden;

import dev.alliance.api.Checks;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.exact.Rational;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A burden-sharing analysis: who bears how much of the alliance's burden against what it could
 * bear (and against what it draws, when benefits are known), measured against a target and a set
 * of stated free-rider rules. Immutable; {@code with*} methods return new analyses.
 *
 * <pre>{@code
 * BurdenReport report = BurdenSharing.of(entries)
 *     .withTarget(new Target("NATO guideline: 2% of GDP on defence", new BigDecimal("0.02")))
 *     .withRule(FreeRiderRule.belowTarget())
 *     .report();
 * report.flagged();   // the members below 2%
 * report.gini();      // inequality of the members' defence-to-GDP ratios
 * report.lines();     // the table, the summary and the flags as text
 * }</pre>
 *
 * <p>Shares (of burden, capacity and benefit) need every member's amounts: with some entries given
 * only as ratios, they are left out, and rules that need them are rejected.
 */
public final class BurdenSharing {
  private final List<BurdenEntry> entries;
  private final Optional<Target> target;
  private final List<FreeRiderRule> rules;

  private BurdenSharing(List<BurdenEntry> entries, Optional<Target> target, List<FreeRiderRule> rules) {
    this.entries = List.copyOf(entries);
    this.target = target;
    this.rules = List.copyOf(rules);
  }

  /**
   * @param entries one per member, members unique; at least one
   * @return the analysis, without target or rules
   */
  public static BurdenSharing of(List<BurdenEntry> entries) {
    Objects.requireNonNull(entries, "entries");
    Checks.notEmpty("BurdenSharing.entries", entries);
    Set<PartnerId> seen = new HashSet<>();
    entries.forEach(e -> Checks.check(seen.add(e.member()), "BurdenSharing.entries", e.member(), "must appear once"));
    return new BurdenSharing(entries, Optional.empty(), List.of());
  }

  /**
   * @param target the burden-to-capacity target
   * @return the analysis against that target
   */
  public BurdenSharing withTarget(Target target) {
    return new BurdenSharing(entries, Optional.of(Objects.requireNonNull(target, "target")), rules);
  }

  /**
   * @param rule a free-rider rule to apply, after those already added
   * @return the analysis with that rule
   * @throws dev.alliance.api.InvalidValueException when the rule needs data the entries lack
   */
  public BurdenSharing withRule(FreeRiderRule rule) {
    Objects.requireNonNull(rule, "rule");
    List<FreeRiderRule> more = new ArrayList<>(rules);
    more.add(rule);
    return new BurdenSharing(entries, target, more);
  }

  /**
   * Runs the analysis.
   *
   * @return the report
   * @throws dev.alliance.api.InvalidValueException when a rule needs data the entries lack: a
   *     target, every member's amounts, or every member's benefit
   */
  public BurdenReport report() {
    boolean amounts = entries.stream().allMatch(BurdenEntry::hasAmounts);
    boolean benefits = entries.stream().allMatch(e -> e.benefit().isPresent());
    for (FreeRiderRule rule : rules) {
      if (rule instanceof FreeRiderRule.BelowTarget) {
        Checks.check(target.isPresent(), "BurdenSharing.rules", rule.describe(), "needs a target");
      } else {
        Checks.check(amounts, "BurdenSharing.rules", rule.describe(), "needs every member's burden and capacity, not only ratios");
      }
      if (rule instanceof FreeRiderRule.BurdenShareBelowBenefitShare) {
        Checks.check(benefits, "BurdenSharing.rules", rule.describe(), "needs every member's benefit");
      }
    }
    Rational totalBurden = Rational.ZERO;
    Rational totalCapacity = Rational.ZERO;
    Rational totalBenefit = Rational.ZERO;
    for (BurdenEntry e : entries) {
      if (amounts) {
        totalBurden = totalBurden.plus(Rational.of(e.burden().get()));
        totalCapacity = totalCapacity.plus(Rational.of(e.capacity().get()));
      }
      if (benefits) {
        totalBenefit = totalBenefit.plus(Rational.of(e.benefit().get()));
      }
    }
    List<MemberBurden> lines = new ArrayList<>();
    List<Rational> ratios = new ArrayList<>();
    Optional<Rational> goal = target.map(t -> Rational.of(t.ratio()));
    for (BurdenEntry e : entries) {
      Rational ratio = e.ratio();
      ratios.add(ratio);
      Optional<Rational> burdenShare = amounts ? Optional.of(share(Rational.of(e.burden().get()), totalBurden)) : Optional.empty();
      Optional<Rational> capacityShare = amounts ? Optional.of(share(Rational.of(e.capacity().get()), totalCapacity)) : Optional.empty();
      Optional<Rational> benefitShare = benefits ? Optional.of(share(Rational.of(e.benefit().get()), totalBenefit)) : Optional.empty();
      Optional<Rational> gap = goal.map(ratio::minus);
      Optional<BigDecimal> shortfall =
          goal.isPresent() && e.hasAmounts()
              ? Optional.of(e.burden().get().max(target.get().ratio().multiply(e.capacity().get())).subtract(e.burden().get()))
              : Optional.empty();
      List<FreeRiderFlag> flags = new ArrayList<>();
      for (FreeRiderRule rule : rules) {
        flag(rule, e.member(), ratio, goal, burdenShare, capacityShare, benefitShare).ifPresent(flags::add);
      }
      lines.add(new MemberBurden(e.member(), ratio, burdenShare, capacityShare, benefitShare, gap, shortfall, flags));
    }
    Optional<Rational> allianceRatio = amounts ? Optional.of(totalBurden.dividedBy(totalCapacity)) : Optional.empty();
    return new BurdenReport(target, rules, lines, Inequality.gini(ratios), allianceRatio);
  }

  private static Rational share(Rational part, Rational total) {
    return total.signum() == 0 ? Rational.ZERO : part.dividedBy(total);
  }

  private static Optional<FreeRiderFlag> flag(
      FreeRiderRule rule,
      PartnerId member,
      Rational ratio,
      Optional<Rational> goal,
      Optional<Rational> burdenShare,
      Optional<Rational> capacityShare,
      Optional<Rational> benefitShare) {
    if (rule instanceof FreeRiderRule.BelowTarget) {
      return ratio.compareTo(goal.get()) < 0
          ? Optional.of(new FreeRiderFlag(member, rule, BurdenReport.percent(ratio) + " < " + BurdenReport.percent(goal.get())))
          : Optional.empty();
    }
    Rational tolerance;
    Rational standard;
    String of;
    if (rule instanceof FreeRiderRule.BurdenShareBelowCapacityShare capacity) {
      tolerance = Rational.of(capacity.tolerance());
      standard = capacityShare.get();
      of = "capacity share ";
    } else {
      tolerance = Rational.of(((FreeRiderRule.BurdenShareBelowBenefitShare) rule).tolerance());
      standard = benefitShare.get();
      of = "benefit share ";
    }
    Rational bar = Rational.ONE.minus(tolerance).times(standard);
    return burdenShare.get().compareTo(bar) < 0
        ? Optional.of(
            new FreeRiderFlag(
                member, rule, "burden share " + BurdenReport.percent(burdenShare.get()) + " < " + BurdenReport.percent(bar) + " (" + of
                    + BurdenReport.percent(standard) + ")"))
        : Optional.empty();
  }
}
