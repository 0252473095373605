package dev.alliance.core.power;

import dev.alliance.api.partner.PartnerId;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The power indices of a game's players: what {@link PowerCalculator#compute(SimpleGame,
 * java.util.Set)} returns. Read it by index ({@link #result(PowerIndex)}), by member ({@link
 * #members()}, one row per player, ready to print next to vote shares), or by both ({@link
 * #value(PowerIndex, PartnerId)}). Every index asked for has a {@link MethodChoice} saying how it
 * was computed, or why it was not.
 *
 * <pre>{@code
 * PowerProfile p = PowerCalculator.defaults().compute(eec);
 * for (MemberPower m : p.members()) {
 *   System.out.println(m.name() + " " + m.value(PowerIndex.BANZHAF).orElseThrow());
 * }
 * p.nullPlayers(); // Optional[[LUX]]
 * }</pre>
 */
public final class PowerProfile {
  private final SimpleGame game;
  private final Map<PowerIndex, IndexResult> results;
  private final Map<PowerIndex, MethodChoice> choices;

  PowerProfile(SimpleGame game, Map<PowerIndex, IndexResult> results, Map<PowerIndex, MethodChoice> choices) {
    this.game = Objects.requireNonNull(game, "game");
    this.results = Collections.unmodifiableMap(results.isEmpty() ? Map.of() : new EnumMap<>(results));
    this.choices = Collections.unmodifiableMap(choices.isEmpty() ? Map.of() : new EnumMap<>(choices));
  }

  /** @return the game */
  public SimpleGame game() {
    return game;
  }

  /** @return the computed indices, in the order of {@link PowerIndex} */
  public List<IndexResult> results() {
    return List.copyOf(results.values());
  }

  /**
   * @param index an index
   * @return its result, when it was computed
   */
  public Optional<IndexResult> result(PowerIndex index) {
    return Optional.ofNullable(results.get(index));
  }

  /**
   * @param index an index that was asked for
   * @return how it was computed, or why it was not
   */
  public MethodChoice choice(PowerIndex index) {
    MethodChoice choice = choices.get(index);
    if (choice == null) {
      throw new IllegalArgumentException(index + " was not asked for");
    }
    return choice;
  }

  /** @return every index asked for and how it was computed or why not */
  public Map<PowerIndex, MethodChoice> choices() {
    return choices;
  }

  /**
   * @param index an index
   * @param member a player
   * @return the player's value, when the index was computed and the member is a player
   */
  public Optional<PowerValue> value(PowerIndex index, PartnerId member) {
    IndexResult result = results.get(index);
    if (result == null) {
      return Optional.empty();
    }
    for (Player p : game.players()) {
      if (p.id().equals(member)) {
        return Optional.of(result.value(p.index()));
      }
    }
    return Optional.empty();
  }

  /** @return one row per player with its value on every computed index, in player order */
  public List<MemberPower> members() {
    List<MemberPower> rows = new ArrayList<>();
    for (Player p : game.players()) {
      Map<PowerIndex, PowerValue> values = new EnumMap<>(PowerIndex.class);
      results.forEach((index, result) -> values.put(index, result.value(p.index())));
      rows.add(new MemberPower(p, values));
    }
    return rows;
  }

  /**
   * The null (dummy) players: those who never swing, whatever the others do. Known exactly when
   * Banzhaf (normalized or absolute) was computed exactly.
   *
   * @return the null players in order, or empty when no exact Banzhaf result is at hand
   */
  public Optional<List<PartnerId>> nullPlayers() {
    IndexResult banzhaf = results.get(PowerIndex.BANZHAF);
    if (banzhaf == null || !banzhaf.isExact()) {
      banzhaf = results.get(PowerIndex.BANZHAF_ABSOLUTE);
    }
    if (banzhaf == null || !banzhaf.isExact()) {
      return Optional.empty();
    }
    List<PartnerId> nulls = new ArrayList<>();
    for (Player p : game.players()) {
      if (banzhaf.raw().get(p.index()).numerator().equals(BigInteger.ZERO)) {
        nulls.add(p.id());
      }
    }
    return Optional.of(List.copyOf(nulls));
  }

  /** @return for every index asked for, how it was computed or why not, in words */
  public String explain() {
    StringBuilder text = new StringBuilder();
    choices.forEach((index, choice) -> text.append(index).append(": ").append(choice.explain()).append('\n'));
    return text.toString();
  }

  @Override
  public String toString() {
    return "PowerProfile[" + game + ", " + results.keySet() + "]";
  }
}
