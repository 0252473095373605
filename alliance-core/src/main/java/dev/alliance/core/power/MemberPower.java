package dev.alliance.core.power;

import dev.alliance.api.partner.PartnerId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One member's row of a power table: who it is and its value on each index computed.
 *
 * @param player the player
 * @param values its value per index
 */
public record MemberPower(Player player, Map<PowerIndex, PowerValue> values) {

  /** Copies the values, keeping the indices in their natural order. */
  public MemberPower {
    Objects.requireNonNull(player, "player");
    values = values.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(values));
  }

  /** @return the member's identity */
  public PartnerId id() {
    return player.id();
  }

  /** @return the member's name */
  public String name() {
    return player.name();
  }

  /**
   * @param index an index
   * @return the member's value on it, when it was computed
   */
  public Optional<PowerValue> value(PowerIndex index) {
    return Optional.ofNullable(values.get(index));
  }
}
