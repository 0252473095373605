package dev.alliance.examples.power;

import dev.alliance.api.governance.DecisionRule;
import dev.alliance.api.governance.VetoAbstention;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.governance.Electorate;
import dev.alliance.core.governance.Voter;
import dev.alliance.core.power.MemberPower;
import dev.alliance.core.power.PowerCalculator;
import dev.alliance.core.power.PowerIndex;
import dev.alliance.core.power.PowerProfile;
import dev.alliance.core.exact.Rational;
import dev.alliance.core.power.SimpleGame;
import dev.alliance.examples.Example;
import dev.alliance.examples.Report;
import dev.alliance.examples.TextTable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The UN Security Council as composed in 2024: the five permanent members and the ten elected
 * ones. A substantive resolution needs nine affirmative votes and no negative vote of a permanent
 * member (Charter, Article 27(3)); by practice an abstaining permanent member does not block, and
 * in a yes-or-no vote that makes no difference.
 */
public final class SecurityCouncil implements Example {
  private static final String[][] PERMANENT = {
    {"CHN", "China"}, {"FRA", "France"}, {"RUS", "Russian Federation"}, {"GBR", "United Kingdom"}, {"USA", "United States"}
  };
  private static final String[][] ELECTED_2024 = {
    {"DZA", "Algeria"}, {"ECU", "Ecuador"}, {"GUY", "Guyana"}, {"JPN", "Japan"}, {"MLT", "Malta"},
    {"MOZ", "Mozambique"}, {"KOR", "Republic of Korea"}, {"SLE", "Sierra Leone"}, {"SVN", "Slovenia"},
    {"CHE", "Switzerland"}
  };

  @Override
  public String title() {
    return "The UN Security Council: one vote each, unequal power";
  }

  @Override
  public String lesson() {
    return "Each of the fifteen members casts one vote, 6.7% of the total, but the veto makes a"
        + " permanent member pivotal in 421 of every 2,145 voting orders (19.6%) against 4 (0.19%) for"
        + " an elected member: the five hold 98% of Shapley-Shubik power. Banzhaf, which counts swings"
        + " rather than orders, gives the elected members more, 1.65% each, still a tenth of a"
        + " permanent member's share. The indices disagree on degree, never on who decides.";
  }

  /** @return the permanent members */
  public Set<PartnerId> permanentMembers() {
    List<PartnerId> ids = new ArrayList<>();
    for (String[] p : PERMANENT) {
      ids.add(PartnerId.of(p[0]));
    }
    return Set.copyOf(ids);
  }

  /** @return nine votes and no veto */
  public DecisionRule substantiveRule() {
    return DecisionRule.allOf(
        DecisionRule.atLeastYes(9), DecisionRule.vetoPlayers(permanentMembers(), VetoAbstention.ABSTENTION_DOES_NOT_BLOCK));
  }

  /** @return the Council's game */
  public SimpleGame council() {
    List<Voter> voters = new ArrayList<>();
    Map<PartnerId, String> names = new HashMap<>();
    for (String[][] group : new String[][][] {PERMANENT, ELECTED_2024}) {
      for (String[] m : group) {
        voters.add(Voter.of(PartnerId.of(m[0])));
        names.put(PartnerId.of(m[0]), m[1]);
      }
    }
    return SimpleGame.of(substantiveRule(), Electorate.of(voters)).withNames(names);
  }

  /** @return the exact Shapley-Shubik and Banzhaf indices */
  public PowerProfile power() {
    return PowerCalculator.defaults().compute(council(), EnumSet.of(PowerIndex.SHAPLEY_SHUBIK, PowerIndex.BANZHAF));
  }

  @Override
  public Report run() {
    PowerProfile power = power();
    TextTable table = new TextTable("member", "seat", "vote share", "Shapley-Shubik", "Banzhaf");
    Set<PartnerId> permanent = permanentMembers();
    for (MemberPower m : power.members()) {
      table.row(
          m.name(),
          permanent.contains(m.id()) ? "permanent" : "elected",
          PowerTables.percent(Rational.of(1, 15)),
          PowerTables.value(m.value(PowerIndex.SHAPLEY_SHUBIK).orElseThrow()),
          PowerTables.value(m.value(PowerIndex.BANZHAF).orElseThrow()));
    }
    return Report.of(this)
        .line("Rule: " + power.game().describe())
        .line("Veto players: " + power.game().vetoPlayers().stream().map(PartnerId::value).collect(Collectors.joining(", ")))
        .table(table)
        .line("Computed by: " + power.choice(PowerIndex.SHAPLEY_SHUBIK).explain().lines().findFirst().orElseThrow())
        .build();
  }

  /**
   * Runs this example alone.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Example.runAlone(new SecurityCouncil());
  }
}
