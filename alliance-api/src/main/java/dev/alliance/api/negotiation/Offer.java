package dev.alliance.api.negotiation;

import dev.alliance.api.Checks;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A package on the table: one value for each issue, by the issue's name. Whether an offer fits a
 * negotiation (every issue named, every value in range) is checked by {@link
 * Negotiation#check(Offer)}; whether a party accepts it is for the analysis to say.
 *
 * <pre>{@code
 * Offer landForPeace = Offer.of(Map.of("Sinai returned", new BigDecimal("100"), "peace treaty", BigDecimal.ONE));
 * landForPeace.term("Sinai returned"); // 100
 * }</pre>
 *
 * @param terms the value of each issue, by issue name, in the order given; at least one
 */
public record Offer(Map<String, BigDecimal> terms) {

  /** Copies the terms, keeping their order, and drops trailing zeros from the values. */
  public Offer {
    Objects.requireNonNull(terms, "terms");
    Checks.notEmpty("Offer.terms", terms.keySet());
    Map<String, BigDecimal> copy = new LinkedHashMap<>();
    terms.forEach(
        (issue, value) -> {
          Checks.notBlank("Offer.terms", issue);
          copy.put(issue, Terms.normalize(Objects.requireNonNull(value, "terms[" + issue + "]")));
        });
    terms = Collections.unmodifiableMap(copy);
  }

  /**
   * @param terms the value of each issue
   * @return the offer
   */
  public static Offer of(Map<String, BigDecimal> terms) {
    return new Offer(terms);
  }

  /**
   * @param issue an issue's name
   * @return its value in this offer
   * @throws dev.alliance.api.InvalidValueException when the offer does not name the issue
   */
  public BigDecimal term(String issue) {
    BigDecimal value = terms.get(issue);
    Checks.check(value != null, "Offer.terms", issue, "names no value for this issue; it names " + terms.keySet());
    return value;
  }

  /**
   * @param issue an issue's name
   * @param value its new value
   * @return a copy of this offer with that value
   */
  public Offer with(String issue, BigDecimal value) {
    Map<String, BigDecimal> changed = new LinkedHashMap<>(terms);
    changed.put(issue, value);
    return new Offer(changed);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("{");
    terms.forEach((issue, value) -> text.append(text.length() > 1 ? ", " : "").append(issue).append('=').append(value.toPlainString()));
    return text.append('}').toString();
  }
}
