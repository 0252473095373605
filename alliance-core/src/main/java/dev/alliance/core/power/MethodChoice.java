package dev.alliance.core.power;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Why an index was computed the way it was, as data: the method chosen (or none, when the index
 * could not be computed), whether the caller asked for it, the reason, and every method that was
 * considered with its estimated cost.
 *
 * <pre>{@code
 * profile.choice(PowerIndex.BANZHAF).explain();
 * // generating functions (cheapest exact method within the budget of 2.0e+10 operations)
 * //   generating functions: one weighted criterion: a table of 375,001 coefficients (...), ~7.2e+08 operations
 * //   enumeration: not applicable: 190 players; enumeration stops at 40
 * //   Monte-Carlo: 100,000 random coalitions, 95% confidence intervals, ~3.8e+07 operations
 * }</pre>
 *
 * @param method the method used; empty when the index was not computed
 * @param requested true when the caller asked for this method
 * @param reason why this method, or why none
 * @param candidates every method considered
 */
public record MethodChoice(Optional<Method> method, boolean requested, String reason, List<Candidate> candidates) {

  /** Copies the candidates. */
  public MethodChoice {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(reason, "reason");
    candidates = List.copyOf(candidates);
  }

  /**
   * One method as the planner saw it.
   *
   * @param method the method
   * @param applicable whether it can compute the index for this game at all
   * @param approach what it would do, with the sizes that drive its cost; or why it cannot
   * @param operations the estimated number of elementary operations; infinite when not applicable
   */
  public record Candidate(Method method, boolean applicable, String approach, double operations) {
    /** Checks the fields. */
    public Candidate {
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(approach, "approach");
    }
  }

  /** @return the choice and the candidates in words, one candidate per line */
  public String explain() {
    StringBuilder text = new StringBuilder();
    text.append(method.map(MethodChoice::name).orElse("not computed")).append(" (").append(reason).append(')');
    for (Candidate c : candidates) {
      text.append("\n  ").append(name(c.method())).append(": ");
      if (c.applicable()) {
        text.append(c.approach()).append(String.format(Locale.ROOT, ", ~%.1e operations", c.operations()));
      } else {
        text.append("not applicable: ").append(c.approach());
      }
    }
    return text.toString();
  }

  static String name(Method method) {
    if (method == Method.GENERATING_FUNCTIONS) {
      return "generating functions";
    }
    return method == Method.ENUMERATION ? "enumeration" : "Monte-Carlo";
  }
}
