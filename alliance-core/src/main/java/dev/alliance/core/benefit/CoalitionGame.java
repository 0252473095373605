package dev.alliance.core.benefit;

import dev.alliance.api.Checks;
import dev.alliance.api.partner.PartnerId;
import java.math.BigDecimal;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A cooperative game: the players and the value each coalition of them can secure on its own, the
 * value of the empty coalition being zero. Shapley values and core checks are computed from it.
 *
 * <pre>{@code
 * Map<Set<PartnerId>, BigDecimal> worth = Map.of(
 *     Set.of(tech, factory), new BigDecimal("60"),
 *     Set.of(tech, factory, shops), new BigDecimal("100"));
 * CoalitionGame jv = CoalitionGame.of(List.of(tech, factory, shops), s -> worth.getOrDefault(s, BigDecimal.ZERO));
 * }</pre>
 *
 * <p>The value function is called with unmodifiable sets that are only valid during the call
 * (they may be views over a coalition under construction): read them, do not keep them.
 */
public final class CoalitionGame {
  /** The most players the game can have: coalitions are bit sets in a {@code long}. */
  public static final int MAX_PLAYERS = 62;

  private final List<PartnerId> players;
  private final Map<PartnerId, Integer> index;
  private final Function<Set<PartnerId>, BigDecimal> value;

  private CoalitionGame(List<PartnerId> players, Function<Set<PartnerId>, BigDecimal> value) {
    this.players = List.copyOf(players);
    this.value = value;
    Map<PartnerId, Integer> positions = new HashMap<>();
    for (int i = 0; i < this.players.size(); i++) {
      Checks.check(positions.put(this.players.get(i), i) == null, "CoalitionGame.players", this.players.get(i), "must appear once");
    }
    this.index = Collections.unmodifiableMap(positions);
  }

  /**
   * @param players the players, 1 to {@link #MAX_PLAYERS}, each once; their order is the order of
   *     every result
   * @param value the value of each coalition; must give zero for the empty coalition
   * @return the game
   */
  public static CoalitionGame of(List<PartnerId> players, Function<Set<PartnerId>, BigDecimal> value) {
    Objects.requireNonNull(players, "players");
    Objects.requireNonNull(value, "value");
    Checks.notEmpty("CoalitionGame.players", players);
    Checks.check(players.size() <= MAX_PLAYERS, "CoalitionGame.players", players.size(), "must be at most " + MAX_PLAYERS);
    CoalitionGame game = new CoalitionGame(players, value);
    BigDecimal empty = game.value(0L);
    Checks.check(empty.signum() == 0, "CoalitionGame.value", empty, "of the empty coalition must be zero");
    return game;
  }

  /** @return the players, in order */
  public List<PartnerId> players() {
    return players;
  }

  /** @return the number of players */
  public int size() {
    return players.size();
  }

  /**
   * @param coalition some of the players
   * @return the value that coalition secures on its own
   */
  public BigDecimal value(Set<PartnerId> coalition) {
    return value(mask(coalition));
  }

  /** @return the value of the grand coalition */
  public BigDecimal grandValue() {
    return value(size() == 64 ? -1L : (1L << size()) - 1);
  }

  /**
   * @param other a game of the same players, in the same order
   * @return the game whose every coalition is worth the sum of its values in the two games
   */
  public CoalitionGame plus(CoalitionGame other) {
    Checks.check(players.equals(other.players), "CoalitionGame.players", other.players, "must be " + players + " to add the games");
    return new CoalitionGame(players, s -> value.apply(s).add(other.value.apply(s)));
  }

  BigDecimal value(long mask) {
    BigDecimal v = value.apply(new MaskSet(mask));
    return Objects.requireNonNull(v, "the value function returned null");
  }

  long mask(Set<PartnerId> coalition) {
    long mask = 0;
    for (PartnerId member : coalition) {
      Integer i = index.get(member);
      Checks.check(i != null, "CoalitionGame.coalition", member, "is not a player");
      mask |= 1L << i;
    }
    return mask;
  }

  Set<PartnerId> members(long mask) {
    return new MaskSet(mask);
  }

  /** A coalition as a read-only set view over a bit mask. */
  private final class MaskSet extends AbstractSet<PartnerId> {
    private final long mask;

    private MaskSet(long mask) {
      this.mask = mask;
    }

    @Override
    public boolean contains(Object o) {
      Integer i = o instanceof PartnerId id ? index.get(id) : null;
      return i != null && (mask & (1L << i)) != 0;
    }

    @Override
    public int size() {
      return Long.bitCount(mask);
    }

    @Override
    public Iterator<PartnerId> iterator() {
      return new Iterator<>() {
        private long rest = mask;

        @Override
        public boolean hasNext() {
          return rest != 0;
        }

        @Override
        public PartnerId next() {
          if (rest == 0) {
            throw new NoSuchElementException();
          }
          int i = Long.numberOfTrailingZeros(rest);
          rest &= rest - 1;
          return players.get(i);
        }
      };
    }
  }
}
