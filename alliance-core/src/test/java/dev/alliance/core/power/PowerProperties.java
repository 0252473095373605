package dev.alliance.core.power;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.alliance.api.InvalidValueException;
import dev.alliance.api.alliance.Member;
import dev.alliance.api.governance.Decision;
import dev.alliance.api.governance.DecisionProcedure;
import dev.alliance.api.governance.Base;
import dev.alliance.api.governance.DecisionRule;
import dev.alliance.api.governance.Threshold;
import dev.alliance.api.governance.WeightSource;
import dev.alliance.api.governance.Vote;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.exact.Rational;
import dev.alliance.core.governance.Ballots;
import dev.alliance.core.governance.Electorate;
import dev.alliance.core.governance.Tally;
import dev.alliance.testkit.GovernanceGenerators;
import dev.alliance.testkit.PowerGenerators;
import dev.alliance.testkit.PowerGenerators.WeightedVote;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The invariants of the issue, on random games: weighted votes and games built from random
 * monotone decision rules (double majorities, veto players, blocking minorities, all-of and
 * any-of), up to 15 players so that every figure can be checked against {@link BruteForce}.
 * Properties that only bite on some games (null players, symmetric players) count how often they
 * did, so that a generator drifting away from such games fails the test instead of passing it
 * vacuously.
 */
class PowerProperties {
  private static final Set<PowerIndex> ALL = EnumSet.allOf(PowerIndex.class);
  private static final Set<PowerIndex> NORMALIZED =
      EnumSet.of(PowerIndex.BANZHAF, PowerIndex.SHAPLEY_SHUBIK, PowerIndex.DEEGAN_PACKEL, PowerIndex.JOHNSTON, PowerIndex.HOLLER);

  /** Weighted games and rule games, mixed. */
  static Gen<SimpleGame> games(int maxPlayers) {
    Gen<SimpleGame> weighted =
        PowerGenerators.weightedVotes(1, maxPlayers, 30).map(v -> SimpleGame.weighted(v.quota(), v.weightArray()));
    Gen<SimpleGame> ruled =
        PowerGenerators.votingMembers(1, maxPlayers, 30)
            .flatMap(members -> PowerGenerators.monotoneRules(PowerGenerators.ids(members), 2).map(rule -> game(rule, members)))
            .assuming(Optional::isPresent)
            .map(Optional::get);
    return integers().between(0, 1).flatMap(i -> i == 0 ? weighted : ruled).describedAs(SimpleGame::toString);
  }

  static Optional<SimpleGame> game(DecisionRule rule, List<Member> members) {
    try {
      return Optional.of(SimpleGame.of(rule, Voters.of(members)));
    } catch (InvalidValueException notASimpleGame) {
      return Optional.empty();
    }
  }

  /**
   * Every exact method that applies to the game, each computing every index it can; and the
   * generating functions once more for Banzhaf alone, which takes its own path (with Shapley-Shubik
   * the swing counts are summed from the counts by size instead).
   */
  static List<PowerProfile> exact(SimpleGame game) {
    List<PowerProfile> profiles = new ArrayList<>();
    for (Method m : List.of(Method.GENERATING_FUNCTIONS, Method.ENUMERATION)) {
      profiles.add(PowerCalculator.defaults().withParallelism(false).withMethod(m).compute(game, ALL));
    }
    profiles.add(
        PowerCalculator.defaults().withParallelism(false).withMethod(Method.GENERATING_FUNCTIONS)
            .compute(game, EnumSet.of(PowerIndex.BANZHAF, PowerIndex.BANZHAF_ABSOLUTE)));
    return profiles;
  }

  static Rational exactValue(IndexResult result, int player) {
    return ((PowerValue.Exact) result.value(player)).value();
  }

  @Test
  void everyExactMethodAgreesWithBruteForceOnEveryIndex() {
    AtomicInteger composite = new AtomicInteger();
    qt().forAll(games(15))
        .checkAssert(
            game -> {
              Map<PowerIndex, List<Rational>> truth = BruteForce.of(game).indices();
              if (!game.isWeighted()) {
                composite.incrementAndGet();
              }
              for (PowerProfile profile : exact(game)) {
                for (IndexResult result : profile.results()) {
                  for (int i = 0; i < game.size(); i++) {
                    assertEquals(truth.get(result.index()).get(i), exactValue(result, i),
                        result.index() + " of " + game.players().get(i).id() + " by " + result.method().method());
                  }
                }
              }
              PowerProfile byEnumeration = exact(game).get(1);
              assertEquals(ALL, byEnumeration.choices().keySet());
              assertEquals(6, byEnumeration.results().size(), "enumeration computes every index");
            });
    assertTrue(composite.get() > 20, "too few games with several criteria: " + composite.get());
  }

  /**
   * The game is the governance tally's reading of yes-or-no votes: on random procedures (any rule
   * the test kit generates, any quorum, abstention and tie policy) a procedure is accepted exactly
   * when the tally rejects the proposal nobody supports and adopts the one everybody supports, and
   * then every coalition wins exactly when the tally adopts with it voting yes and the rest no.
   * A third of the cases are majorities of exactly half the votes cast, where ties arise.
   * When the tally cannot read the procedure (a voter lacks a measure, contributions are missing),
   * neither can the game.
   */
  @Test
  void theGameIsTheTallysReadingOfYesOrNoVotes() {
    AtomicInteger accepted = new AtomicInteger();
    Gen<Map.Entry<DecisionProcedure, List<Member>>> procedures =
        PowerGenerators.votingMembers(1, 8, 30)
            .flatMap(m -> GovernanceGenerators.procedures(PowerGenerators.ids(m)).map(p -> Map.entry(p, m)));
    Gen<Map.Entry<DecisionProcedure, List<Member>>> monotone =
        PowerGenerators.votingMembers(1, 8, 30)
            .flatMap(m -> PowerGenerators.monotoneRules(PowerGenerators.ids(m), 2)
                .zip(GovernanceGenerators.tiePolicies(PowerGenerators.ids(m)), (r, tie) -> DecisionProcedure.builder().rule(r).tie(tie).build())
                .map(p -> Map.entry(p, m)));
    // Half of the votes cast, where the tie policy decides: rare in the other two, so drawn on purpose.
    Gen<Map.Entry<DecisionProcedure, List<Member>>> halves =
        PowerGenerators.votingMembers(2, 8, 6)
            .flatMap(m -> Generate.pick(List.of(
                    DecisionRule.simpleMajority(),
                    DecisionRule.qualifiedMajority(Threshold.atLeast(1, 2), Base.VOTES_CAST),
                    DecisionRule.weighted(WeightSource.memberWeights(), Threshold.moreThanHalf(), Base.VOTES_CAST),
                    DecisionRule.weighted(WeightSource.memberWeights(), Threshold.atLeast(1, 2), Base.VOTES_CAST)))
                .zip(GovernanceGenerators.tiePolicies(PowerGenerators.ids(m)), (r, tie) -> DecisionProcedure.builder().rule(r).tie(tie).build())
                .map(p -> Map.entry(p, m)));
    qt().forAll(integers().between(0, 2).flatMap(i -> i == 0 ? procedures : i == 1 ? monotone : halves))
        .checkAssert(
            entry -> {
              DecisionProcedure procedure = entry.getKey();
              Electorate electorate = Voters.of(entry.getValue());
              Tally tally;
              try {
                tally = Tally.of(procedure, electorate);
              } catch (InvalidValueException unreadable) {
                assertThrows(InvalidValueException.class, () -> SimpleGame.of(procedure, electorate));
                return;
              }
              int n = electorate.size();
              Optional<SimpleGame> game;
              try {
                game = Optional.of(SimpleGame.of(procedure, electorate));
              } catch (InvalidValueException notASimpleGame) {
                game = Optional.empty();
              }
              boolean emptyWins = adopts(tally, electorate, 0);
              boolean grandWins = adopts(tally, electorate, (1 << n) - 1);
              assertEquals(!emptyWins && grandWins, game.isPresent(), "accepted exactly the simple games: " + procedure);
              if (game.isEmpty()) {
                return;
              }
              accepted.incrementAndGet();
              for (int mask = 0; mask < 1 << n; mask++) {
                List<PartnerId> ids = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                  if ((mask >> i & 1) != 0) {
                    ids.add(electorate.voters().get(i).id());
                  }
                }
                assertEquals(adopts(tally, electorate, mask), game.get().isWinning(ids), "coalition " + ids + " under " + procedure);
              }
            });
    assertTrue(accepted.get() > 100, "too few procedures defined simple games: " + accepted.get());
  }

  private static boolean adopts(Tally tally, Electorate electorate, int yesMask) {
    List<Vote> votes = new ArrayList<>();
    for (int i = 0; i < electorate.size(); i++) {
      votes.add((yesMask >> i & 1) != 0 ? Vote.YES : Vote.NO);
    }
    return tally.decide(Ballots.of(electorate, votes)) == Decision.ADOPTED;
  }

  @Test
  void normalizedIndicesSumToOne() {
    qt().forAll(games(12))
        .checkAssert(
            game -> {
              for (PowerProfile profile : exact(game)) {
                for (IndexResult result : profile.results()) {
                  if (NORMALIZED.contains(result.index())) {
                    Rational sum = Rational.ZERO;
                    for (int i = 0; i < game.size(); i++) {
                      sum = sum.plus(exactValue(result, i));
                    }
                    assertEquals(Rational.ONE, sum, result.index() + " by " + result.method().method());
                  }
                }
              }
            });
  }

  @Test
  void nullPlayersGetZeroOnEveryIndex() {
    AtomicInteger nullPlayers = new AtomicInteger();
    qt().forAll(games(12))
        .checkAssert(
            game -> {
              BruteForce brute = BruteForce.of(game);
              for (PowerProfile profile : exact(game)) {
                for (int i = 0; i < game.size(); i++) {
                  boolean isNull = brute.isNull(i);
                  if (isNull) {
                    nullPlayers.incrementAndGet();
                  }
                  for (IndexResult result : profile.results()) {
                    assertEquals(isNull, exactValue(result, i).isZero(), result.index() + " of null player " + i + "? " + isNull);
                  }
                  assertEquals(isNull, profile.nullPlayers().orElseThrow().contains(game.players().get(i).id()));
                }
              }
            });
    assertTrue(nullPlayers.get() > 50, "too few null players met: " + nullPlayers.get());
  }

  @Test
  void symmetricPlayersGetEqualValues() {
    AtomicInteger pairs = new AtomicInteger();
    qt().forAll(games(12))
        .checkAssert(
            game -> {
              BruteForce brute = BruteForce.of(game);
              for (PowerProfile profile : exact(game)) {
                for (int i = 0; i < game.size(); i++) {
                  for (int j = i + 1; j < game.size(); j++) {
                    if (brute.symmetric(i, j)) {
                      pairs.incrementAndGet();
                      for (IndexResult result : profile.results()) {
                        assertEquals(exactValue(result, i), exactValue(result, j), result.index() + " of symmetric " + i + ", " + j);
                      }
                    }
                  }
                }
              }
            });
    assertTrue(pairs.get() > 100, "too few symmetric pairs met: " + pairs.get());
  }

  @Test
  void banzhafAndShapleyShubikAreUnchangedByTheDualQuota() {
    qt().forAll(PowerGenerators.weightedVotes(1, 30, 100))
        .checkAssert(
            vote -> {
              WeightedVote dual = vote.dual();
              SimpleGame game = SimpleGame.weighted(vote.quota(), vote.weightArray());
              SimpleGame dualGame = SimpleGame.weighted(dual.quota(), dual.weightArray());
              Set<PowerIndex> indices = EnumSet.of(PowerIndex.BANZHAF, PowerIndex.SHAPLEY_SHUBIK);
              PowerProfile p = PowerCalculator.defaults().compute(game, indices);
              PowerProfile d = PowerCalculator.defaults().compute(dualGame, indices);
              for (PowerIndex index : indices) {
                IndexResult a = p.result(index).orElseThrow();
                IndexResult b = d.result(index).orElseThrow();
                assertTrue(a.isExact());
                assertEquals(a.raw(), b.raw(), index + " raw");
                assertEquals(a.values(), b.values(), index.toString());
              }
              assertEquals(dualGame.describe(), game.dual().describe());
            });
  }

  @Test
  void theDualOfACompositeGameHasTheSameBanzhafAndShapleyShubikPower() {
    qt().forAll(games(12))
        .checkAssert(
            game -> {
              SimpleGame dual = game.dual();
              Set<PowerIndex> indices = EnumSet.of(PowerIndex.BANZHAF, PowerIndex.SHAPLEY_SHUBIK);
              PowerProfile p = PowerCalculator.defaults().compute(game, indices);
              PowerProfile d = PowerCalculator.defaults().compute(dual, indices);
              for (PowerIndex index : indices) {
                assertEquals(p.result(index).orElseThrow().values(), d.result(index).orElseThrow().values(), index.toString());
              }
              assertEquals(game.describe(), dual.dual().describe(), "the dual of the dual is the game");
            });
  }

  @Test
  void exactResultsDoNotDependOnThePlayersOrder() {
    qt().forAll(games(12), integers().all())
        .checkAssert(
            (game, seed) -> {
              List<Integer> order = new ArrayList<>();
              for (int i = 0; i < game.size(); i++) {
                order.add(i);
              }
              Collections.shuffle(order, new Random(seed));
              SimpleGame shuffled = game.permuted(order.stream().mapToInt(Integer::intValue).toArray());
              for (Method m : List.of(Method.GENERATING_FUNCTIONS, Method.ENUMERATION)) {
                PowerCalculator calculator = PowerCalculator.defaults().withMethod(m);
                PowerProfile before = calculator.compute(game, ALL);
                PowerProfile after = calculator.compute(shuffled, ALL);
                for (IndexResult result : before.results()) {
                  for (Player p : game.players()) {
                    assertEquals(result.value(p.index()), after.value(result.index(), p.id()).orElseThrow(), result.index() + " of " + p.id());
                  }
                }
              }
            });
  }

  @Test
  void vetoPlayersBlockingCoalitionsAndMinimalWinningCoalitionsAgreeWithTheirDefinitions() {
    qt().forAll(games(10))
        .checkAssert(
            game -> {
              BruteForce brute = BruteForce.of(game);
              int n = game.size();
              int full = (1 << n) - 1;
              List<Set<PartnerId>> minimal = new ArrayList<>();
              List<Set<PartnerId>> blocking = new ArrayList<>();
              for (int mask = 0; mask <= full; mask++) {
                boolean isMinimal = brute.winning[mask];
                for (int i = 0; i < n && isMinimal; i++) {
                  if ((mask >> i & 1) != 0 && brute.winning[mask & ~(1 << i)]) {
                    isMinimal = false;
                  }
                }
                if (isMinimal) {
                  minimal.add(ids(game, mask));
                }
                boolean isBlocking = !brute.winning[full & ~mask];
                assertEquals(isBlocking, game.isBlocking(ids(game, mask)), "blocking " + ids(game, mask));
                assertEquals(isBlocking, game.dual().isWinning(ids(game, mask)), "blocking = winning in the dual");
                boolean isMinimalBlocking = isBlocking;
                for (int i = 0; i < n && isMinimalBlocking; i++) {
                  if ((mask >> i & 1) != 0 && !brute.winning[full & ~(mask & ~(1 << i))]) {
                    isMinimalBlocking = false;
                  }
                }
                if (isMinimalBlocking) {
                  blocking.add(ids(game, mask));
                }
              }
              Coalitions found = game.minimalWinningCoalitions(10_000);
              assertTrue(found.complete());
              assertEquals(Set.copyOf(minimal), Set.copyOf(found.coalitions()));
              assertEquals(minimal.size(), found.size(), "each minimal winning coalition once");
              assertEquals(Set.copyOf(blocking), Set.copyOf(game.minimalBlockingCoalitions(10_000).coalitions()));
              List<PartnerId> veto = new ArrayList<>();
              for (Player p : game.players()) {
                if (minimal.stream().allMatch(c -> c.contains(p.id()))) {
                  veto.add(p.id());
                }
              }
              assertEquals(veto, game.vetoPlayers(), "veto players are those in every minimal winning coalition");
            });
  }

  private static Set<PartnerId> ids(SimpleGame game, int mask) {
    Set<PartnerId> set = new java.util.LinkedHashSet<>();
    for (int i = 0; i < game.size(); i++) {
      if ((mask >> i & 1) != 0) {
        set.add(game.players().get(i).id());
      }
    }
    return set;
  }
}
