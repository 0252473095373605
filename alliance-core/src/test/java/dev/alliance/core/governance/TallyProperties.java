package dev.alliance.core.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.alliance.api.alliance.Member;
import dev.alliance.api.governance.AbstentionPolicy;
import dev.alliance.api.governance.Base;
import dev.alliance.api.governance.Condition;
import dev.alliance.api.governance.Decision;
import dev.alliance.api.governance.DecisionProcedure;
import dev.alliance.api.governance.DecisionRule;
import dev.alliance.api.governance.Outcome;
import dev.alliance.api.governance.Standing;
import dev.alliance.api.governance.Threshold;
import dev.alliance.api.governance.VetoAbstention;
import dev.alliance.api.governance.Vote;
import dev.alliance.api.governance.WeightSource;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.testkit.GovernanceGenerators;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The invariants of the tally engine (docs/governance.md states each one precisely), checked on
 * generated electorates, procedures and ballots.
 */
class TallyProperties {

  /** One generated vote: the members, the procedure, and a ballot per member. */
  record Case(List<Member> members, DecisionProcedure procedure, List<Vote> votes) {
    Electorate electorate() {
      return Fixtures.electorate(members);
    }

    Tally tally() {
      return Tally.of(procedure, electorate());
    }

    Ballots ballots() {
      return Ballots.of(electorate(), votes);
    }

    Case withVotes(List<Vote> other) {
      return new Case(members, procedure, other);
    }

    Case withProcedure(DecisionProcedure other) {
      return new Case(members, other, votes);
    }

    Decision decide() {
      return tally().decide(ballots());
    }

    ReferenceTally reference() {
      return new ReferenceTally(procedure, electorate(), votes);
    }

    @Override
    public String toString() {
      return procedure + " " + votes + " members " + members.stream().map(m -> m.id() + " w=" + m.weight() + " " + m.partner().attributes()).toList();
    }
  }

  private static Gen<Case> cases(int min, int max) {
    return GovernanceGenerators.votingMembers(min, max)
        .flatMap(
            members ->
                GovernanceGenerators.tallyProcedures(Fixtures.ids(members))
                    .zip(GovernanceGenerators.ballots(members.size()), (procedure, votes) -> new Case(members, procedure, votes)))
        .describedAs(Case::toString);
  }

  private static List<Vote> with(List<Vote> votes, int position, Vote vote) {
    List<Vote> copy = new ArrayList<>(votes);
    copy.set(position, vote);
    return copy;
  }

  /**
   * The engine decides every generated case exactly as the plainly written reference does, on
   * electorates large enough that ballots are also counted eight at a time.
   */
  @Test
  void theEngineAgreesWithTheReferenceSemantics() {
    qt().forAll(cases(1, 30))
        .checkAssert(
            c -> {
              Decision expected = ReferenceTally.adopts(c.procedure(), c.electorate(), c.votes()) ? Decision.ADOPTED : Decision.REJECTED;
              assertEquals(expected, c.decide());
              assertEquals(expected, c.tally().outcome(c.ballots()).decision());
            });
  }

  /** Consensus adopts if and only if the quorum is met and nobody objects (votes no, or abstains when abstentions count as no). */
  @Test
  void consensusAdoptsExactlyWhenTheQuorumIsMetAndNobodyObjects() {
    qt().forAll(cases(1, 8))
        .checkAssert(
            generated -> {
              Case c = generated.withProcedure(generated.procedure().withRule(DecisionRule.consensus()));
              boolean countsAbstentions = c.procedure().abstention() == AbstentionPolicy.COUNTED_AS_NO;
              boolean objection = c.votes().contains(Vote.NO) || (countsAbstentions && c.votes().contains(Vote.ABSTAIN));
              int present = (int) c.votes().stream().filter(Vote::isPresent).count();
              boolean quorum =
                  ReferenceTally.meets(c.procedure().quorum().threshold(), BigDecimal.valueOf(present), BigDecimal.valueOf(c.votes().size()), false);
              assertEquals(quorum && !objection ? Decision.ADOPTED : Decision.REJECTED, c.decide());
            });
  }

  /** Whatever the rest of the rule and the ballots, a veto player's no rejects a rule that includes its veto. */
  @Test
  void aVetoPlayersNoRejectsWhateverElseIsVoted() {
    qt().forAll(cases(1, 8), integers().between(0, 7), Generate.enumValues(VetoAbstention.class), lists().of(integers().between(0, 7)).ofSizeBetween(0, 3))
        .checkAssert(
            (generated, pick, abstention, others) -> {
              List<PartnerId> ids = Fixtures.ids(generated.members());
              PartnerId player = ids.get(pick % ids.size());
              Set<PartnerId> players = new java.util.HashSet<>(Set.of(player));
              others.forEach(o -> players.add(ids.get(o % ids.size())));
              DecisionRule rule = DecisionRule.allOf(generated.procedure().rule(), DecisionRule.vetoPlayers(players, abstention));
              Case c = generated.withProcedure(generated.procedure().withRule(rule)).withVotes(with(generated.votes(), pick % ids.size(), Vote.NO));
              Outcome outcome = c.tally().outcome(c.ballots());
              assertEquals(Decision.REJECTED, outcome.decision());
              Condition.NoVeto veto = (Condition.NoVeto) outcome.rule().parts().get(1);
              assertEquals(Vote.NO, veto.blockers().get(player));
            });
  }

  /** Every share but "more than all", which nothing satisfies. */
  private static final Gen<Threshold.Share> SATISFIABLE_SHARES =
      GovernanceGenerators.shares().map(s -> s.strict() && s.numerator() == s.denominator() ? Threshold.atLeast(1, 1) : s);

  /** Shares that demand more than half: above 1/2 (at least or more than), or more than 1/2. */
  private static final Gen<Threshold.Share> QUALIFIED_SHARES =
      integers()
          .between(1, 12)
          .zip(
              integers().between(0, 11),
              Generate.booleans(),
              Generate.booleans(),
              (d, k, strict, half) -> {
                if (half && d % 2 == 0) {
                  return Threshold.moreThan(d / 2, d);
                }
                int low = d / 2 + 1;
                int n = low + k % (d - low + 1);
                return strict && n < d ? Threshold.moreThan(n, d) : Threshold.atLeast(n, d);
              });

  /**
   * Nesting, with the quorum, abstention and tie policies held fixed and at least one member:
   * whenever unanimity adopts, consensus and every majority of a satisfiable share (anything but
   * "more than all") of any base adopt.
   */
  @Test
  void whateverUnanimityAdoptsEveryMajorityAdopts() {
    qt().forAll(cases(1, 8), SATISFIABLE_SHARES, Generate.enumValues(Base.class))
        .checkAssert(
            (c, share, base) -> {
              if (c.withProcedure(c.procedure().withRule(DecisionRule.unanimity())).decide() == Decision.ADOPTED) {
                assertEquals(Decision.ADOPTED, c.withProcedure(c.procedure().withRule(DecisionRule.consensus())).decide());
                assertEquals(Decision.ADOPTED, c.withProcedure(c.procedure().withRule(DecisionRule.qualifiedMajority(share, base))).decide());
              }
            });
  }

  /** Ballots that pass unanimity, so that the nesting property above is not vacuous. */
  @Test
  void whenEveryoneVotesYesEverySatisfiableMajorityAdopts() {
    qt().forAll(cases(1, 8), SATISFIABLE_SHARES, Generate.enumValues(Base.class))
        .checkAssert(
            (generated, share, base) -> {
              Case c = generated.withVotes(java.util.Collections.nCopies(generated.votes().size(), Vote.YES));
              Decision unanimity = c.withProcedure(c.procedure().withRule(DecisionRule.unanimity())).decide();
              Decision majority = c.withProcedure(c.procedure().withRule(DecisionRule.qualifiedMajority(share, base))).decide();
              assertTrue(unanimity == Decision.REJECTED || majority == Decision.ADOPTED);
            });
  }

  /**
   * Nesting, second step: whenever a qualified majority (a share that demands more than half:
   * above 1/2, or "more than 1/2") of any base adopts, the simple majority of votes cast adopts,
   * under the same policies.
   */
  @Test
  void whateverAQualifiedMajorityAdoptsTheSimpleMajorityAdopts() {
    qt().forAll(cases(1, 8), QUALIFIED_SHARES, Generate.enumValues(Base.class))
        .checkAssert(
            (c, share, base) -> {
              if (c.withProcedure(c.procedure().withRule(DecisionRule.qualifiedMajority(share, base))).decide() == Decision.ADOPTED) {
                assertEquals(Decision.ADOPTED, c.withProcedure(c.procedure().withRule(DecisionRule.simpleMajority())).decide());
              }
            });
  }

  /**
   * Monotonicity, for every rule and every policy: turning any one no or abstention into a yes
   * never turns an adopted proposal into a rejected one.
   */
  @Test
  void aNoOrAnAbstentionTurnedYesNeverUndoesAnAdoption() {
    qt().forAll(cases(1, 8))
        .checkAssert(
            c -> {
              if (c.decide() != Decision.ADOPTED) {
                return;
              }
              for (int i = 0; i < c.votes().size(); i++) {
                Vote vote = c.votes().get(i);
                if (vote == Vote.NO || vote == Vote.ABSTAIN) {
                  assertEquals(Decision.ADOPTED, c.withVotes(with(c.votes(), i, Vote.YES)).decide(), "member " + i + " " + vote + " -> YES");
                }
              }
            });
  }

  /**
   * The stronger order behind early decisions: without a quorum, the rule is monotone along no,
   * abstain, absent, yes. (With a quorum, absent and present trade places; see the counterexamples
   * in PolicyExamplesTest.)
   */
  @Test
  void withoutAQuorumEachRuleIsMonotoneAlongNoAbstainAbsentYes() {
    List<Vote> order = List.of(Vote.NO, Vote.ABSTAIN, Vote.ABSENT, Vote.YES);
    qt().forAll(cases(1, 8))
        .checkAssert(
            generated -> {
              Case c = generated.withProcedure(generated.procedure().withQuorum(dev.alliance.api.governance.Quorum.none()));
              if (c.decide() != Decision.ADOPTED) {
                return;
              }
              for (int i = 0; i < c.votes().size(); i++) {
                int rank = order.indexOf(c.votes().get(i));
                for (Vote higher : order.subList(rank, order.size())) {
                  assertEquals(Decision.ADOPTED, c.withVotes(with(c.votes(), i, higher)).decide(), "member " + i + " -> " + higher);
                }
              }
            });
  }

  /**
   * Anonymity: when every voter weighs the same and the rule names nobody (no veto players, lead
   * partner or casting vote), permuting who cast which ballot never changes the outcome.
   */
  @Test
  void withEqualWeightsPermutingTheBallotsChangesNothing() {
    Gen<Case> anonymous =
        GovernanceGenerators.votingMembers(1, 8)
            .map(TallyProperties::alike)
            .flatMap(
                members ->
                    GovernanceGenerators.anonymousProcedures(Fixtures.ids(members))
                        .zip(GovernanceGenerators.ballots(members.size()), (procedure, votes) -> new Case(members, procedure, votes)))
            .describedAs(Case::toString);
    qt().forAll(anonymous, lists().of(integers().between(0, 1000)).ofSize(8))
        .checkAssert(
            (c, keys) -> {
              List<Integer> positions = new ArrayList<>();
              for (int i = 0; i < c.votes().size(); i++) {
                positions.add(i);
              }
              positions.sort((a, b) -> Integer.compare(keys.get(a), keys.get(b)));
              List<Vote> permuted = new ArrayList<>();
              positions.forEach(p -> permuted.add(c.votes().get(p)));
              Outcome original = c.tally().outcome(c.ballots());
              Outcome shuffled = c.withVotes(permuted).tally().outcome(c.withVotes(permuted).ballots());
              assertEquals(original.decision(), shuffled.decision(), "permuted " + permuted);
              assertEquals(original.count(), shuffled.count());
            });
  }

  /** Every member a copy of the first one's weight and measures, under its own identity. */
  private static List<Member> alike(List<Member> members) {
    Member first = members.get(0);
    List<Member> alike = new ArrayList<>();
    for (Member member : members) {
      alike.add(member.withWeight(first.weight()).withPartner(member.partner().withAttributes(first.partner().attributes())));
    }
    return alike;
  }

  /**
   * A weighted majority whose weights are all equal (and positive) decides exactly like the one
   * member one vote majority with the same share and base; with weight 1 each, also the same
   * quota.
   */
  @Test
  void equalWeightsDecideLikeOneMemberOneVote() {
    Gen<BigDecimal> positive = integers().between(1, 40).map(halves -> BigDecimal.valueOf(halves).divide(BigDecimal.valueOf(2)));
    qt().forAll(cases(1, 8), GovernanceGenerators.thresholds(), Generate.enumValues(Base.class), positive)
        .checkAssert(
            (c, threshold, base, weight) -> {
              BigDecimal each = threshold instanceof Threshold.Quota ? BigDecimal.ONE : weight;
              Map<PartnerId, BigDecimal> weights = new HashMap<>();
              Fixtures.ids(c.members()).forEach(id -> weights.put(id, each));
              Decision weighted = c.withProcedure(c.procedure().withRule(DecisionRule.weighted(WeightSource.explicit(weights), threshold, base))).decide();
              Decision counted = c.withProcedure(c.procedure().withRule(DecisionRule.qualifiedMajority(threshold, base))).decide();
              assertEquals(counted, weighted);
            });
  }

  /**
   * An early decision never contradicts the final tally: for every way the missing ballots could
   * be cast (each missing member votes yes, no, abstains or stays away), enumerated in full on
   * electorates of up to six; and an open vote really can still go either way.
   */
  @Test
  void anEarlyDecisionAgreesWithEveryCompletion() {
    qt().forAll(cases(1, 6))
        .checkAssert(
            c -> {
              Tally tally = c.tally();
              Standing standing = tally.standing(c.ballots());
              assertEquals(standing.decision(), tally.decideSoFar(c.ballots()));
              List<Integer> missing = new ArrayList<>();
              for (int i = 0; i < c.votes().size(); i++) {
                if (c.votes().get(i) == Vote.ABSENT) {
                  missing.add(i);
                }
              }
              Set<Decision> finals = EnumSet.noneOf(Decision.class);
              Vote[] values = Vote.values();
              int completions = 1 << (2 * missing.size());
              for (int k = 0; k < completions; k++) {
                List<Vote> completed = new ArrayList<>(c.votes());
                for (int m = 0; m < missing.size(); m++) {
                  completed.set(missing.get(m), values[(k >> (2 * m)) & 3]);
                }
                finals.add(tally.decide(Ballots.of(tally.electorate(), completed)));
              }
              if (standing.decision().isDecided()) {
                assertEquals(EnumSet.of(standing.decision()), finals);
              } else {
                assertEquals(EnumSet.of(Decision.ADOPTED, Decision.REJECTED), finals);
              }
            });
  }

  /** The explanation's figures are those of the ballots, and each condition's verdict follows from its figures. */
  @Test
  void theExplanationsFiguresAreConsistentWithTheOutcome() {
    qt().forAll(cases(1, 30))
        .checkAssert(
            c -> {
              Outcome outcome = c.tally().outcome(c.ballots());
              ReferenceTally reference = c.reference();
              assertEquals(c.ballots().count(), outcome.count());
              assertEquals(reference.present(), outcome.quorum().present());
              assertEquals(c.votes().size(), outcome.quorum().members());
              assertEquals(reference.quorumMet(), outcome.quorum().held());
              assertExplains(c, reference, c.procedure().rule(), outcome.rule());
              assertEquals(outcome.quorum().held() && outcome.rule().held(), outcome.isAdopted());
            });
  }

  private static void assertExplains(Case c, ReferenceTally reference, DecisionRule rule, Condition condition) {
    assertEquals(reference.holds(rule), condition.held(), rule + " explained as " + condition);
    List<PartnerId> ids = Fixtures.ids(c.members());
    List<Vote> votes = c.votes();
    if (rule instanceof DecisionRule.Consensus) {
      boolean counted = c.procedure().abstention() == AbstentionPolicy.COUNTED_AS_NO;
      List<PartnerId> objectors = new ArrayList<>();
      for (int i = 0; i < votes.size(); i++) {
        if (votes.get(i) == Vote.NO || (counted && votes.get(i) == Vote.ABSTAIN)) {
          objectors.add(ids.get(i));
        }
      }
      assertEquals(objectors, ((Condition.NoObjection) condition).objectors());
    } else if (rule instanceof DecisionRule.Unanimity) {
      Map<PartnerId, Vote> notYes = new LinkedHashMap<>();
      for (int i = 0; i < votes.size(); i++) {
        if (votes.get(i) != Vote.YES) {
          notYes.put(ids.get(i), votes.get(i));
        }
      }
      assertEquals(notYes, ((Condition.AllYes) condition).notYes());
    } else if (rule instanceof DecisionRule.Majority m) {
      assertSupport(reference, reference.ones(), m.threshold(), m.base(), (Condition.Support) condition);
    } else if (rule instanceof DecisionRule.WeightedMajority w) {
      assertSupport(reference, reference.weights(w.weights()), w.threshold(), w.base(), (Condition.Support) condition);
    } else if (rule instanceof DecisionRule.VetoPlayers veto) {
      Map<PartnerId, Vote> blockers = new HashMap<>();
      for (PartnerId player : veto.players()) {
        Vote vote = ids.contains(player) ? votes.get(ids.indexOf(player)) : Vote.ABSENT;
        if (vote == Vote.NO || (veto.abstention() == VetoAbstention.ABSTENTION_BLOCKS && vote != Vote.YES)) {
          blockers.put(player, vote);
        }
      }
      assertEquals(blockers, new HashMap<>(((Condition.NoVeto) condition).blockers()));
    } else if (rule instanceof DecisionRule.DoubleMajority d) {
      assertExplains(c, reference, d.toComposition(), ((Condition.DoubleMajorityCheck) condition).composition());
    } else if (rule instanceof DecisionRule.BlockingMinority) {
      assertEquals(votes.size() - reference.count(Vote.YES), ((Condition.NoBlockingMinority) condition).withholding());
    } else if (rule instanceof DecisionRule.LeadPartner lead) {
      Vote vote = ids.contains(lead.lead()) ? votes.get(ids.indexOf(lead.lead())) : Vote.ABSENT;
      assertEquals(vote, ((Condition.LeadYes) condition).vote());
    } else {
      List<DecisionRule> parts = rule instanceof DecisionRule.AllOf all ? all.rules() : ((DecisionRule.AnyOf) rule).rules();
      assertEquals(rule instanceof DecisionRule.AllOf, condition instanceof Condition.All);
      assertEquals(parts.size(), condition.parts().size());
      for (int i = 0; i < parts.size(); i++) {
        assertExplains(c, reference, parts.get(i), condition.parts().get(i));
      }
    }
  }

  private static void assertSupport(ReferenceTally reference, List<BigDecimal> weights, Threshold threshold, Base base, Condition.Support support) {
    assertEquals(0, reference.weightOf(weights, Vote.YES).compareTo(support.support()), "support");
    assertEquals(0, reference.base(weights, base).compareTo(support.total()), "base");
    assertEquals(threshold, support.threshold());
    assertEquals(reference.isTie(weights, threshold, base), support.tie().isPresent(), "tie");
    boolean fromFigures =
        support.tie().map(Condition.TieBreak::adopted).orElseGet(() -> ReferenceTally.meets(threshold, support.support(), support.total(), true));
    assertEquals(fromFigures, support.held(), "verdict from the figures");
  }

  /** The same inputs always give the same outcome and standing, however often and from however fresh a compilation. */
  @Test
  void theSameInputsAlwaysGiveTheSameResult() {
    qt().forAll(cases(1, 8))
        .checkAssert(
            c -> {
              Tally first = c.tally();
              Tally second = c.tally();
              Ballots ballots = c.ballots();
              assertEquals(first.outcome(ballots), second.outcome(c.ballots()));
              assertEquals(first.outcome(ballots), first.outcome(ballots));
              assertEquals(first.standing(ballots), second.standing(c.ballots()));
              assertEquals(first.decide(ballots), second.decide(ballots));
              assertEquals(first.outcome(ballots).lines(), second.outcome(c.ballots()).lines());
            });
  }
}
