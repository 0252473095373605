package dev.alliance.core.trust;

import dev.alliance.api.Checks;
import dev.alliance.api.partner.PartnerId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One partner's trust in another on a day, with its components and the reasons behind them.
 *
 * @param observer the partner whose trust it is
 * @param subject the partner trusted
 * @param asOf the day
 * @param level the trust, in {@code [0, 1]}: the relational component, blended with the calculative
 *     one when it is known
 * @param relational trust from the record of conduct, in {@code [0, 1]}
 * @param calculative trust from incentives, in {@code [0, 1]}, when the incentives are known
 * @param assurance the part of the trust backed by evidence rather than by the benefit of the
 *     doubt, in {@code [0, 1]}: what commitments can be sized on
 * @param model the model's name
 * @param reasons how the figures were reached, one line each
 */
public record TrustAssessment(
    PartnerId observer,
    PartnerId subject,
    LocalDate asOf,
    double level,
    double relational,
    OptionalDouble calculative,
    double assurance,
    String model,
    List<String> reasons) {

  /** Validates the figures. */
  public TrustAssessment {
    Objects.requireNonNull(observer, "observer");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(calculative, "calculative");
    Objects.requireNonNull(model, "model");
    Checks.inRange("TrustAssessment.level", level, 0, 1);
    Checks.inRange("TrustAssessment.relational", relational, 0, 1);
    calculative.ifPresent(c -> Checks.inRange("TrustAssessment.calculative", c, 0, 1));
    Checks.inRange("TrustAssessment.assurance", assurance, 0, 1);
    reasons = List.copyOf(reasons);
  }

  @Override
  public String toString() {
    return observer + "'s trust in " + subject + " on " + asOf + ": " + String.format(java.util.Locale.ROOT, "%.3f", level);
  }
}
