package dev.alliance.core.power;

import dev.alliance.api.Checks;
import dev.alliance.api.governance.DecisionRule;
import dev.alliance.api.governance.Threshold;
import dev.alliance.api.governance.VetoAbstention;
import dev.alliance.api.governance.WeightSource;
import dev.alliance.api.partner.PartnerId;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a {@link DecisionRule} and an {@link Electorate} into a {@link SimpleGame}, by the
 * conventions documented on {@link SimpleGame#of(DecisionRule, Electorate)}. Criteria with the same
 * weights are shared, so the EU's "55% of states" and "fewer than four states against" both count
 * on one member criterion.
 */
final class RuleTranslator {
  /** Sums must stay well inside a long, with room for the algorithms to add one more weight. */
  private static final BigInteger MAX_TOTAL = BigInteger.ONE.shiftLeft(62);

  private final Electorate electorate;
  private final int n;
  private final List<String> labels = new ArrayList<>();
  private final List<long[]> weights = new ArrayList<>();
  private final Map<WeightKey, Integer> indexByWeights = new HashMap<>();

  private RuleTranslator(Electorate electorate) {
    this.electorate = electorate;
    this.n = electorate.size();
  }

  static SimpleGame translate(DecisionRule rule, Electorate electorate) {
    RuleTranslator translator = new RuleTranslator(electorate);
    Condition condition = translator.condition(rule);
    List<Player> players = new ArrayList<>();
    for (int i = 0; i < translator.n; i++) {
      Voter v = electorate.voters().get(i);
      players.add(new Player(i, v.id(), v.name()));
    }
    return new SimpleGame(
        players, translator.labels, translator.weights.toArray(long[][]::new), condition, rule.toString());
  }

  private Condition condition(DecisionRule rule) {
    if (rule instanceof DecisionRule.Consensus || rule instanceof DecisionRule.Unanimity) {
      return count(n);
    }
    if (rule instanceof DecisionRule.Majority majority) {
      return count(quota(majority.threshold(), BigInteger.valueOf(n), 0));
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
      Optional<Integer> index = electorate.indexOf(lead.lead());
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

  private Condition veto(DecisionRule.VetoPlayers veto) {
    long[] w = new long[n];
    long present = 0;
    for (PartnerId id : veto.players()) {
      Optional<Integer> index = electorate.indexOf(id);
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
    BigDecimal[] raw = new BigDecimal[n];
    String label;
    for (int i = 0; i < n; i++) {
      raw[i] = weightOf(source, electorate.voters().get(i));
    }
    if (source instanceof WeightSource.OfMeasure measure) {
      label = measure.measure().name();
    } else if (source instanceof WeightSource.MemberWeights) {
      label = "member weight";
    } else if (source instanceof WeightSource.Contributions contributions) {
      label = "contributions in " + contributions.unit();
    } else {
      label = "weight";
    }
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
    return atom(label, w, quota(rule.threshold(), total, scale));
  }

  private BigDecimal weightOf(WeightSource source, Voter voter) {
    if (source instanceof WeightSource.Explicit explicit) {
      return explicit.weights().getOrDefault(voter.id(), BigDecimal.ZERO);
    }
    if (source instanceof WeightSource.OfMeasure measure) {
      BigDecimal value = voter.measures().get(measure.measure());
      Checks.check(
          value != null,
          "Voter[" + voter.id() + "].measures",
          measure.measure().name(),
          "is missing, and the rule weighs votes by it");
      return value;
    }
    if (source instanceof WeightSource.MemberWeights) {
      return voter.weight();
    }
    if (source instanceof WeightSource.Contributions contributions) {
      return voter.contributions().getOrDefault(contributions.unit(), BigDecimal.ZERO);
    }
    throw new IllegalStateException("unknown weight source " + source);
  }

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
