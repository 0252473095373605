package dev.alliance.core.power;

import dev.alliance.api.Checks;
import dev.alliance.api.InvalidValueException;
import dev.alliance.api.alliance.Alliance;
import dev.alliance.api.governance.DecisionProcedure;
import dev.alliance.api.governance.DecisionRule;
import dev.alliance.api.governance.IssueArea;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.governance.Electorate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A simple game: players who vote yes or no, and the rule that says which sets of yes-voters (the
 * winning coalitions) carry a decision. Power indices are computed on it.
 *
 * <p>Every game here is <em>monotone</em> (adding a yes-voter never turns a win into a loss),
 * the empty coalition loses and all players together win; anything else is rejected when the game
 * is built. A game is a formula over a few weighted {@linkplain #criteria() criteria} (member
 * count, votes, population, veto players), which is what lets the algorithms count coalitions
 * instead of listing them.
 *
 * <p>Built from a governance rule and the members who vote on it (see {@link
 * #of(DecisionProcedure, Electorate)} for the conventions), or directly as a weighted game:
 *
 * <pre>{@code
 * SimpleGame eec = SimpleGame.weighted(12, 4, 4, 4, 2, 2, 1);
 * eec.isWinning(List.of(PartnerId.of("P1"), PartnerId.of("P2"), PartnerId.of("P3"))); // true: 12 >= 12
 * eec.isWinning(List.of(PartnerId.of("P1"), PartnerId.of("P2"), PartnerId.of("P6"))); // false: 9 < 12
 * eec.vetoPlayers();                        // []
 * eec.dual().describe();                    // "weight >= 6 of 17"
 * eec.minimalWinningCoalitions(100).size(); // 4: the big three, or two of them with both middle ones
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class SimpleGame {
  private final List<Player> players;
  private final List<String> labels;
  private final long[][] weights;
  private final long[] totals;
  private final Condition condition;
  /** Estimated cost of enumerating every coalition; computed on first use (see the planner). */
  private volatile double basicEnumerationCost = -1;

  SimpleGame(List<Player> players, List<String> labels, long[][] weights, Condition condition, String source) {
    this.players = List.copyOf(players);
    this.labels = List.copyOf(labels);
    this.weights = weights;
    this.condition = Objects.requireNonNull(condition, "condition");
    this.totals = new long[weights.length];
    for (int c = 0; c < weights.length; c++) {
      long total = 0;
      for (long w : weights[c]) {
        total = Math.addExact(total, w);
      }
      totals[c] = total;
    }
    Checks.check(
        !condition.holds(new long[weights.length]),
        "SimpleGame.rule",
        source,
        "the empty coalition wins (a proposal would pass with no support), so it does not define a simple game");
    Checks.check(
        condition.holds(totals),
        "SimpleGame.rule",
        source,
        "no coalition wins, not even all " + players.size() + " voters together, so it does not define a simple game");
  }

  /**
   * The simple game a decision procedure defines among the voters: a coalition wins when the
   * governance tally ({@code dev.alliance.core.governance.Tally}, whose semantics are in
   * docs/governance.md) adopts the proposal with the coalition voting yes and every other voter
   * voting no. What follows from everyone voting yes or no:
   *
   * <ul>
   *   <li>the bases {@code VOTES_CAST}, {@code MEMBERS_PRESENT} and {@code ALL_MEMBERS} coincide,
   *       and abstention policies have nothing to act on;
   *   <li>the quorum is met, unless it asks for more members than there are voters (then nothing
   *       can pass and the procedure defines no simple game);
   *   <li>consensus and unanimity are the unanimity game;
   *   <li>a veto player belongs to every winning coalition; a veto player outside the electorate is
   *       absent, which blocks only under {@code ABSTENTION_BLOCKS};
   *   <li>a lead partner is a dictator; a lead partner outside the electorate never says yes;
   *   <li>{@code BlockingMinority(m)} carries a decision when fewer than m voters vote no;
   *   <li>a double majority is its {@link DecisionRule.DoubleMajority#toComposition()
   *       composition};
   *   <li>weights come from the rule's weight source; decimal weights are scaled by a power of ten
   *       to whole numbers;
   *   <li>a share threshold is exact: "at least 2/3" of a total W needs {@code ceil(2W/3)}; at
   *       exactly half of the votes cast a tie (yes equal to no) goes by the tie policy: rejected
   *       by default, adopted under {@code TiePolicy.adopted()}, and under a casting vote adopted
   *       exactly when the chair is among the yes votes.
   * </ul>
   *
   * <p>Players are named by their identities; see {@link #withNames(Map)}.
   *
   * @param procedure the rule with its quorum and tie policy
   * @param electorate the voters, in the order results will list them
   * @return the game
   * @throws InvalidValueException when the procedure does not define a simple game among these
   *     voters (nobody can carry it, or it passes without support), when a voter lacks a measure
   *     or the electorate lacks the contributions the rule weighs by, or when the weights are too
   *     large to count exactly
   */
  public static SimpleGame of(DecisionProcedure procedure, Electorate electorate) {
    return RuleTranslator.translate(procedure, electorate);
  }

  /**
   * The game of a rule with the default policies (no quorum, a tie rejects); see {@link
   * #of(DecisionProcedure, Electorate)}.
   *
   * @param rule the rule
   * @param electorate the voters, in the order results will list them
   * @return the game
   */
  public static SimpleGame of(DecisionRule rule, Electorate electorate) {
    return of(DecisionProcedure.of(rule), electorate);
  }

  /**
   * The game of a rule among the alliance's members who may vote now, named as their partners.
   *
   * @param rule the rule
   * @param alliance the alliance
   * @return the game
   */
  public static SimpleGame of(DecisionRule rule, Alliance alliance) {
    return of(DecisionProcedure.of(rule), Electorate.of(alliance)).withNames(partnerNames(alliance));
  }

  /**
   * The game of the procedure an alliance uses for an issue area, among its members who may vote
   * now, named as their partners; the same procedure and electorate as {@code Tally.of(alliance,
   * area)}.
   *
   * @param alliance the alliance
   * @param area the issue area
   * @return the game
   */
  public static SimpleGame of(Alliance alliance, IssueArea area) {
    return of(alliance.governance().procedureFor(area), Electorate.of(alliance)).withNames(partnerNames(alliance));
  }

  private static Map<PartnerId, String> partnerNames(Alliance alliance) {
    Map<PartnerId, String> names = new HashMap<>();
    alliance.members().forEach(m -> names.put(m.id(), m.partner().name()));
    return names;
  }

  /**
   * @param names display names by identity; players not listed keep their names
   * @return the same game with its players renamed, for tables and reports
   */
  public SimpleGame withNames(Map<PartnerId, String> names) {
    List<Player> renamed = new ArrayList<>();
    for (Player p : players) {
      renamed.add(new Player(p.index(), p.id(), names.getOrDefault(p.id(), p.name())));
    }
    return new SimpleGame(renamed, labels, weights, condition, describe());
  }

  /**
   * A weighted majority game {@code [quota; w1, ..., wn]}: a coalition wins when its weights sum
   * to at least the quota. The players are named {@code P1, ..., Pn}.
   *
   * @param quota the least winning weight; at least 1 and at most the total weight
   * @param weights the players' weights; never negative
   * @return the game
   */
  public static SimpleGame weighted(long quota, long... weights) {
    Checks.check(weights.length > 0, "SimpleGame.weights", "[]", "must not be empty");
    List<Player> players = new ArrayList<>();
    for (int i = 0; i < weights.length; i++) {
      Checks.nonNegative("SimpleGame.weights[" + i + "]", weights[i]);
      players.add(new Player(i, PartnerId.of("P" + (i + 1)), "P" + (i + 1)));
    }
    long total = Arrays.stream(weights).reduce(0, Math::addExact);
    return new SimpleGame(
        players,
        List.of("weight"),
        new long[][] {weights.clone()},
        Condition.atom(0, quota, total),
        "[" + quota + "; " + String.join(", ", Arrays.stream(weights).mapToObj(Long::toString).toList()) + "]");
  }

  /** @return the players in order */
  public List<Player> players() {
    return players;
  }

  /** @return the number of players */
  public int size() {
    return players.size();
  }

  /** @return the criteria the winning condition counts, in the order the condition names them */
  public List<Criterion> criteria() {
    List<Criterion> criteria = new ArrayList<>();
    for (int c = 0; c < weights.length; c++) {
      criteria.add(new Criterion(labels.get(c), Arrays.stream(weights[c]).boxed().toList()));
    }
    return criteria;
  }

  /**
   * @return true when the game is a plain weighted majority game: one criterion and one quota
   */
  public boolean isWeighted() {
    return condition instanceof Condition.Atom;
  }

  /** @return the winning condition in words, such as {@code "weight >= 12 of 17"} */
  public String describe() {
    return condition.describe(criteria());
  }

  /**
   * @param yes the players voting yes
   * @return true when they carry the decision
   * @throws InvalidValueException when an identity is not a player
   */
  public boolean isWinning(Collection<PartnerId> yes) {
    return condition.holds(sums(members(yes)));
  }

  /**
   * A coalition is blocking when the players outside it cannot win without it: it wins in the
   * {@linkplain #dual() dual game}.
   *
   * @param coalition the players voting no
   * @return true when their no stops the decision whatever the others do
   */
  public boolean isBlocking(Collection<PartnerId> coalition) {
    boolean[] in = members(coalition);
    boolean[] out = new boolean[in.length];
    for (int i = 0; i < in.length; i++) {
      out[i] = !in[i];
    }
    return !condition.holds(sums(out));
  }

  /**
   * The dual game, in which a coalition wins exactly when it is blocking here. For a weighted
   * game {@code [q; w]} with total W it is {@code [W - q + 1; w]}. Banzhaf and Shapley-Shubik
   * power are the same in a game and its dual.
   *
   * @return the dual game; the dual of the dual is this game again
   */
  public SimpleGame dual() {
    return new SimpleGame(players, labels, weights, condition.dual(totals), "dual of " + describe());
  }

  /** @return the players who belong to every winning coalition, in order */
  public List<PartnerId> vetoPlayers() {
    List<PartnerId> veto = new ArrayList<>();
    long[] sums = new long[totals.length];
    for (int i = 0; i < players.size(); i++) {
      for (int c = 0; c < totals.length; c++) {
        sums[c] = totals[c] - weights[c][i];
      }
      if (!condition.holds(sums)) {
        veto.add(players.get(i).id());
      }
    }
    return veto;
  }

  /** @return the players who win alone (at most one in a game where the winners never clash) */
  public List<PartnerId> dictators() {
    List<PartnerId> dictators = new ArrayList<>();
    long[] sums = new long[totals.length];
    for (int i = 0; i < players.size(); i++) {
      for (int c = 0; c < totals.length; c++) {
        sums[c] = weights[c][i];
      }
      if (condition.holds(sums)) {
        dictators.add(players.get(i).id());
      }
    }
    return dictators;
  }

  /**
   * Lists the minimal winning coalitions: winning coalitions in which every member is needed.
   * Their number can grow exponentially with the players, hence the limit.
   *
   * @param limit the most coalitions to list; at least 1
   * @return the coalitions found, in the order a depth-first search over the players finds them
   */
  public Coalitions minimalWinningCoalitions(int limit) {
    Checks.check(limit >= 1, "SimpleGame.limit", limit, "must be at least 1");
    return new MinimalWinningSearch(this, limit).run();
  }

  /**
   * Lists the minimal blocking coalitions: the smallest groups whose no stops a decision. They are
   * the minimal winning coalitions of the {@linkplain #dual() dual game}.
   *
   * @param limit the most coalitions to list; at least 1
   * @return the coalitions found
   */
  public Coalitions minimalBlockingCoalitions(int limit) {
    return dual().minimalWinningCoalitions(limit);
  }

  @Override
  public String toString() {
    return "SimpleGame[" + players.size() + " players: " + describe() + "]";
  }

  // ---- package-private views for the algorithms ----

  long[][] weights() {
    return weights;
  }

  double basicEnumerationCost() {
    double cost = basicEnumerationCost;
    if (cost < 0) {
      cost = Enumeration.basicCost(this);
      basicEnumerationCost = cost;
    }
    return cost;
  }

  long[] totals() {
    return totals;
  }

  Condition condition() {
    return condition;
  }

  List<String> labels() {
    return labels;
  }

  /** @return the game with its players in another order; used to check order independence */
  SimpleGame permuted(int[] order) {
    List<Player> reordered = new ArrayList<>();
    long[][] w = new long[weights.length][order.length];
    for (int i = 0; i < order.length; i++) {
      Player p = players.get(order[i]);
      reordered.add(new Player(i, p.id(), p.name()));
      for (int c = 0; c < weights.length; c++) {
        w[c][i] = weights[c][order[i]];
      }
    }
    return new SimpleGame(reordered, labels, w, condition, describe());
  }

  long[] sums(boolean[] members) {
    long[] sums = new long[weights.length];
    sums(weights, members, sums);
    return sums;
  }

  /** Writes each criterion's sum over the members into {@code out}. */
  static void sums(long[][] weights, boolean[] members, long[] out) {
    for (int c = 0; c < weights.length; c++) {
      long s = 0;
      for (int i = 0; i < members.length; i++) {
        if (members[i]) {
          s += weights[c][i];
        }
      }
      out[c] = s;
    }
  }

  private boolean[] members(Collection<PartnerId> ids) {
    Map<PartnerId, Integer> index = new HashMap<>();
    for (Player p : players) {
      index.put(p.id(), p.index());
    }
    boolean[] in = new boolean[players.size()];
    for (PartnerId id : ids) {
      Integer i = index.get(id);
      Checks.check(i != null, "SimpleGame.coalition", id, "is not a player of this game");
      in[i] = true;
    }
    return in;
  }

  Set<PartnerId> toSet(boolean[] members) {
    Set<PartnerId> set = new LinkedHashSet<>();
    for (int i = 0; i < members.length; i++) {
      if (members[i]) {
        set.add(players.get(i).id());
      }
    }
    return Collections.unmodifiableSet(set);
  }
}
