package dev.alliance.core.power;

import dev.alliance.api.Checks;
import dev.alliance.api.governance.Base;
import dev.alliance.api.governance.DecisionProcedure;
import dev.alliance.api.governance.DecisionRule;
import dev.alliance.api.governance.Threshold;
import dev.alliance.api.governance.TiePolicy;
import dev.alliance.api.governance.VetoAbstention;
import dev.alliance.api.governance.WeightSource;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.governance.Electorate;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Turns a {@link DecisionProcedure} and an {@link Electorate} into a {@link SimpleGame}: the
 * outcome the governance tally gives when every voter votes yes or no (docs/governance.md), as a
 * formula over weighted criteria. Criteria with the same weights are shared, so the EU's "55% of
 * states" and "fewer than four states against" both count on one member criterion.
 */
final class RuleTranslator {
  /** Sums must stay well inside a long, with room for the algorithms to add one more weight. */
  private static final BigInteger MAX_TOTAL = BigInteger.ONE.shiftLeft(62);

  private final Electorate electorate;
  private final TiePolicy tie;
  private final int n;
  private final List<String> labels = new ArrayList<>();
  private final List<long[]> weights = new ArrayList<>();
  private final Map<WeightKey, Integer> indexByWeights = new HashMap<>();

  private RuleTranslator(Electorate electorate, TiePolicy tie) {
    this.electorate = electorate;
    this.tie = tie;
    this.n = electorate.size();
  }

  static SimpleGame translate(DecisionProcedure procedure, Electorate electorate) {
    RuleTranslator translator = new RuleTranslator(electorate, procedure.tie());
    Condition condition = translator.condition(procedure.rule());
    // Everyone takes part in a yes-or-no vote, so the quorum is met unless it exceeds the electorate.
    BigDecimal size = BigDecimal.valueOf(translator.n);
    if (!procedure.quorum().threshold().isMetBy(size, size)) {
      condition = Condition.Constant.FALSE;
    }
    List<Player> players = new ArrayList<>();
    for (int i = 0; i < translator.n; i++) {
      PartnerId id = electorate.voters().get(i).id();
      players.add(new Player(i, id, id.value()));
    }
    return new SimpleGame(
        players, translator.labels, translator.weights.toArray(long[][]::new), condition, procedure.rule().toString());
  }

  private Condition condition(DecisionRule rule) {
    if (rule instanceof DecisionRule.Consensus || rule instanceof DecisionRule.Unanimity) {
      return count(n);
    }
    if (rule instanceof DecisionRule.Majority majority) {
      long[] ones = new long[n];
      Arrays.fill(ones, 1);
      return threshold("members", ones, majority.threshold(), majority.base(), BigInteger.valueOf(n), 0);
    }
    if (rule instanceof DecisionRule.BlockingMinority blocking) {
      return count((long) n - blocking.minimumMembers() + 1);
    }
    if (rule instanceof DecisionRule.WeightedMajority weighted) {
      return weighted(weighted);
    }
    if (rule instanceof DecisionRule.VetoPlayers veto) {
      return veto(veto);
    }
    if (rule instanceof DecisionRule.LeadPartner lead) {
      Optional<Integer> index = index(lead.lead());
      if (index.isEmpty()) {
        return Condition.Constant.FALSE;
      }
      long[] w = new long[n];
      w[index.get()] = 1;
      return atom("lead partner " + lead.lead(), w, 1);
    }
    if (rule instanceof DecisionRule.DoubleMajority doubleMajority) {
      return condition(doubleMajority.toComposition());
    }
    if (rule instanceof DecisionRule.AllOf allOf) {
      return Condition.all(allOf.rules().stream().map(this::condition).toList());
    }
    if (rule instanceof DecisionRule.AnyOf anyOf) {
      return Condition.any(anyOf.rules().stream().map(this::condition).toList());
    }
    throw new IllegalStateException("unknown decision rule " + rule);
  }

  private Condition count(long quota) {
    long[] ones = new long[n];
    Arrays.fill(ones, 1);
    return atom("members", ones, quota);
  }

  /**
   * A threshold on one criterion. Half of the votes cast is where the tally's tie policy acts: a
   * tie (yes exactly equal to no) is rejected by default, adopted under {@code adopted()}, and
   * under a casting vote adopted exactly when the chair is on the yes side.
   */
  private Condition threshold(String label, long[] w, Threshold threshold, Base base, BigInteger total, int scale) {
    boolean half =
        base == Base.VOTES_CAST
            && threshold instanceof Threshold.Share share
            && 2 * share.numerator() == share.denominator();
    if (!half || total.testBit(0)) {
      return atom(label, w, quota(threshold, total, scale));
    }
    long even = total.shiftRight(1).longValueExact();
    Condition more = atom(label, w, even + 1);
    if (even == 0 || tie == TiePolicy.rejected()) {
      return more;
    }
    if (tie == TiePolicy.adopted()) {
      return atom(label, w, even);
    }
    PartnerId chairId = ((TiePolicy.CastingVote) tie).chair();
    Optional<Integer> chair = index(chairId);
    if (chair.isEmpty()) {
      return more;
    }
    long[] casting = new long[n];
    casting[chair.get()] = 1;
    return Condition.any(List.of(more, Condition.all(List.of(atom(label, w, even), atom("chair " + chairId, casting, 1)))));
  }

  private Optional<Integer> index(PartnerId id) {
    OptionalInt i = electorate.indexOf(id);
    return i.isPresent() ? Optional.of(i.getAsInt()) : Optional.empty();
  }

  private Condition veto(DecisionRule.VetoPlayers veto) {
    long[] w = new long[n];
    long present = 0;
    for (PartnerId id : veto.players()) {
      Optional<Integer> index = index(id);
      if (index.isPresent()) {
        w[index.get()] = 1;
        present++;
      } else if (veto.abstention() == VetoAbstention.ABSTENTION_BLOCKS) {
        // An absent veto player blocks under this policy, so nothing can pass.
        return Condition.Constant.FALSE;
      }
    }
    return present == 0 ? Condition.Constant.TRUE : atom("veto players", w, present);
  }

  private Condition weighted(DecisionRule.WeightedMajority rule) {
    WeightSource source = rule.weights();
    BigDecimal[] raw = electorate.weights(source).toArray(new BigDecimal[0]);
    String label = Electorate.weightLabel(source);
    int scale = 0;
    for (BigDecimal w : raw) {
      scale = Math.max(scale, w.stripTrailingZeros().scale());
    }
    if (rule.threshold() instanceof Threshold.Quota quota) {
      scale = Math.max(scale, quota.amount().stripTrailingZeros().scale());
    }
    long[] w = new long[n];
    BigInteger total = BigInteger.ZERO;
    for (int i = 0; i < n; i++) {
      BigInteger scaled = raw[i].movePointRight(scale).toBigIntegerExact();
      total = total.add(scaled);
      Checks.check(
          total.compareTo(MAX_TOTAL) < 0,
          "WeightedMajority.weights",
          total,
          "must total less than 2^62 once scaled to whole numbers (scale " + scale + "), to be counted exactly");
      w[i] = scaled.longValueExact();
    }
    if (scale > 0) {
      label = label + " x 10^" + scale;
    }
    return threshold(label, w, rule.threshold(), rule.base(), total, scale);
  }

  /** The weights a source gives, with the tally engine's errors for what is missing. */
  /**
   * The least whole number of units that meets a threshold of a total.
   *
   * @param threshold a share of the total or a quota
   * @param total the total, in units of 10^-scale
   * @param scale the power of ten the weights were scaled by
   */
  private static long quota(Threshold threshold, BigInteger total, int scale) {
    BigInteger quota;
    if (threshold instanceof Threshold.Share share) {
      BigInteger[] qr =
          total.multiply(BigInteger.valueOf(share.numerator())).divideAndRemainder(BigInteger.valueOf(share.denominator()));
      if (share.strict()) {
        quota = qr[0].add(BigInteger.ONE);
      } else {
        quota = qr[1].signum() == 0 ? qr[0] : qr[0].add(BigInteger.ONE);
      }
    } else {
      BigDecimal amount = ((Threshold.Quota) threshold).amount().movePointRight(scale);
      quota = amount.setScale(0, RoundingMode.CEILING).toBigIntegerExact();
    }
    // Anything above the total can never be met; clamp so it fits a long and folds to "never".
    return quota.min(total.add(BigInteger.ONE)).longValueExact();
  }

  private Condition atom(String label, long[] w, long quota) {
    long total = 0;
    for (long x : w) {
      total += x;
    }
    Integer index = indexByWeights.get(new WeightKey(w));
    if (index == null) {
      Condition c = Condition.atom(weights.size(), quota, total);
      if (c instanceof Condition.Atom) {
        index = weights.size();
        indexByWeights.put(new WeightKey(w), index);
        weights.add(w);
        labels.add(label);
      }
      return c;
    }
    return Condition.atom(index, quota, total);
  }

  /** Weight vectors compared by content, so that equal criteria are counted once. */
  private record WeightKey(long[] weights) {
    @Override
    public boolean equals(Object o) {
      return o instanceof WeightKey other && Arrays.equals(weights, other.weights);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
      return Arrays.toString(weights);
    }
  }
}
