package dev.alliance.benchmarks;

import dev.alliance.api.governance.Base;
import dev.alliance.api.governance.Decision;
import dev.alliance.api.governance.DecisionProcedure;
import dev.alliance.api.governance.DecisionRule;
import dev.alliance.api.governance.Outcome;
import dev.alliance.api.governance.Quorum;
import dev.alliance.api.governance.Threshold;
import dev.alliance.api.governance.VetoAbstention;
import dev.alliance.api.governance.Vote;
import dev.alliance.api.governance.WeightSource;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.governance.Ballots;
import dev.alliance.core.governance.Electorate;
import dev.alliance.core.governance.Tally;
import dev.alliance.core.governance.Voter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One tally of a proposal put to n weighted members, five of them veto players, under a quorum of
 * more than half the members: a weighted majority of two thirds of the votes cast, and no veto.
 * Next to it, two baselines over the same weights: a plain summation of the weight array, and the
 * least any weighted tally must do, summing the weights of the yes ballots.
 *
 * <p>Weights are whole numbers from 1 to 10,000 and ballots 70% yes, 10% each no, abstain and
 * absent, drawn from a fixed seed; the veto players vote yes, so that every condition is checked.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TallyBenchmark {
  @Param({"1000"})
  int members;

  private Tally tally;
  private Ballots ballots;
  private long[] weights;
  private byte[] codes;

  /** Builds the electorate, the compiled procedure and the ballots from a fixed seed. */
  @Setup
  public void setUp() {
    Random random = new Random(42);
    List<Voter> voters = new ArrayList<>();
    weights = new long[members];
    codes = new byte[members];
    List<Vote> votes = new ArrayList<>();
    Set<PartnerId> vetoPlayers = new HashSet<>();
    for (int i = 0; i < members; i++) {
      weights[i] = 1 + random.nextInt(10_000);
      PartnerId id = PartnerId.of("M" + i);
      voters.add(Voter.of(id, BigDecimal.valueOf(weights[i])));
      int draw = random.nextInt(10);
      Vote vote = i < 5 || draw < 7 ? Vote.YES : draw == 7 ? Vote.NO : draw == 8 ? Vote.ABSTAIN : Vote.ABSENT;
      votes.add(vote);
      codes[i] = (byte) vote.ordinal();
      if (i < 5) {
        vetoPlayers.add(id);
      }
    }
    DecisionProcedure procedure =
        DecisionProcedure.of(
                DecisionRule.allOf(
                    DecisionRule.weighted(WeightSource.memberWeights(), Threshold.atLeast(2, 3), Base.VOTES_CAST),
                    DecisionRule.vetoPlayers(vetoPlayers, VetoAbstention.ABSTENTION_DOES_NOT_BLOCK)))
            .withQuorum(Quorum.ofShare(Threshold.moreThanHalf()));
    Electorate electorate = Electorate.of(voters);
    tally = Tally.of(procedure, electorate);
    ballots = Ballots.of(electorate, votes);
    if (tally.decide(ballots) != Decision.ADOPTED) {
      throw new IllegalStateException("the benchmark's proposal should pass every condition");
    }
  }

  /** @return the decision of one tally */
  @Benchmark
  public Decision tally() {
    return tally.decide(ballots);
  }

  /** @return one tally with its explanation */
  @Benchmark
  public Outcome tallyExplained() {
    return tally.outcome(ballots);
  }

  /** @return the sum of the weight array: the baseline of the target */
  @Benchmark
  public long sumWeights() {
    long sum = 0;
    for (long weight : weights) {
      sum += weight;
    }
    return sum;
  }

  /** @return the weight of the yes ballots: the least a weighted tally must compute */
  @Benchmark
  public long sumYesWeights() {
    long sum = 0;
    for (int i = 0; i < weights.length; i++) {
      if (codes[i] == 0) {
        sum += weights[i];
      }
    }
    return sum;
  }
}
