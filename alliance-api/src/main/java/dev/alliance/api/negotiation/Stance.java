package dev.alliance.api.negotiation;

import dev.alliance.api.Checks;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Where one party stands on one issue: which way it wants the issue to go, its ideal point (the
 * best outcome it hopes for), its reservation point (the worst it will accept on this issue), and
 * the weight it gives the issue (how much it cares, relative to its other issues).
 *
 * <pre>{@code
 * Stance seller = Stance.of(new BigDecimal("120"), new BigDecimal("100"), BigDecimal.ONE); // MORE_IS_BETTER
 * seller.isAcceptable(new BigDecimal("99"));   // false: below the reservation point
 * }</pre>
 *
 * @param preference which way the party wants the issue to go
 * @param ideal the party's ideal point; at least as good as the reservation point
 * @param reservation the worst value the party accepts on this issue
 * @param weight how much the party cares about the issue; not negative. Weights are relative: only
 *     their ratios within one party matter
 */
public record Stance(Preference preference, BigDecimal ideal, BigDecimal reservation, BigDecimal weight) {

  /** Validates the stance and drops trailing zeros, so that equal numbers make equal stances. */
  public Stance {
    Objects.requireNonNull(preference, "preference");
    Objects.requireNonNull(ideal, "ideal");
    Objects.requireNonNull(reservation, "reservation");
    Objects.requireNonNull(weight, "weight");
    Checks.nonNegative("Stance.weight", weight);
    Checks.check(
        preference.atLeastAsGood(ideal, reservation),
        "Stance.ideal",
        ideal,
        "must be at least as good as the reservation point " + reservation.toPlainString() + " for a party with "
            + preference);
    ideal = Terms.normalize(ideal);
    reservation = Terms.normalize(reservation);
    weight = Terms.normalize(weight);
  }

  /**
   * A stance whose preference follows from the two points.
   *
   * @param ideal the ideal point
   * @param reservation the reservation point; differs from the ideal point
   * @param weight the weight
   * @return {@link Preference#MORE_IS_BETTER} when the ideal lies above the reservation point,
   *     {@link Preference#LESS_IS_BETTER} when below
   */
  public static Stance of(BigDecimal ideal, BigDecimal reservation, BigDecimal weight) {
    Objects.requireNonNull(ideal, "ideal");
    Objects.requireNonNull(reservation, "reservation");
    int c = ideal.compareTo(reservation);
    Checks.check(
        c != 0,
        "Stance.ideal",
        ideal,
        "must differ from the reservation point to tell which way the party wants the issue to go; name the preference"
            + " explicitly when both are equal");
    return new Stance(c > 0 ? Preference.MORE_IS_BETTER : Preference.LESS_IS_BETTER, ideal, reservation, weight);
  }

  /**
   * @param value a value of the issue
   * @return true when the value is at least as good as the reservation point
   */
  public boolean isAcceptable(BigDecimal value) {
    return preference.atLeastAsGood(value, reservation);
  }

  /**
   * @param value a value of the issue
   * @return true when the value is at least as good as the ideal point
   */
  public boolean meetsIdeal(BigDecimal value) {
    return preference.atLeastAsGood(value, ideal);
  }
}
