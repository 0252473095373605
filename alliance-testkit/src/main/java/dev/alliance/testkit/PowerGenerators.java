package dev.alliance.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.alliance.api.Checks;
import dev.alliance.api.alliance.Member;
import dev.alliance.api.alliance.Role;
import dev.alliance.api.governance.Base;
import dev.alliance.api.governance.DecisionRule;
import dev.alliance.api.governance.Threshold;
import dev.alliance.api.governance.VetoAbstention;
import dev.alliance.api.governance.WeightSource;
import dev.alliance.api.partner.Measure;
import dev.alliance.api.partner.Partner;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.partner.PartnerKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators for voting-power tests: weighted votes {@code [q; w1, ..., wn]}, voting members with
 * weights and populations, and decision rules that define monotone simple games (weighted and
 * member majorities, veto players, blocking minorities, double majorities, and their all-of and
 * any-of compositions).
 *
 * <pre>{@code
 * qt().forAll(PowerGenerators.weightedVotes(1, 12, 20))
 *     .check(v -> 1 <= v.quota() && v.quota() <= v.total());
 * }</pre>
 *
 * <p>Weights come in three flavours, mixed: uniform, heavy-tailed (a few large players and many
 * small ones, as in real institutions, which makes null players common), and drawn from a handful
 * of values (which makes symmetric players common).
 */
public final class PowerGenerators {
  private PowerGenerators() {}

  /**
   * A weighted vote: a coalition wins when its weights reach the quota.
   *
   * @param weights the players' weights; never negative, at least one positive
   * @param quota the least winning weight; at least 1 and at most the total
   */
  public record WeightedVote(List<Long> weights, long quota) {
    /** Validates the vote. */
    public WeightedVote {
      weights = List.copyOf(Objects.requireNonNull(weights, "weights"));
      long total = 0;
      for (long w : weights) {
        Checks.nonNegative("WeightedVote.weights", w);
        total += w;
      }
      Checks.check(quota >= 1 && quota <= total, "WeightedVote.quota", quota, "must lie between 1 and the total weight " + total);
    }

    /** @return the total weight */
    public long total() {
      return weights.stream().mapToLong(Long::longValue).sum();
    }

    /** @return the weights as an array */
    public long[] weightArray() {
      return weights.stream().mapToLong(Long::longValue).toArray();
    }

    /** @return the dual vote {@code [W - q + 1; w]}: a coalition wins when its complement cannot */
    public WeightedVote dual() {
      return new WeightedVote(weights, total() - quota + 1);
    }

    @Override
    public String toString() {
      return "[" + quota + "; " + String.join(", ", weights.stream().map(String::valueOf).toList()) + "]";
    }
  }

  /**
   * @param minPlayers the fewest players; at least 1
   * @param maxPlayers the most players
   * @param maxWeight the largest weight
   * @return weight lists with at least one positive weight
   */
  public static Gen<List<Long>> weights(int minPlayers, int maxPlayers, long maxWeight) {
    Gen<Long> uniform = longs().between(0, maxWeight);
    Gen<Long> heavyTailed = integers().between(0, 12).map(k -> Math.max(0, maxWeight >> k));
    Gen<Long> fewValues = Generate.pick(List.of(1L, 2L, Math.max(1, maxWeight / 2), maxWeight));
    List<Gen<Long>> flavours = List.of(uniform, heavyTailed, fewValues);
    return integers()
        .between(0, flavours.size() - 1)
        .flatMap(f -> lists().of(flavours.get(f)).ofSizeBetween(minPlayers, maxPlayers))
        .map((List<Long> list) -> atLeastOnePositive(list));
  }

  /**
   * @param minPlayers the fewest players; at least 1
   * @param maxPlayers the most players
   * @param maxWeight the largest weight
   * @return valid weighted votes, quotas anywhere from 1 to the total weight
   */
  public static Gen<WeightedVote> weightedVotes(int minPlayers, int maxPlayers, long maxWeight) {
    return weights(minPlayers, maxPlayers, maxWeight)
        .flatMap(
            w -> {
              long total = w.stream().mapToLong(Long::longValue).sum();
              return longs().between(1, total).map(q -> new WeightedVote(w, q));
            })
        .describedAs(WeightedVote::toString);
  }

  /**
   * @param minMembers the fewest members; at least 1
   * @param maxMembers the most members
   * @param maxWeight the largest member weight and population (in thousands)
   * @return full, voting members {@code P0, P1, ...} with whole-number weights and populations
   */
  public static Gen<List<Member>> votingMembers(int minMembers, int maxMembers, long maxWeight) {
    return weights(minMembers, maxMembers, maxWeight)
        .zip(lists().of(longs().between(1, maxWeight)).ofSize(maxMembers), PowerGenerators::members)
        .describedAs(PowerGenerators::describe);
  }

  /**
   * @param members the voters a rule may name
   * @param depth how deeply {@code allOf} and {@code anyOf} may nest
   * @return rules over member counts, member weights and population that define monotone games;
   *     a few define no simple game at all (nobody can carry them, or they pass unopposed), which
   *     tests filter with {@code assuming}
   */
  public static Gen<DecisionRule> monotoneRules(List<PartnerId> members, int depth) {
    List<Gen<DecisionRule>> leaves = new ArrayList<>();
    leaves.add(Generate.constant(DecisionRule.unanimity()));
    leaves.add(positiveThresholds(members.size()).zip(Generate.enumValues(Base.class), DecisionRule::qualifiedMajority));
    leaves.add(
        Generate.pick(List.of(WeightSource.memberWeights(), WeightSource.ofMeasure(Measure.POPULATION)))
            .zip(positiveShares(), Generate.enumValues(Base.class), DecisionRule::weighted));
    leaves.add(positiveShares().zip(positiveShares(), integers().between(0, 5),
        (m, p, block) -> (DecisionRule) new DecisionRule.DoubleMajority(m, Measure.POPULATION, p, block)));
    leaves.add(integers().between(1, Math.max(1, members.size())).map(DecisionRule.BlockingMinority::new));
    if (!members.isEmpty()) {
      leaves.add(
          lists().of(Generate.pick(members)).ofSizeBetween(1, Math.min(3, members.size()))
              .map(list -> DecisionRule.vetoPlayers(new HashSet<>(list), VetoAbstention.ABSTENTION_DOES_NOT_BLOCK)));
      leaves.add(Generate.pick(members).map(DecisionRule::leadPartner));
    }
    Gen<DecisionRule> leaf = integers().between(0, leaves.size() - 1).flatMap(leaves::get);
    if (depth <= 0) {
      return leaf.describedAs(DecisionRule::toString);
    }
    Gen<List<DecisionRule>> parts = lists().of(monotoneRules(members, depth - 1)).ofSizeBetween(2, 3);
    return Generate.oneOf(
            leaf,
            leaf,
            parts.map(DecisionRule.AllOf::new),
            parts.map(DecisionRule.AnyOf::new))
        .describedAs(DecisionRule::toString);
  }

  /**
   * @return shares {@code n/d} with {@code 1 <= n <= d <= 10}, "at least" or (below 1) "more
   *     than"; exactly one half, where ties arise, one time in three
   */
  public static Gen<Threshold.Share> positiveShares() {
    Gen<Threshold.Share> any =
        integers()
            .between(1, 10)
            .flatMap(d -> integers().between(1, d).zip(Generate.booleans(), (n, strict) -> new Threshold.Share(n, d, strict && n < d)));
    Gen<Threshold.Share> half = Generate.booleans().map(strict -> new Threshold.Share(1, 2, strict));
    return Generate.oneOf(any, any, half);
  }

  /**
   * @param maxQuota the largest quota
   * @return positive shares, or quotas from 1 to {@code maxQuota}
   */
  public static Gen<Threshold> positiveThresholds(long maxQuota) {
    return Generate.oneOf(positiveShares().map(s -> (Threshold) s), longs().between(1, Math.max(1, maxQuota)).map(Threshold::quota));
  }

  private static List<Long> atLeastOnePositive(List<Long> weights) {
    if (weights.stream().anyMatch(w -> w > 0)) {
      return weights;
    }
    List<Long> fixed = new ArrayList<>(weights);
    fixed.set(0, 1L);
    return fixed;
  }

  private static List<Member> members(List<Long> weights, List<Long> populations) {
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < weights.size(); i++) {
      Partner partner =
          Partner.builder()
              .id(PartnerId.of("P" + i))
              .name("Partner " + i)
              .kind(PartnerKind.STATE)
              .putAttributes(Measure.POPULATION, BigDecimal.valueOf(populations.get(i)))
              .build();
      members.add(Member.builder().partner(partner).role(Role.MEMBER).weight(BigDecimal.valueOf(weights.get(i))).build());
    }
    return members;
  }

  private static String describe(List<Member> members) {
    List<String> parts = new ArrayList<>();
    for (Member m : members) {
      parts.add(m.id() + "(w=" + m.weight() + ", pop=" + m.partner().attribute(Measure.POPULATION).orElseThrow() + ")");
    }
    return String.join(" ", parts);
  }

  /**
   * @param members members
   * @return their identities in order
   */
  public static List<PartnerId> ids(List<Member> members) {
    return members.stream().map(Member::id).toList();
  }

  /**
   * @param members members
   * @return the identities as a set
   */
  public static Set<PartnerId> idSet(List<Member> members) {
    return new HashSet<>(ids(members));
  }
}
