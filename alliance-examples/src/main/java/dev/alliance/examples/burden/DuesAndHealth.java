package dev.alliance.examples.burden;

import dev.alliance.core.health.HealthReader;
import dev.alliance.core.health.HealthReading;
import dev.alliance.examples.Example;
import dev.alliance.examples.Report;
import java.time.LocalDate;

/**
 * The stylised organisation of {@link DuesAndArrears} read for health on two days: just after the
 * first arrears assessment (2 February 2021) and on 1 January 2024. The indicators come off the
 * same event stream with {@link HealthReader}: fulfillment from the contribution ledger, trust from
 * the dues kept and missed as every other member saw them.
 */
public final class DuesAndHealth implements Example {
  /** The first day read: the day after the 2021 dues were assessed. */
  public static final LocalDate EARLY = LocalDate.of(2021, 2, 2);

  @Override
  public String title() {
    return "The same organisation's health, read off its dues";
  }

  @Override
  public String lesson() {
    return "Fulfillment by value is carried by the largest payer: with HIGH paying in full it even rises between 2021"
        + " and 2024 while MID stops paying and LOW pays half; trust does not weigh by money, every missed due date"
        + " is seen by every other member, so the trust the members place in each other falls and shows who failed.";
  }

  /**
   * @param day the day
   * @return the organisation's health indicators at the end of that day
   */
  HealthReading readingOn(LocalDate day) {
    return HealthReader.standard().read(DuesAndArrears.ORGANISATION, new DuesAndArrears().books().history(), day);
  }

  @Override
  public Report run() {
    Report.Builder report = Report.of(this);
    for (LocalDate day : new LocalDate[] {EARLY, DuesAndArrears.ASKED}) {
      HealthReading reading = readingOn(day);
      report.line("As of " + day + ": health score " + String.format(java.util.Locale.ROOT, "%.3f", reading.score().value()));
      reading.lines().forEach(line -> report.line("  " + line));
    }
    return report.build();
  }

  /**
   * Runs the example alone.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Example.runAlone(new DuesAndHealth());
  }
}
