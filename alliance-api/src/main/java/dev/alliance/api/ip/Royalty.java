package dev.alliance.api.ip;

import dev.alliance.api.Checks;
import dev.alliance.api.contribution.Valuation;
import java.math.BigDecimal;
import java.util.Objects;

/** What a licensee pays for a licence. */
public sealed interface Royalty permits Royalty.RoyaltyFree, Royalty.PercentOfSales, Royalty.FixedFee {

  /** @return a royalty-free licence, as partners often grant each other for the alliance's work */
  static Royalty free() {
    return new RoyaltyFree();
  }

  /**
   * @param percent the percentage of net sales, such as {@code 5} for 5%
   * @return a running royalty on net sales
   */
  static Royalty percentOfSales(BigDecimal percent) {
    return new PercentOfSales(percent);
  }

  /**
   * @param fee the fee for the whole term
   * @return a fixed fee
   */
  static Royalty fixedFee(Valuation fee) {
    return new FixedFee(fee);
  }

  /** No royalty. */
  record RoyaltyFree() implements Royalty {
    @Override
    public String toString() {
      return "royalty-free";
    }
  }

  /**
   * A running royalty: a percentage of the licensee's net sales of licensed products.
   *
   * @param percent more than 0 and at most 100
   */
  record PercentOfSales(BigDecimal percent) implements Royalty {
    /** Validates the percentage. */
    public PercentOfSales {
      Objects.requireNonNull(percent, "percent");
      Checks.check(
          percent.signum() > 0 && percent.compareTo(BigDecimal.valueOf(100)) <= 0,
          "PercentOfSales.percent",
          percent,
          "must be more than 0 and at most 100");
    }

    @Override
    public String toString() {
      return percent.toPlainString() + "% of net sales";
    }
  }

  /**
   * A fixed fee for the whole term.
   *
   * @param fee the fee; more than zero
   */
  record FixedFee(Valuation fee) implements Royalty {
    /** Validates the fee. */
    public FixedFee {
      Objects.requireNonNull(fee, "fee");
      Checks.check(fee.amount().signum() > 0, "FixedFee.fee", fee, "must be more than zero");
    }

    @Override
    public String toString() {
      return "fixed fee " + fee;
    }
  }
}
