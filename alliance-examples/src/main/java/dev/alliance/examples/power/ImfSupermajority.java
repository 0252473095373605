package dev.alliance.examples.power;

import dev.alliance.api.governance.Base;
import dev.alliance.api.governance.DecisionRule;
import dev.alliance.api.governance.Threshold;
import dev.alliance.api.governance.WeightSource;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.governance.Electorate;
import dev.alliance.core.governance.Voter;
import dev.alliance.core.power.Criterion;
import dev.alliance.core.power.IndexResult;
import dev.alliance.core.power.PowerCalculator;
import dev.alliance.core.power.PowerIndex;
import dev.alliance.core.power.PowerProfile;
import dev.alliance.core.power.SimpleGame;
import dev.alliance.examples.Example;
import dev.alliance.examples.Report;
import dev.alliance.examples.TextTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;

/**
 * An IMF-sized board: 190 members and about 2.5 million votes, the largest member holding 16.5% of
 * them, as the United States does in the IMF's Board of Governors. The other members' votes are
 * synthetic, drawn from a fixed seed to be heavy-tailed like the real ones: each member's basic
 * votes (the IMF spreads 5.502% of all votes equally) plus votes that fall off roughly as a power
 * of the member's rank. Major decisions (quota changes, gold sales, amendments) need 85% of the
 * votes.
 *
 * <p>The board is also the workload of the IMF-size benchmark in {@code alliance-benchmarks}.
 */
public final class ImfSupermajority implements Example {
  /** The seed of the synthetic board. */
  public static final long SEED = 1944;
  /** The number of members. */
  public static final int MEMBERS = 190;
  /** The largest member's share of the votes. */
  public static final double LARGEST_SHARE = 0.165;

  private static final long TARGET_TOTAL = 2_500_000;
  private static final int SHOWN = 6;

  @Override
  public String title() {
    return "An IMF-sized board: the 85% supermajority and its one veto";
  }

  @Override
  public String lesson() {
    return "Under a simple majority the largest member, with 16.5% of the votes, holds about a quarter"
        + " of the Banzhaf power: among many small members a big block swings far more often than its"
        + " weight suggests. At the 85% supermajority its votes alone can block, so it is the board's"
        + " only veto player, yet its share of Banzhaf power falls below 2%, level with members holding"
        + " a sixth of its votes: so few coalitions reach 85% that nearly every member of a winning one"
        + " is needed. A veto is power to stop, not power to act; a random proposal almost never passes.";
  }

  /**
   * Builds the synthetic board. Deterministic: {@link Random} and {@link StrictMath} give the same
   * numbers on every JVM.
   *
   * @return the members {@code M001} to {@code M190}, largest first, with their votes as member
   *     weights
   */
  public static List<Voter> board() {
    Random random = new Random(SEED);
    long basic = Math.round(0.05502 * TARGET_TOTAL / MEMBERS);
    double[] raw = new double[MEMBERS - 1];
    double rawTotal = 0;
    for (int rank = 0; rank < raw.length; rank++) {
      double noise = StrictMath.exp(0.3 * random.nextGaussian());
      raw[rank] = noise / StrictMath.pow(rank + 3, 1.05);
      rawTotal += raw[rank];
    }
    long largest = Math.round(LARGEST_SHARE * TARGET_TOTAL);
    long rest = TARGET_TOTAL - largest - basic * (MEMBERS - 1);
    List<Long> others = new ArrayList<>();
    for (double r : raw) {
      others.add(basic + Math.round(rest * r / rawTotal));
    }
    others.sort((a, b) -> Long.compare(b, a));
    List<Voter> voters = new ArrayList<>();
    voters.add(Voter.of(PartnerId.of("M001"), BigDecimal.valueOf(largest)));
    for (int i = 0; i < others.size(); i++) {
      String id = String.format(java.util.Locale.ROOT, "M%03d", i + 2);
      voters.add(Voter.of(PartnerId.of(id), BigDecimal.valueOf(others.get(i))));
    }
    return voters;
  }

  /**
   * @param percent the share of all votes needed, such as {@code "85"}
   * @return the board deciding by that weighted majority
   */
  public static SimpleGame game(String percent) {
    return SimpleGame.of(
        DecisionRule.weighted(WeightSource.memberWeights(), Threshold.atLeastPercent(percent), Base.ALL_MEMBERS),
        Electorate.of(board()));
  }

  /**
   * @param percent the share of all votes needed
   * @return the exact normalized Banzhaf index of every member under that majority
   */
  public static PowerProfile banzhaf(String percent) {
    return PowerCalculator.defaults().compute(game(percent), EnumSet.of(PowerIndex.BANZHAF, PowerIndex.BANZHAF_ABSOLUTE));
  }

  /**
   * The probability that a proposal passes when every member votes yes or no with equal chance.
   * A veto player is critical in every winning coalition, so its swing count is the number of
   * winning coalitions, and this probability is half its absolute Banzhaf index.
   *
   * @param power the indices of a game with a veto player
   * @return the passing probability
   */
  public static double passingProbability(PowerProfile power) {
    PartnerId veto = power.game().vetoPlayers().get(0);
    return power.value(PowerIndex.BANZHAF_ABSOLUTE, veto).orElseThrow().toDouble() / 2;
  }

  @Override
  public Report run() {
    PowerProfile simple = banzhaf("50");
    PowerProfile supermajority = banzhaf("85");
    Criterion votes = supermajority.game().criteria().get(0);
    IndexResult atHalf = simple.result(PowerIndex.BANZHAF).orElseThrow();
    IndexResult at85 = supermajority.result(PowerIndex.BANZHAF).orElseThrow();
    TextTable table = new TextTable("member", "votes", "vote share", "Banzhaf at 50%", "Banzhaf at 85%");
    double restShare = 0;
    double restHalf = 0;
    double rest85 = 0;
    for (int i = 0; i < MEMBERS; i++) {
      if (i < SHOWN) {
        table.row(
            supermajority.game().players().get(i).name(),
            votes.weights().get(i),
            PowerTables.percent(votes.share(i)),
            PowerTables.percent(atHalf.value(i)),
            PowerTables.percent(at85.value(i)));
      } else {
        restShare += votes.share(i).toDouble();
        restHalf += atHalf.value(i).toDouble();
        rest85 += at85.value(i).toDouble();
      }
    }
    table.row("the other " + (MEMBERS - SHOWN), "", PowerTables.percent(restShare), PowerTables.percent(restHalf), PowerTables.percent(rest85));
    return Report.of(this)
        .line(MEMBERS + " members, " + votes.total() + " votes; 85% majority: " + supermajority.game().describe())
        .line("Veto players at 85%: " + supermajority.game().vetoPlayers() + "; at 50%: " + simple.game().vetoPlayers())
        .line(String.format(java.util.Locale.ROOT,
            "A random proposal passes at 85%% with probability %.2e (half the veto player's absolute Banzhaf index)",
            passingProbability(supermajority)))
        .table(table)
        .line("Exact, by " + supermajority.choice(PowerIndex.BANZHAF).candidates().get(0).approach())
        .build();
  }

  /**
   * Runs this example alone.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Example.runAlone(new ImfSupermajority());
  }
}
