package dev.alliance.api.negotiation;

import java.math.BigDecimal;

/** Number normalization shared by the negotiation values. */
final class Terms {
  private Terms() {}

  /**
   * Drops trailing zeros so that {@code 1.0} and {@code 1} make equal values, keeping a plain
   * representation for whole numbers ({@code 100}, not {@code 1E+2}).
   */
  static BigDecimal normalize(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
