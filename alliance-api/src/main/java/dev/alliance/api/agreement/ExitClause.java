package dev.alliance.api.agreement;

import dev.alliance.api.Checks;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * The exit clause: how a party withdraws. Withdrawal takes effect when the notice period has run
 * from the day notice is given; until then the party keeps its obligations (unless the clause
 * releases it). Article 50 of the Treaty on European Union, for example, has a two-year period.
 *
 * <pre>{@code
 * ExitClause article50 = ExitClause.of(Period.ofYears(2), AssetDivision.NEGOTIATED);
 * article50.effectiveOn(LocalDate.of(2017, 3, 29)); // 2019-03-29
 * }</pre>
 *
 * @param noticePeriod the period between notice and effect; never negative
 * @param assetDivision how joint assets are divided
 * @param obligationsContinueDuringNotice whether the leaving party keeps its obligations until the
 *     withdrawal takes effect
 */
public record ExitClause(
    Period noticePeriod, AssetDivision assetDivision, boolean obligationsContinueDuringNotice) {

  /** Validates the clause. */
  public ExitClause {
    Objects.requireNonNull(noticePeriod, "noticePeriod");
    Objects.requireNonNull(assetDivision, "assetDivision");
    Checks.check(!noticePeriod.isNegative(), "ExitClause.noticePeriod", noticePeriod, "must not be negative");
  }

  /**
   * @param noticePeriod the notice period
   * @param assetDivision how joint assets are divided
   * @return a clause under which obligations continue during the notice period
   */
  public static ExitClause of(Period noticePeriod, AssetDivision assetDivision) {
    return new ExitClause(noticePeriod, assetDivision, true);
  }

  /**
   * Computes when a withdrawal takes effect.
   *
   * @param noticeGiven the day notice is given
   * @return the day the withdrawal takes effect: notice day plus the notice period
   */
  public LocalDate effectiveOn(LocalDate noticeGiven) {
    return noticeGiven.plus(noticePeriod);
  }
}
