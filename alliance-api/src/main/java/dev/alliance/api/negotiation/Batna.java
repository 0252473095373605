package dev.alliance.api.negotiation;

import dev.alliance.api.Checks;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A party's best alternative to a negotiated agreement: what it does if there is no deal, and what
 * that is worth to it on its own utility scale, where 0 is a deal that meets only its reservation
 * point on every issue and 1 a deal that meets its ideal point on every issue. A party accepts no
 * offer worth less to it than its BATNA.
 *
 * <pre>{@code
 * Batna egypt = Batna.of("no peace, no Sinai: the 1967 lines stay where they are", "0.1");
 * }</pre>
 *
 * @param description what the party does without a deal; not blank
 * @param utility what the alternative is worth to the party, in {@code [0, 1]} of its own scale
 */
public record Batna(String description, BigDecimal utility) {

  /** Validates the alternative. */
  public Batna {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(utility, "utility");
    Checks.notBlank("Batna.description", description);
    Checks.check(
        utility.signum() >= 0 && utility.compareTo(BigDecimal.ONE) <= 0,
        "Batna.utility",
        utility,
        "must lie between 0 (a deal at every reservation point) and 1 (a deal at every ideal point)");
    utility = Terms.normalize(utility);
  }

  /**
   * @param description what the party does without a deal
   * @param utility its worth, such as {@code "0.25"}
   * @return the alternative
   */
  public static Batna of(String description, String utility) {
    return new Batna(description, new BigDecimal(utility));
  }

  /**
   * @param description what the party does without a deal
   * @return an alternative worth 0: no better than a deal at every reservation point
   */
  public static Batna none(String description) {
    return new Batna(description, BigDecimal.ZERO);
  }
}
