package dev.alliance.atop;

import java.time.LocalDate;

/**
 * A date as ATOP codes it: year, month and day, where a month or day of 0 is unknown.
 *
 * @param year the year
 * @param month 1-12, or 0 when unknown
 * @param day 1-31, or 0 when unknown
 */
public record AtopDate(int year, int month, int day) {

  /**
   * @param date a calendar date
   * @return the same date, fully known
   */
  public static AtopDate of(LocalDate date) {
    return new AtopDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /** @return true when month and day are known */
  public boolean isPrecise() {
    return month != 0 && day != 0;
  }

  /** @return the calendar date, taking an unknown month as January and an unknown day as the 1st */
  public LocalDate toLocalDate() {
    return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
  }

  @Override
  public String toString() {
    return year + "-" + (month == 0 ? "??" : String.format("%02d", month)) + "-" + (day == 0 ? "??" : String.format("%02d", day));
  }
}
