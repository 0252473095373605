package dev.alliance.api.trust;

import dev.alliance.api.Checks;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a partner stands to gain from cooperating or defecting, and what defection would cost it:
 * the inputs of calculative trust ("it pays them to cooperate"). All amounts are in one unit of the
 * user's choice.
 *
 * <pre>{@code
 * // cooperating pays 10; defecting would gain 30, but is caught half the time and sanctioned by 50
 * Incentives nato = Incentives.of("10", "30", "50", "0.5"); // expected gain of defecting: 30 - 25 = 5 < 10
 * }</pre>
 *
 * @param cooperation what the partner gains by cooperating; not negative
 * @param defection what it would gain by defecting, before any sanction; not negative
 * @param sanction what defection costs it when detected; not negative
 * @param detection the probability that defection is detected and sanctioned, in {@code [0, 1]}
 */
public record Incentives(BigDecimal cooperation, BigDecimal defection, BigDecimal sanction, BigDecimal detection) {

  /** Validates the incentives. */
  public Incentives {
    Objects.requireNonNull(cooperation, "cooperation");
    Objects.requireNonNull(defection, "defection");
    Objects.requireNonNull(sanction, "sanction");
    Objects.requireNonNull(detection, "detection");
    Checks.nonNegative("Incentives.cooperation", cooperation);
    Checks.nonNegative("Incentives.defection", defection);
    Checks.nonNegative("Incentives.sanction", sanction);
    Checks.check(
        detection.signum() >= 0 && detection.compareTo(BigDecimal.ONE) <= 0,
        "Incentives.detection",
        detection,
        "must be a probability, between 0 and 1");
  }

  /**
   * @param cooperation the gain from cooperating, such as {@code "10"}
   * @param defection the gain from defecting
   * @param sanction the cost of a detected defection
   * @param detection the probability of detection
   * @return the incentives
   */
  public static Incentives of(String cooperation, String defection, String sanction, String detection) {
    return new Incentives(new BigDecimal(cooperation), new BigDecimal(defection), new BigDecimal(sanction), new BigDecimal(detection));
  }

  /** @return what defecting is worth once the expected sanction is counted: {@code defection - detection x sanction} */
  public BigDecimal expectedDefectionGain() {
    return defection.subtract(detection.multiply(sanction));
  }
}
