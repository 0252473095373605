package dev.alliance.core.power;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.api.governance.Base;
import dev.alliance.api.governance.DecisionRule;
import dev.alliance.api.governance.Threshold;
import dev.alliance.api.governance.VetoAbstention;
import dev.alliance.api.governance.WeightSource;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.exact.Rational;
import dev.alliance.core.governance.Electorate;
import dev.alliance.core.governance.Voter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Values published in the voting-power literature, reproduced exactly. Each game is computed by
 * every exact method that applies to it, and each published figure is also checked against this
 * test's own enumeration of all coalitions ({@link BruteForce}), so no figure is asserted on the
 * strength of a citation alone.
 */
class PublishedValuesTest {
  private static final Set<PowerIndex> ALL = EnumSet.allOf(PowerIndex.class);

  /**
   * The UN Security Council: five permanent members with a veto and ten elected members; a
   * resolution needs nine votes including all five permanent ones (the weighted form [39; 7 x 5,
   * 1 x 10] is the same game). Shapley-Shubik: 421/2145 for a permanent member, 4/2145 for an
   * elected one. L. S. Shapley and M. Shubik, "A method for evaluating the distribution of power in
   * a committee system", American Political Science Review 48(3), 1954, pp. 787-792. Banzhaf swing
   * counts 848 and 84 (normalized 106/635 and 21/1270, about 0.1669 and 0.0165): D. S. Felsenthal
   * and M. Machover, The Measurement of Voting Power, Edward Elgar, 1998.
   */
  @Test
  void unitedNationsSecurityCouncil() {
    List<Voter> voters = new ArrayList<>();
    for (String p5 : List.of("CHN", "FRA", "RUS", "GBR", "USA")) {
      voters.add(Voters.voter(p5, 1));
    }
    for (int i = 1; i <= 10; i++) {
      voters.add(Voters.voter("E" + i, 1));
    }
    Set<PartnerId> permanent = Set.of("CHN", "FRA", "RUS", "GBR", "USA").stream().map(PartnerId::of).collect(Collectors.toSet());
    DecisionRule rule =
        DecisionRule.allOf(DecisionRule.atLeastYes(9), DecisionRule.vetoPlayers(permanent, VetoAbstention.ABSTENTION_DOES_NOT_BLOCK));
    SimpleGame council = SimpleGame.of(rule, Electorate.of(voters));
    SimpleGame weighted = SimpleGame.weighted(39, 7, 7, 7, 7, 7, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1);

    for (SimpleGame game : List.of(council, weighted)) {
      for (PowerProfile p : exactProfiles(game)) {
        IndexResult ss = p.result(PowerIndex.SHAPLEY_SHUBIK).orElseThrow();
        IndexResult bz = p.result(PowerIndex.BANZHAF).orElseThrow();
        for (int i = 0; i < 15; i++) {
          assertEquals(Rational.parse(i < 5 ? "421/2145" : "4/2145"), exact(ss, i), "SS " + i);
          assertEquals(Rational.of(i < 5 ? 848 : 84), ss(bz, i), "swings " + i);
          assertEquals(Rational.parse(i < 5 ? "106/635" : "21/1270"), exact(bz, i), "Bz " + i);
        }
      }
      assertEquals(BruteForce.of(game).indices().get(PowerIndex.SHAPLEY_SHUBIK).get(0), Rational.parse("421/2145"));
    }
    assertEquals(permanent, Set.copyOf(council.vetoPlayers()));
  }

  /**
   * The textbook game [6; 4, 3, 2, 1]: normalized Banzhaf 5/12, 1/4, 1/4, 1/12. P. D. Straffin,
   * Game Theory and Strategy, Mathematical Association of America, 1993, chapter 10.
   */
  @Test
  void straffinsTextbookGame() {
    SimpleGame game = SimpleGame.weighted(6, 4, 3, 2, 1);
    List<Rational> expected = List.of(Rational.of(5, 12), Rational.of(1, 4), Rational.of(1, 4), Rational.of(1, 12));
    for (PowerProfile p : exactProfiles(game)) {
      assertEquals(expected, exacts(p.result(PowerIndex.BANZHAF).orElseThrow()));
    }
    assertEquals(expected, BruteForce.of(game).indices().get(PowerIndex.BANZHAF));
  }

  /**
   * The Council of the European Economic Community, 1958-1972: France, Germany and Italy 4 votes,
   * Belgium and the Netherlands 2, Luxembourg 1, quota 12 of 17. Luxembourg is a null player.
   * Shapley-Shubik 14/60, 14/60, 14/60, 9/60, 9/60, 0; normalized Banzhaf 5/21, 5/21, 5/21, 3/21,
   * 3/21, 0. Felsenthal and Machover, The Measurement of Voting Power (1998); also "Luxembourg in
   * the Early Days of the EEC: Null Player or Not?", Games 9(2), 29 (2018).
   */
  @Test
  void europeanEconomicCommunityCouncil1958() {
    List<Voter> voters =
        List.of(Voters.voter("FRA", 4), Voters.voter("DEU", 4), Voters.voter("ITA", 4), Voters.voter("BEL", 2), Voters.voter("NLD", 2), Voters.voter("LUX", 1));
    SimpleGame game =
        SimpleGame.of(DecisionRule.weighted(WeightSource.memberWeights(), Threshold.quota(12), Base.ALL_MEMBERS), Electorate.of(voters));
    List<Rational> ss = List.of("14/60", "14/60", "14/60", "9/60", "9/60", "0").stream().map(Rational::parse).toList();
    List<Rational> bz = List.of("5/21", "5/21", "5/21", "3/21", "3/21", "0").stream().map(Rational::parse).toList();
    for (PowerProfile p : exactProfiles(game)) {
      assertEquals(ss, exacts(p.result(PowerIndex.SHAPLEY_SHUBIK).orElseThrow()));
      assertEquals(bz, exacts(p.result(PowerIndex.BANZHAF).orElseThrow()));
      assertEquals(List.of(PartnerId.of("LUX")), p.nullPlayers().orElseThrow());
    }
    BruteForce brute = BruteForce.of(game);
    assertEquals(ss, brute.indices().get(PowerIndex.SHAPLEY_SHUBIK));
    assertEquals(bz, brute.indices().get(PowerIndex.BANZHAF));
  }

  /**
   * The Nassau County (New York) Board of Supervisors, whose weighted voting Banzhaf took to court:
   * in 1958 [16; 9, 9, 7, 3, 1, 1] and in 1964 [58; 31, 31, 21, 28, 2, 2] (Hempstead 1, Hempstead
   * 2, North Hempstead, Oyster Bay, Glen Cove, Long Beach). In 1958 Oyster Bay, Glen Cove and Long
   * Beach were null players; in 1964 North Hempstead, Glen Cove and Long Beach were; the other three
   * held a third of the power each. J. F. Banzhaf III, "Weighted voting doesn't work: a
   * mathematical analysis", Rutgers Law Review 19, 1965, pp. 317-343; the weights as tabulated by
   * COMAP, For All Practical Purposes, 10th ed., chapter 11, exercise 35.
   */
  @Test
  void nassauCountyBoardOfSupervisors() {
    SimpleGame board1958 = SimpleGame.weighted(16, 9, 9, 7, 3, 1, 1);
    SimpleGame board1964 = SimpleGame.weighted(58, 31, 31, 21, 28, 2, 2);
    Rational third = Rational.of(1, 3);
    List<Rational> power1958 = List.of(third, third, third, Rational.ZERO, Rational.ZERO, Rational.ZERO);
    List<Rational> power1964 = List.of(third, third, Rational.ZERO, third, Rational.ZERO, Rational.ZERO);
    for (PowerProfile p : exactProfiles(board1958)) {
      assertEquals(power1958, exacts(p.result(PowerIndex.BANZHAF).orElseThrow()));
      assertEquals(power1958, exacts(p.result(PowerIndex.SHAPLEY_SHUBIK).orElseThrow()));
      assertEquals(List.of(PartnerId.of("P4"), PartnerId.of("P5"), PartnerId.of("P6")), p.nullPlayers().orElseThrow());
    }
    for (PowerProfile p : exactProfiles(board1964)) {
      assertEquals(power1964, exacts(p.result(PowerIndex.BANZHAF).orElseThrow()));
      assertEquals(power1964, exacts(p.result(PowerIndex.SHAPLEY_SHUBIK).orElseThrow()));
      assertEquals(List.of(PartnerId.of("P3"), PartnerId.of("P5"), PartnerId.of("P6")), p.nullPlayers().orElseThrow());
    }
    assertEquals(power1964, BruteForce.of(board1964).indices().get(PowerIndex.BANZHAF));
  }

  /**
   * Holler's example of the public good index's non-monotonicity, [51; 35, 20, 15, 15, 15]: the
   * player with 20 votes belongs to fewer minimal winning coalitions than those with 15, so its
   * index, 2/15, is below theirs, 3/15; the largest has 4/15. M. J. Holler, "Forming coalitions
   * and measuring voting power", Political Studies 30(2), 1982, pp. 262-271.
   */
  @Test
  void hollersNonMonotonicPublicGoodIndex() {
    SimpleGame game = SimpleGame.weighted(51, 35, 20, 15, 15, 15);
    List<Rational> holler = List.of("4/15", "2/15", "3/15", "3/15", "3/15").stream().map(Rational::parse).toList();
    for (PowerProfile p : exactProfiles(game)) {
      assertEquals(holler, exacts(p.result(PowerIndex.HOLLER).orElseThrow()));
      assertEquals(BruteForce.of(game).indices().get(PowerIndex.DEEGAN_PACKEL), exacts(p.result(PowerIndex.DEEGAN_PACKEL).orElseThrow()));
    }
    assertEquals(holler, BruteForce.of(game).indices().get(PowerIndex.HOLLER));
    assertTrue(game.minimalWinningCoalitions(100).complete());
    assertEquals(5, game.minimalWinningCoalitions(100).size());
  }

  /** Every profile of the game by an exact method that computes every index it can. */
  static List<PowerProfile> exactProfiles(SimpleGame game) {
    List<PowerProfile> profiles = new ArrayList<>();
    profiles.add(PowerCalculator.defaults().withMethod(Method.ENUMERATION).compute(game, ALL));
    PowerProfile gf = PowerCalculator.defaults().withMethod(Method.GENERATING_FUNCTIONS).compute(game, ALL);
    profiles.add(gf);
    return profiles;
  }

  static Rational exact(IndexResult result, int player) {
    return ((PowerValue.Exact) result.value(player)).value();
  }

  static Rational ss(IndexResult result, int player) {
    return result.raw().get(player);
  }

  static List<Rational> exacts(IndexResult result) {
    List<Rational> values = new ArrayList<>();
    for (int i = 0; i < result.values().size(); i++) {
      values.add(exact(result, i));
    }
    return values;
  }
}
