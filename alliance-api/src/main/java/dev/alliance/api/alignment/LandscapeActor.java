package dev.alliance.api.alignment;

import dev.alliance.api.Checks;
import dev.alliance.api.partner.PartnerId;
import java.util.Objects;

/**
 * An actor of landscape theory and its size: how much its alignment weighs for the others
 * (Axelrod and Bennett used national capabilities).
 *
 * @param id the actor
 * @param size its size; finite and not negative
 */
public record LandscapeActor(PartnerId id, double size) {
  /** Validates the size. */
  public LandscapeActor {
    Objects.requireNonNull(id, "id");
    Checks.inRange("LandscapeActor.size", size, 0, Double.MAX_VALUE);
  }

  /**
   * @param id the actor
   * @param size its size
   * @return the actor
   */
  public static LandscapeActor of(String id, double size) {
    return new LandscapeActor(PartnerId.of(id), size);
  }
}
