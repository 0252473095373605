package dev.alliance.api.alignment;

import dev.alliance.api.Checks;
import dev.alliance.api.partner.PartnerId;
import java.util.Objects;

/**
 * How strongly two actors are drawn together (positive) or pushed apart (negative), whatever side
 * the others take. Symmetric: the order of the ends carries no meaning.
 *
 * @param a one actor
 * @param b the other; not {@code a}
 * @param value the propensity; finite
 */
public record Propensity(PartnerId a, PartnerId b, double value) {
  /** Validates the propensity. */
  public Propensity {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Checks.check(!a.equals(b), "Propensity.b", b, "a propensity joins two different actors");
    Checks.check(Double.isFinite(value), "Propensity.value", value, "must be a finite number");
  }

  /**
   * @param a one actor
   * @param b the other
   * @param value the propensity
   * @return the propensity
   */
  public static Propensity of(String a, String b, double value) {
    return new Propensity(PartnerId.of(a), PartnerId.of(b), value);
  }

  /**
   * @param x an actor
   * @param y another
   * @return true when this propensity joins exactly those two, in either order
   */
  public boolean joins(PartnerId x, PartnerId y) {
    return (a.equals(x) && b.equals(y)) || (a.equals(y) && b.equals(x));
  }
}
