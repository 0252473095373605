package dev.alliance.api.governance;

import dev.alliance.api.Checks;
import dev.alliance.api.partner.Measure;
import dev.alliance.api.partner.PartnerId;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How a body decides, as data. Each rule states when a proposal is adopted; rules compose with
 * {@link AllOf} and {@link AnyOf}, so an institution's rule is built from these parts rather than
 * written as special code.
 *
 * <table>
 *   <caption>The rules</caption>
 *   <tr><th>rule</th><th>adopted when</th><th>example</th></tr>
 *   <tr><td>{@link Consensus}</td><td>nobody votes no (abstaining is not objecting)</td><td>NATO's North Atlantic Council</td></tr>
 *   <tr><td>{@link Unanimity}</td><td>every member votes yes</td><td>NATO enlargement</td></tr>
 *   <tr><td>{@link Majority}</td><td>one member one vote, a threshold of a base</td><td>simple, absolute, two-thirds</td></tr>
 *   <tr><td>{@link WeightedMajority}</td><td>a threshold of weights</td><td>IMF: 85% of voting power</td></tr>
 *   <tr><td>{@link VetoPlayers}</td><td>no named veto player votes no</td><td>UN Security Council P5</td></tr>
 *   <tr><td>{@link DoubleMajority}</td><td>a share of members and a share of a measure</td><td>EU Council: 55% of states, 65% of population</td></tr>
 *   <tr><td>{@link BlockingMinority}</td><td>fewer than n members withhold support</td><td>EU Council: a blocking minority needs four states</td></tr>
 *   <tr><td>{@link LeadPartner}</td><td>the lead partner votes yes</td><td>a hierarchical joint venture</td></tr>
 *   <tr><td>{@link AllOf}, {@link AnyOf}</td><td>all, or any, of the parts</td><td>UN Security Council: nine votes and no veto</td></tr>
 * </table>
 */
public sealed interface DecisionRule
    permits DecisionRule.Consensus,
        DecisionRule.Unanimity,
        DecisionRule.Majority,
        DecisionRule.WeightedMajority,
        DecisionRule.VetoPlayers,
        DecisionRule.DoubleMajority,
        DecisionRule.BlockingMinority,
        DecisionRule.LeadPartner,
        DecisionRule.AllOf,
        DecisionRule.AnyOf {

  /**
   * Lists the partners the rule names (veto players, a lead partner, explicitly weighted
   * members), so that an alliance can check they are all members.
   *
   * @return the partners named anywhere in the rule
   */
  Set<PartnerId> namedPartners();

  /** @return adopted unless a member objects */
  static DecisionRule consensus() {
    return new Consensus();
  }

  /** @return adopted only when every member votes yes */
  static DecisionRule unanimity() {
    return new Unanimity();
  }

  /** @return more than half of the votes cast */
  static DecisionRule simpleMajority() {
    return new Majority(Threshold.moreThanHalf(), Base.VOTES_CAST);
  }

  /** @return more than half of all members, present or not */
  static DecisionRule absoluteMajority() {
    return new Majority(Threshold.moreThanHalf(), Base.ALL_MEMBERS);
  }

  /**
   * @param threshold the required share, such as {@code Threshold.atLeast(2, 3)}
   * @param base what it is a share of
   * @return a qualified majority, one member one vote
   */
  static DecisionRule qualifiedMajority(Threshold threshold, Base base) {
    return new Majority(threshold, base);
  }

  /**
   * @param votes the least number of yes votes
   * @return adopted when at least {@code votes} members vote yes, as the Security Council's nine
   */
  static DecisionRule atLeastYes(int votes) {
    return new Majority(Threshold.quota(votes), Base.ALL_MEMBERS);
  }

  /**
   * @param weights where the weights come from
   * @param threshold the required share or quota of weight
   * @param base what a share is a share of
   * @return a weighted majority
   */
  static DecisionRule weighted(WeightSource weights, Threshold threshold, Base base) {
    return new WeightedMajority(weights, threshold, base);
  }

  /**
   * @param players the veto players
   * @param abstention whether a veto player's abstention blocks
   * @return adopted unless a veto player blocks
   */
  static DecisionRule vetoPlayers(Set<PartnerId> players, VetoAbstention abstention) {
    return new VetoPlayers(players, abstention);
  }

  /**
   * @param lead the partner who decides
   * @return adopted when the lead partner votes yes
   */
  static DecisionRule leadPartner(PartnerId lead) {
    return new LeadPartner(lead);
  }

  /**
   * @param rules the parts
   * @return adopted when every part adopts
   */
  static DecisionRule allOf(DecisionRule... rules) {
    return new AllOf(List.of(rules));
  }

  /**
   * @param rules the parts
   * @return adopted when any part adopts
   */
  static DecisionRule anyOf(DecisionRule... rules) {
    return new AnyOf(List.of(rules));
  }

  /** Adopted unless someone votes no; abstaining is not objecting, so every member holds a veto. */
  record Consensus() implements DecisionRule {
    @Override
    public Set<PartnerId> namedPartners() {
      return Set.of();
    }
  }

  /** Adopted only when every member entitled to vote votes yes. */
  record Unanimity() implements DecisionRule {
    @Override
    public Set<PartnerId> namedPartners() {
      return Set.of();
    }
  }

  /**
   * One member one vote: the yes votes must meet a threshold of a base.
   *
   * @param threshold the required share of the base, or a quota of yes votes
   * @param base what a share is a share of
   */
  record Majority(Threshold threshold, Base base) implements DecisionRule {
    /** Validates the rule. */
    public Majority {
      Objects.requireNonNull(threshold, "threshold");
      Objects.requireNonNull(base, "base");
    }

    @Override
    public Set<PartnerId> namedPartners() {
      return Set.of();
    }
  }

  /**
   * Weighted voting: the weight of the yes votes must meet a threshold of the base's weight.
   *
   * @param weights where the weights come from
   * @param threshold the required share of the base's weight, or a quota of weight
   * @param base what a share is a share of
   */
  record WeightedMajority(WeightSource weights, Threshold threshold, Base base)
      implements DecisionRule {
    /** Validates the rule. */
    public WeightedMajority {
      Objects.requireNonNull(weights, "weights");
      Objects.requireNonNull(threshold, "threshold");
      Objects.requireNonNull(base, "base");
    }

    @Override
    public Set<PartnerId> namedPartners() {
      return weights instanceof WeightSource.Explicit explicit ? explicit.weights().keySet() : Set.of();
    }
  }

  /**
   * Named members whose no blocks the decision; whether their abstention (or absence) blocks too
   * is a policy. On its own the rule adopts whenever no veto player blocks; combine it with a
   * majority through {@link AllOf}.
   *
   * @param players the veto players; at least one
   * @param abstention whether a veto player's abstention or absence blocks
   */
  record VetoPlayers(Set<PartnerId> players, VetoAbstention abstention) implements DecisionRule {
    /** Validates the rule. */
    public VetoPlayers {
      players = Set.copyOf(Objects.requireNonNull(players, "players"));
      Objects.requireNonNull(abstention, "abstention");
      Checks.notEmpty("VetoPlayers.players", players);
    }

    @Override
    public Set<PartnerId> namedPartners() {
      return players;
    }
  }

  /**
   * A double majority: a share of all members and a share of a measure (such as population) held
   * by the members voting yes, unless fewer than {@code blockingMinority} members withhold their
   * support. This is the EU Council's qualified majority since the Lisbon treaty with {@code
   * (55%, population, 65%, 4)}.
   *
   * <p>It is a shorthand: {@link #toComposition()} spells it out in the other rules, and that
   * composition is what decides.
   *
   * @param memberThreshold the share (or number) of all members that must vote yes
   * @param measure the measure, such as {@link Measure#POPULATION}
   * @param measureThreshold the share of the members' total measure that the yes side must hold
   * @param blockingMinority the fewest members that can block a decision meeting the member
   *     threshold; 0 for no such rule
   */
  record DoubleMajority(
      Threshold memberThreshold, Measure measure, Threshold measureThreshold, int blockingMinority)
      implements DecisionRule {
    /** Validates the rule. */
    public DoubleMajority {
      Objects.requireNonNull(memberThreshold, "memberThreshold");
      Objects.requireNonNull(measure, "measure");
      Objects.requireNonNull(measureThreshold, "measureThreshold");
      Checks.nonNegative("DoubleMajority.blockingMinority", blockingMinority);
    }

    @Override
    public Set<PartnerId> namedPartners() {
      return Set.of();
    }

    /**
     * Spells the double majority out in simpler rules:
     * {@code allOf(members, anyOf(measure, blockingMinority))}, or {@code allOf(members, measure)}
     * when there is no blocking-minority rule.
     *
     * @return the equivalent composition
     */
    public DecisionRule toComposition() {
      DecisionRule members = new Majority(memberThreshold, Base.ALL_MEMBERS);
      DecisionRule weight =
          new WeightedMajority(WeightSource.ofMeasure(measure), measureThreshold, Base.ALL_MEMBERS);
      if (blockingMinority == 0) {
        return new AllOf(List.of(members, weight));
      }
      return new AllOf(List.of(members, new AnyOf(List.of(weight, new BlockingMinority(blockingMinority)))));
    }
  }

  /**
   * Adopted unless at least {@code minimumMembers} members withhold their support (vote no,
   * abstain or stay away). In the EU Council a blocking minority needs at least four states; with
   * fewer, the qualified majority is deemed reached.
   *
   * @param minimumMembers the fewest members that can block; at least 1
   */
  record BlockingMinority(int minimumMembers) implements DecisionRule {
    /** Validates the rule. */
    public BlockingMinority {
      Checks.check(minimumMembers >= 1, "BlockingMinority.minimumMembers", minimumMembers, "must be at least 1");
    }

    @Override
    public Set<PartnerId> namedPartners() {
      return Set.of();
    }
  }

  /**
   * One partner decides: adopted when it votes yes.
   *
   * @param lead the deciding partner
   */
  record LeadPartner(PartnerId lead) implements DecisionRule {
    /** Validates the rule. */
    public LeadPartner {
      Objects.requireNonNull(lead, "lead");
    }

    @Override
    public Set<PartnerId> namedPartners() {
      return Set.of(lead);
    }
  }

  /**
   * Adopted when every part adopts.
   *
   * @param rules the parts; at least one
   */
  record AllOf(List<DecisionRule> rules) implements DecisionRule {
    /** Validates the composition. */
    public AllOf {
      rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
      Checks.notEmpty("AllOf.rules", rules);
    }

    @Override
    public Set<PartnerId> namedPartners() {
      Set<PartnerId> named = new HashSet<>();
      rules.forEach(rule -> named.addAll(rule.namedPartners()));
      return Set.copyOf(named);
    }
  }

  /**
   * Adopted when any part adopts.
   *
   * @param rules the parts; at least one
   */
  record AnyOf(List<DecisionRule> rules) implements DecisionRule {
    /** Validates the composition. */
    public AnyOf {
      rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
      Checks.notEmpty("AnyOf.rules", rules);
    }

    @Override
    public Set<PartnerId> namedPartners() {
      Set<PartnerId> named = new HashSet<>();
      rules.forEach(rule -> named.addAll(rule.namedPartners()));
      return Set.copyOf(named);
    }
  }
}
