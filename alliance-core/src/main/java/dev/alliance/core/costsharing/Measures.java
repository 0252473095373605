package dev.alliance.core.costsharing;

import dev.alliance.api.InvalidValueException;
import dev.alliance.api.partner.Measure;
import dev.alliance.api.partner.Partner;
import java.math.BigDecimal;

/** Reads a formula's measure off a partner. */
final class Measures {
  private Measures() {}

  /** The partner's value of the measure; the error's text is built only when it is missing. */
  static BigDecimal valueOf(Partner member, Measure measure) {
    BigDecimal value = member.attributes().get(measure);
    if (value == null) {
      throw new InvalidValueException("Partner.attributes[" + measure + "]", member.id(), "is missing: the formula weighs by " + measure);
    }
    return value;
  }
}
