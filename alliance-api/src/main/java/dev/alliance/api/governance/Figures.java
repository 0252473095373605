package dev.alliance.api.governance;

import dev.alliance.api.partner.PartnerId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How the explanations print their figures; kept in one place so that every line reads alike. */
final class Figures {
  /** Lists longer than this print their first names and a count of the rest. */
  private static final int NAMES_SHOWN = 10;

  private Figures() {}

  /**
   * A decimal without trailing zeros or exponent, whole numbers from 10,000 up grouped by
   * thousands: {@code 449,206,600}, {@code 9999}, {@code 16.49}.
   */
  static String number(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    BigDecimal plain = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    if (plain.scale() == 0 && plain.abs().compareTo(BigDecimal.valueOf(10_000)) >= 0) {
      return String.format(Locale.ROOT, "%,d", plain.toBigInteger());
    }
    return plain.toPlainString();
  }

  /**
   * A share as a percentage with one decimal, or as many more (up to six) as it takes for the
   * printed figure to stand on the same side of the threshold as the exact one: 64.96% of a 65%
   * threshold prints as 64.96%, never 65.0%.
   */
  static String percent(BigDecimal part, BigDecimal whole, Threshold.Share share, boolean met) {
    BigDecimal hundred = BigDecimal.valueOf(100);
    BigDecimal exact = part.multiply(hundred).divide(whole, 20, RoundingMode.HALF_EVEN);
    BigDecimal bar = BigDecimal.valueOf(share.numerator()).multiply(hundred).divide(BigDecimal.valueOf(share.denominator()), 20, RoundingMode.HALF_EVEN);
    for (int scale = 1; scale <= 6; scale++) {
      BigDecimal shown = exact.setScale(scale, RoundingMode.HALF_EVEN);
      int side = shown.compareTo(bar);
      boolean consistent = share.strict() ? (met ? side > 0 : side <= 0) : (met ? side >= 0 : side < 0);
      if (consistent) {
        return shown.toPlainString() + "%";
      }
    }
    return exact.setScale(6, met ? RoundingMode.UP : RoundingMode.DOWN).toPlainString() + "%";
  }

  /** A share threshold as people write it: {@code 55%}, {@code 62.5%}, {@code 2/3}, {@code 1/2}. */
  static String fraction(Threshold.Share share) {
    long denominator = share.denominator();
    boolean decimal = denominator >= 100;
    for (long d = denominator; decimal && d > 1; d /= 10) {
      decimal = d % 10 == 0;
    }
    if (decimal) {
      return number(BigDecimal.valueOf(share.numerator()).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(denominator))) + "%";
    }
    return share.numerator() + "/" + denominator;
  }

  /** A threshold in words: {@code at least 55%}, {@code more than 1/2}, {@code at least 9}. */
  static String threshold(Threshold threshold) {
    if (threshold instanceof Threshold.Share share) {
      return (share.strict() ? "more than " : "at least ") + fraction(share);
    }
    return "at least " + number(((Threshold.Quota) threshold).amount());
  }

  /** Identities separated by commas, the list cut after ten names. */
  static String names(List<PartnerId> ids) {
    List<String> shown = new ArrayList<>();
    for (int i = 0; i < Math.min(ids.size(), NAMES_SHOWN); i++) {
      shown.add(ids.get(i).value());
    }
    String text = String.join(", ", shown);
    return ids.size() > NAMES_SHOWN ? text + " and " + (ids.size() - NAMES_SHOWN) + " more" : text;
  }

  /** Identities with their ballots: {@code FRA (ABSTAIN), DEU (ABSENT)}. */
  static String ballots(Map<PartnerId, Vote> ballots) {
    List<String> shown = new ArrayList<>();
    int i = 0;
    for (Map.Entry<PartnerId, Vote> entry : ballots.entrySet()) {
      if (i++ == NAMES_SHOWN) {
        break;
      }
      shown.add(entry.getKey() + " (" + entry.getValue() + ")");
    }
    String text = String.join(", ", shown);
    return ballots.size() > NAMES_SHOWN ? text + " and " + (ballots.size() - NAMES_SHOWN) + " more" : text;
  }
}
