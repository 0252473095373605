package dev.alliance.benchmarks;

import dev.alliance.api.contribution.Valuation;
import dev.alliance.api.partner.Measure;
import dev.alliance.api.partner.Partner;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.partner.PartnerKind;
import dev.alliance.core.benefit.CoalitionGame;
import dev.alliance.core.benefit.Shapley;
import dev.alliance.core.benefit.ShapleyValue;
import dev.alliance.core.costsharing.Allocation;
import dev.alliance.core.costsharing.Bound;
import dev.alliance.core.costsharing.CostFormula;
import dev.alliance.core.costsharing.CostSharing;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Cost sharing and benefit distribution against the targets of the performance guide.
 *
 * <ul>
 *   <li>{@code allocate200WithFloorAndCeiling}: a budget of 3,000,000,000.00 split among 200 members
 *       in proportion to their income, with the UN's floor (0.001%), ceiling (22%) and a 0.01%
 *       ceiling for 40 of them, exact to the cent. Incomes are drawn from a fixed seed, spread over
 *       six orders of magnitude (from 0.1 to 100,000), so that the ceiling, the cap and the floor
 *       all bind. Baseline {@code proportionalDoubles200}: the same proportional split in doubles,
 *       without bounds or exactness, the least any allocation computes.
 *   <li>{@code shapleyExact20}: the exact Shapley value of a 20-player game, a weighted majority
 *       game (weights 1 to 20 from a fixed seed, quota more than half the total weight), value
 *       function evaluation included. Baseline {@code evaluateAllCoalitions20}: deciding, straight
 *       from the weights, whether each of the 2^20 coalitions wins, once: the least any exact
 *       method reads.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
public class ContributionsBenchmark {
  private static final Valuation BUDGET = Valuation.of("3000000000.00", "USD");

  private List<Partner> members;
  private CostSharing un;
  private double[] incomes;
  private CoalitionGame game;
  private int[] weights;
  private int quota;
  private final Map<PartnerId, Integer> index = new HashMap<>();

  /** Builds the members and the game from fixed seeds. */
  @Setup
  public void setUp() {
    Random random = new Random(1945);
    members = new ArrayList<>();
    incomes = new double[200];
    List<PartnerId> leastDeveloped = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      BigDecimal income = BigDecimal.valueOf(Math.round(Math.pow(10, -1 + 6 * random.nextDouble()) * 10), 1);
      if (i == 0) {
        income = new BigDecimal("3000000");
      }
      incomes[i] = income.doubleValue();
      PartnerId id = PartnerId.of(String.format("M%03d", i));
      members.add(Partner.builder().id(id).name(id.value()).kind(PartnerKind.STATE).putAttributes(Measure.GNI, income).build());
      if (i % 5 == 4) {
        leastDeveloped.add(id);
      }
    }
    un =
        CostSharing.of(CostFormula.proportionalTo(Measure.GNI))
            .withFloor(Bound.share("0.00001"))
            .withCeiling(Bound.share("0.22"))
            .withCeiling(leastDeveloped, Bound.share("0.0001"));

    Random seats = new Random(20);
    weights = new int[20];
    List<PartnerId> players = new ArrayList<>();
    int total = 0;
    for (int i = 0; i < 20; i++) {
      weights[i] = 1 + seats.nextInt(20);
      total += weights[i];
      players.add(PartnerId.of("P" + i));
      index.put(players.get(i), i);
    }
    quota = total / 2 + 1;
    game = CoalitionGame.of(players, this::value);
  }

  private BigDecimal value(Set<PartnerId> coalition) {
    int sum = 0;
    for (PartnerId p : coalition) {
      sum += weights[index.get(p)];
    }
    return sum >= quota ? BigDecimal.ONE : BigDecimal.ZERO;
  }

  /** @return the allocation under the UN rules */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Allocation allocate200WithFloorAndCeiling() {
    return un.allocate(BUDGET, members);
  }

  /** @return the proportional split in doubles, the baseline */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public double[] proportionalDoubles200() {
    double sum = 0;
    for (double income : incomes) {
      sum += income;
    }
    double[] amounts = new double[incomes.length];
    for (int i = 0; i < incomes.length; i++) {
      amounts[i] = 3_000_000_000.00 * incomes[i] / sum;
    }
    return amounts;
  }

  /** @return the exact Shapley value */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public ShapleyValue shapleyExact20() {
    return Shapley.exact(game);
  }

  /** @return how many of the 2^20 coalitions win, each evaluated once from the weights: the baseline */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public long evaluateAllCoalitions20() {
    long winning = 0;
    for (int mask = 0; mask < 1 << 20; mask++) {
      int sum = 0;
      for (int rest = mask; rest != 0; rest &= rest - 1) {
        sum += weights[Integer.numberOfTrailingZeros(rest)];
      }
      if (sum >= quota) {
        winning++;
      }
    }
    return winning;
  }
}
