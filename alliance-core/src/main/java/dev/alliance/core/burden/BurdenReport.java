package dev.alliance.core.burden;

import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.exact.Rational;
import dev.alliance.core.text.TextColumns;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of a {@link BurdenSharing} analysis, as data: one {@link MemberBurden} per member, the
 * target and the free-rider rules applied, the Gini coefficient of the members' burden-to-capacity
 * ratios, and the alliance's own ratio when the amounts are known. {@link #lines()} renders it.
 *
 * @param target the target, if any
 * @param rules the free-rider rules applied
 * @param members one line per member, in the order the entries were given
 * @param gini the Gini coefficient of the members' burden-to-capacity ratios (unweighted): 0 when
 *     all bear the same fraction of their capacity
 * @param allianceRatio the alliance's total burden over its total capacity, when every member's
 *     amounts are known
 */
public record BurdenReport(
    Optional<Target> target, List<FreeRiderRule> rules, List<MemberBurden> members, Rational gini, Optional<Rational> allianceRatio) {

  /** Copies the lists. */
  public BurdenReport {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(gini, "gini");
    Objects.requireNonNull(allianceRatio, "allianceRatio");
    rules = List.copyOf(rules);
    members = List.copyOf(members);
  }

  /**
   * @param member a member
   * @return its line; empty when it was not analysed
   */
  public Optional<MemberBurden> member(PartnerId member) {
    return members.stream().filter(m -> m.member().equals(member)).findFirst();
  }

  /** @return every flag raised, member by member */
  public List<FreeRiderFlag> flags() {
    List<FreeRiderFlag> flags = new ArrayList<>();
    members.forEach(m -> flags.addAll(m.flags()));
    return Collections.unmodifiableList(flags);
  }

  /** @return the members some rule flags, in report order */
  public List<PartnerId> flagged() {
    return members.stream().filter(MemberBurden::isFlagged).map(MemberBurden::member).toList();
  }

  /** @return how many members meet the target (0 without one) */
  public int meetingTarget() {
    return (int) members.stream().filter(MemberBurden::meetsTarget).count();
  }

  /**
   * The report as text: a table with one line per member, then the summary and the flags.
   * Percentages have two decimals; the data keeps the exact fractions.
   *
   * @return the lines
   */
  public List<String> lines() {
    boolean shares = members.stream().anyMatch(m -> m.burdenShare().isPresent());
    boolean benefits = members.stream().anyMatch(m -> m.benefitShare().isPresent());
    List<String> header = new ArrayList<>(List.of("member", "ratio"));
    if (shares) {
      header.addAll(List.of("burden share", "capacity share"));
    }
    if (benefits) {
      header.add("benefit share");
    }
    if (target.isPresent()) {
      header.add("vs target");
    }
    header.add("flag");
    List<String[]> rows = new ArrayList<>();
    rows.add(header.toArray(String[]::new));
    for (MemberBurden m : members) {
      List<String> row = new ArrayList<>(List.of(m.member().value(), percent(m.ratio())));
      if (shares) {
        row.add(m.burdenShare().map(BurdenReport::percent).orElse(""));
        row.add(m.capacityShare().map(BurdenReport::percent).orElse(""));
      }
      if (benefits) {
        row.add(m.benefitShare().map(BurdenReport::percent).orElse(""));
      }
      target.ifPresent(t -> row.add(m.gapToTarget().map(BurdenReport::points).orElse("")));
      row.add(m.isFlagged() ? "free rider" : "");
      rows.add(row.toArray(String[]::new));
    }
    List<String> lines = new ArrayList<>(TextColumns.align(rows));
    target.ifPresent(t -> lines.add(meetingTarget() + " of " + members.size() + " members meet the target (" + t.name() + ")"));
    allianceRatio.ifPresent(r -> lines.add("alliance-wide ratio: " + percent(r)));
    lines.add("Gini coefficient of the burden-to-capacity ratios: " + gini.toBigDecimal(4, RoundingMode.HALF_EVEN).toPlainString());
    for (FreeRiderRule rule : rules) {
      List<String> caught = members.stream().filter(m -> m.flags().stream().anyMatch(f -> f.rule().equals(rule))).map(m -> m.member().value()).toList();
      lines.add("free riders by rule \"" + rule.describe() + "\": " + (caught.isEmpty() ? "none" : String.join(", ", caught)));
    }
    return Collections.unmodifiableList(lines);
  }

  static String percent(Rational fraction) {
    return fraction.times(Rational.of(100)).toBigDecimal(2, RoundingMode.HALF_EVEN).toPlainString() + "%";
  }

  private static String points(Rational gap) {
    BigDecimal value = gap.times(Rational.of(100)).toBigDecimal(2, RoundingMode.HALF_EVEN);
    return (value.signum() >= 0 ? "+" : "") + value.toPlainString() + " pts";
  }
}
