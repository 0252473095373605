package dev.alliance.core.power;

import dev.alliance.api.Checks;
import dev.alliance.api.partner.PartnerId;
import java.util.Objects;

/**
 * A player of a simple game: a voting member, by position, identity and name.
 *
 * @param index the position in the game, from 0
 * @param id the member's identity
 * @param name its display name
 */
public record Player(int index, PartnerId id, String name) {
  /** Validates the player. */
  public Player {
    Checks.nonNegative("Player.index", index);
    Objects.requireNonNull(id, "id");
    Checks.notBlank("Player.name", name);
  }
}
