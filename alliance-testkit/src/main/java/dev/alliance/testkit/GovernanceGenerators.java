package dev.alliance.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.alliance.api.governance.AbstentionPolicy;
import dev.alliance.api.governance.Base;
import dev.alliance.api.governance.Body;
import dev.alliance.api.governance.BodyKind;
import dev.alliance.api.governance.CrisisDelegation;
import dev.alliance.api.governance.DecisionProcedure;
import dev.alliance.api.governance.DecisionRule;
import dev.alliance.api.governance.Governance;
import dev.alliance.api.governance.IssueArea;
import dev.alliance.api.governance.Quorum;
import dev.alliance.api.governance.Threshold;
import dev.alliance.api.governance.TiePolicy;
import dev.alliance.api.governance.Vote;
import dev.alliance.api.governance.VetoAbstention;
import dev.alliance.api.governance.WeightSource;
import dev.alliance.api.alliance.Member;
import dev.alliance.api.alliance.Role;
import dev.alliance.api.partner.Measure;
import dev.alliance.api.partner.Partner;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.partner.PartnerKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators for governance as data. Rules that name partners (veto players, a lead partner,
 * explicit weights, a casting vote) draw them from the member list they are given, so a generated
 * governance always fits the alliance it is generated for.
 */
public final class GovernanceGenerators {
  private static final List<IssueArea> AREAS =
      List.of(
          IssueArea.MEMBERSHIP, IssueArea.BUDGET, IssueArea.SECURITY, IssueArea.AMENDMENT,
          IssueArea.SUSPENSION, IssueArea.DISSOLUTION, IssueArea.OPERATIONS);

  private GovernanceGenerators() {}

  /** @return ballots */
  public static Gen<Vote> votes() {
    return Generate.enumValues(Vote.class);
  }

  /** @return the common issue areas */
  public static Gen<IssueArea> issueAreas() {
    return Generate.pick(AREAS);
  }

  /** @return exact shares {@code n/d} with {@code d <= 12}, "at least" or "more than" */
  public static Gen<Threshold.Share> shares() {
    return integers()
        .between(1, 12)
        .flatMap(d -> integers().between(0, d).zip(Generate.booleans(), (n, strict) -> new Threshold.Share(n, d, strict)));
  }

  /** @return shares and quotas */
  public static Gen<Threshold> thresholds() {
    return Generate.oneOf(shares().map(s -> (Threshold) s), longs().between(0, 50).map(Threshold::quota));
  }

  /**
   * @param members the members a rule may name
   * @return weight sources; explicit weights only when there are members
   */
  public static Gen<WeightSource> weightSources(List<PartnerId> members) {
    List<Gen<WeightSource>> sources = new ArrayList<>();
    sources.add(PartnerGenerators.measures().map(WeightSource::ofMeasure));
    sources.add(Generate.constant(WeightSource.memberWeights()));
    sources.add(Generate.pick(List.of("USD", "EUR")).map(WeightSource::contributions));
    if (!members.isEmpty()) {
      sources.add(
          lists()
              .of(Gens.weights())
              .ofSize(members.size())
              .map(
                  weights -> {
                    Map<PartnerId, BigDecimal> map = new HashMap<>();
                    for (int i = 0; i < members.size(); i++) {
                      map.put(members.get(i), weights.get(i));
                    }
                    return WeightSource.explicit(map);
                  }));
    }
    return oneOf(sources);
  }

  /**
   * @param members the members a rule may name
   * @param depth how deeply {@code allOf} and {@code anyOf} may nest
   * @return decision rules naming only the given members
   */
  public static Gen<DecisionRule> rules(List<PartnerId> members, int depth) {
    List<Gen<DecisionRule>> leaves = new ArrayList<>();
    leaves.add(Generate.constant(DecisionRule.consensus()));
    leaves.add(Generate.constant(DecisionRule.unanimity()));
    leaves.add(thresholds().zip(Generate.enumValues(Base.class), DecisionRule::qualifiedMajority));
    leaves.add(weightSources(members).zip(thresholds(), Generate.enumValues(Base.class), DecisionRule::weighted));
    leaves.add(
        shares()
            .zip(
                PartnerGenerators.measures(),
                shares(),
                integers().between(0, 5),
                (m, measure, w, block) -> new DecisionRule.DoubleMajority(m, measure, w, block)));
    leaves.add(integers().between(1, 6).map(DecisionRule.BlockingMinority::new));
    if (!members.isEmpty()) {
      leaves.add(
          subsets(members)
              .zip(Generate.enumValues(VetoAbstention.class), DecisionRule::vetoPlayers));
      leaves.add(Generate.pick(members).map(DecisionRule::leadPartner));
    }
    Gen<DecisionRule> leaf = oneOf(leaves);
    if (depth <= 0) {
      return leaf.describedAs(DecisionRule::toString);
    }
    Gen<List<DecisionRule>> parts = lists().of(rules(members, depth - 1)).ofSizeBetween(1, 3);
    return Generate.oneOf(
            leaf,
            leaf,
            parts.map(DecisionRule.AllOf::new),
            parts.map(DecisionRule.AnyOf::new))
        .describedAs(DecisionRule::toString);
  }

  /**
   * @param members the members a policy may name
   * @return tie policies; a casting vote only when there are members
   */
  public static Gen<TiePolicy> tiePolicies(List<PartnerId> members) {
    List<Gen<TiePolicy>> policies = new ArrayList<>();
    policies.add(Generate.constant(TiePolicy.rejected()));
    policies.add(Generate.constant(TiePolicy.adopted()));
    if (!members.isEmpty()) {
      policies.add(Generate.pick(members).map(TiePolicy::castingVote));
    }
    return oneOf(policies);
  }

  /**
   * @param members the members a procedure may name
   * @return decision procedures with random policies
   */
  public static Gen<DecisionProcedure> procedures(List<PartnerId> members) {
    return rules(members, 2)
        .zip(
            thresholds().map(Quorum::new),
            Generate.enumValues(AbstentionPolicy.class),
            tiePolicies(members),
            (rule, quorum, abstention, tie) ->
                DecisionProcedure.builder().rule(rule).quorum(quorum).abstention(abstention).tie(tie))
        .zip(Generate.booleans(), (builder, change) -> builder.ballotChangeAllowed(change).build())
        .describedAs(DecisionProcedure::toString);
  }

  /**
   * @param members the members bodies and rules may name
   * @return governance with up to three bodies and three special issue areas
   */
  public static Gen<Governance> governance(List<PartnerId> members) {
    Gen<Body> bodies =
        Gens.names()
            .zip(
                Generate.enumValues(BodyKind.class),
                members.isEmpty() ? Generate.constant(Set.<PartnerId>of()) : subsetsOrEmpty(members),
                (name, kind, sitting) -> new Body(name + " " + kind, kind, sitting));
    Gen<Map<IssueArea, DecisionProcedure>> procedures = areaProcedures(issueAreas(), procedures(members));
    Gen<CrisisDelegation> crisis =
        bodies.zip(
            lists().of(issueAreas()).ofSizeBetween(1, 2).map(list -> (Set<IssueArea>) new HashSet<>(list)),
            procedures(members),
            (body, areas, procedure) -> new CrisisDelegation(body, areas, procedure));
    return lists()
        .of(bodies)
        .ofSizeBetween(0, 3)
        .zip(
            procedures,
            procedures(members),
            crisis.toOptionals(70),
            (bodyList, special, fallback, delegation) ->
                Governance.builder()
                    .bodies(bodyList)
                    .procedures(special)
                    .defaultProcedure(fallback)
                    .crisisDelegation(delegation)
                    .build())
        .describedAs(Governance::toString);
  }

  /**
   * Members of an electorate: every one can vote, partners {@code P0, P1, ...}, each carrying every
   * measure the library names. Weights and measures are small whole numbers (zero included) so
   * that ties, zero weights and exact thresholds come up often.
   *
   * @param min the fewest members
   * @param max the most members
   * @return lists of voting members
   */
  public static Gen<List<Member>> votingMembers(int min, int max) {
    List<Measure> measures = PartnerGenerators.MEASURES;
    Gen<List<Integer>> figures = lists().of(integers().between(0, 20)).ofSize(measures.size() + 1);
    return lists()
        .of(figures)
        .ofSizeBetween(min, max)
        .map(
            all -> {
              List<Member> members = new ArrayList<>();
              for (int i = 0; i < all.size(); i++) {
                List<Integer> f = all.get(i);
                Partner.Builder partner = Partner.builder().id(PartnerId.of("P" + i)).name("Partner " + i).kind(PartnerKind.STATE);
                for (int m = 0; m < measures.size(); m++) {
                  partner.putAttributes(measures.get(m), BigDecimal.valueOf(f.get(m + 1)));
                }
                members.add(Member.builder().partner(partner.build()).role(Role.MEMBER).weight(BigDecimal.valueOf(f.get(0) % 7)).build());
              }
              return members;
            })
        .describedAs(
            members ->
                members.stream().map(m -> m.id() + " w=" + m.weight() + " " + m.partner().attributes()).toList().toString());
  }

  /**
   * @param size the number of voters
   * @return one ballot per voter; {@link Vote#ABSENT} stands for a ballot not cast
   */
  public static Gen<List<Vote>> ballots(int size) {
    return lists().of(votes()).ofSize(size);
  }

  /**
   * @param maxMembers the size of the electorates the quorum will be used with
   * @return no quorum, a share of the members, or a number of members up to one more than {@code
   *     maxMembers}
   */
  public static Gen<Quorum> quorums(int maxMembers) {
    return Generate.oneOf(
        Generate.constant(Quorum.none()),
        shares().map(Quorum::ofShare),
        integers().between(0, maxMembers + 1).map(Quorum::ofMembers));
  }

  /**
   * Procedures for tallying: any rule naming only the given members (nested two deep), with a
   * quorum that electorates of their size can meet or miss, and random abstention and tie
   * policies.
   *
   * @param members the members a procedure may name
   * @return decision procedures
   */
  public static Gen<DecisionProcedure> tallyProcedures(List<PartnerId> members) {
    return procedures(Generate.oneOf(rules(members, 2), rules(members, 2), halfMajorities(members)), members.size(), members);
  }

  /**
   * @param members the members explicit weights may name
   * @return majorities of exactly half the votes cast, counted or weighted: the rules whose ties
   *     the tie policy breaks, rare among random rules
   */
  public static Gen<DecisionRule> halfMajorities(List<PartnerId> members) {
    Gen<Threshold> half = Generate.pick(List.of(Threshold.moreThanHalf(), Threshold.atLeast(1, 2), Threshold.atLeast(2, 4)));
    return Generate.oneOf(
            half.map(t -> DecisionRule.qualifiedMajority(t, Base.VOTES_CAST)),
            weightSources(members).zip(half, (weights, t) -> DecisionRule.weighted(weights, t, Base.VOTES_CAST)))
        .describedAs(DecisionRule::toString);
  }

  /**
   * Procedures whose rule names nobody and whose ties never fall to a chair: the procedures under
   * which every voter counts alike when weights are equal.
   *
   * @param members the members of the electorate (for the quorum's range)
   * @return decision procedures that name no partner
   */
  public static Gen<DecisionProcedure> anonymousProcedures(List<PartnerId> members) {
    return procedures(rules(List.of(), 2), members.size(), List.of());
  }

  private static Gen<DecisionProcedure> procedures(Gen<DecisionRule> rules, int size, List<PartnerId> chairs) {
    return rules
        .zip(
            quorums(size),
            Generate.enumValues(AbstentionPolicy.class),
            tiePolicies(chairs),
            (rule, quorum, abstention, tie) ->
                DecisionProcedure.builder().rule(rule).quorum(quorum).abstention(abstention).tie(tie).build())
        .describedAs(DecisionProcedure::toString);
  }

  /**
   * @param areas the issue areas that may get a procedure of their own
   * @param procedures the procedures
   * @return up to three areas, each with a procedure
   */
  static Gen<Map<IssueArea, DecisionProcedure>> areaProcedures(Gen<IssueArea> areas, Gen<DecisionProcedure> procedures) {
    return lists()
        .of(areas.zip(procedures, Map::entry))
        .ofSizeBetween(0, 3)
        .map(
            entries -> {
              Map<IssueArea, DecisionProcedure> map = new HashMap<>();
              entries.forEach(e -> map.put(e.getKey(), e.getValue()));
              return map;
            });
  }

  private static Gen<Set<PartnerId>> subsets(List<PartnerId> members) {
    return lists()
        .of(Generate.pick(members))
        .ofSizeBetween(1, Math.min(3, members.size()))
        .map(list -> (Set<PartnerId>) new HashSet<>(list));
  }

  private static Gen<Set<PartnerId>> subsetsOrEmpty(List<PartnerId> members) {
    return Generate.oneOf(Generate.constant(Set.of()), subsets(members));
  }

  private static <T> Gen<T> oneOf(List<Gen<T>> gens) {
    return integers().between(0, gens.size() - 1).flatMap(gens::get);
  }
}
