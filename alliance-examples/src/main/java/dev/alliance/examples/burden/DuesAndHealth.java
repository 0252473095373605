package dev.alliance.examples.burden;

import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.health.CapacityMeasure;
import dev.alliance.core.health.HealthReader;
import dev.alliance.core.health.HealthReading;
import dev.alliance.examples.Example;
import dev.alliance.examples.Report;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The stylised organisation of {@link DuesAndArrears} read for health on two days: just after the
 * first arrears assessment (2 February 2021) and on 1 January 2024. The indicators come off the
 * same event stream with {@link HealthReader}: fulfillment from the contribution ledger, trust from
 * the dues kept and missed as every other member saw them, and burden inequity against each
 * member's capacity to pay, which the organisation's own scale of assessments states: its yearly
 * dues.
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
        + " is seen by every other member, so the trust the members place in each other falls and shows who failed;"
        + " and against what each was assessed to pay, the burden is shared unevenly.";
  }

  /**
   * @param day the day
   * @return the organisation's health indicators at the end of that day
   */
  HealthReading readingOn(LocalDate day) {
    return HealthReader.standard()
        .withCapacity(capacityToPay())
        .read(DuesAndArrears.ORGANISATION, new DuesAndArrears().books().history(), day);
  }

  /** @return each member's yearly assessed dues, the scale's measure of its capacity to pay */
  static CapacityMeasure capacityToPay() {
    Map<PartnerId, BigDecimal> scale = new LinkedHashMap<>();
    for (PartnerId member : List.of(DuesAndArrears.HIGH, DuesAndArrears.MID, DuesAndArrears.LOW)) {
      scale.put(member, new BigDecimal(DuesAndArrears.YEARLY_DUES.get(member)));
    }
    return CapacityMeasure.of("yearly assessed dues", "USD", scale);
  }

  @Override
  public Report run() {
    Report.Builder report = Report.of(this);
    for (LocalDate day : new LocalDate[] {EARLY, DuesAndArrears.ASKED}) {
      HealthReading reading = readingOn(day);
      report.line("As of " + day + ": health score " + String.format(Locale.ROOT, "%.3f", reading.score().value()));
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
