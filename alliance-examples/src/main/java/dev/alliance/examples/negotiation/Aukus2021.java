package dev.alliance.examples.negotiation;

import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.trust.Conduct;
import dev.alliance.api.trust.TrustObservation;
import dev.alliance.core.trust.DefaultTrustModel;
import dev.alliance.core.trust.TrustAssessment;
import dev.alliance.core.trust.TrustLedger;
import dev.alliance.core.trust.TrustModel;
import dev.alliance.examples.Example;
import dev.alliance.examples.Report;
import dev.alliance.examples.TextTable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * AUKUS, 2021: the United States, Britain and Australia announced a security pact that cost France
 * its submarine contract with Australia, without consulting France; the repair of France's trust
 * took acknowledgement, corrective steps and, from Australia, restitution, and left scars.
 *
 * <p>History: on 26 April 2016 Australia chose the French group DCNS (later Naval Group) to design
 * and build twelve submarines. On 15 September 2021 the three governments announced AUKUS and
 * Australia dropped the French programme; France, informed hours before, recalled its ambassadors
 * from Washington and Canberra on 17 September, its foreign minister calling the move a stab in the
 * back. On 22 September Biden and Macron spoke by telephone and agreed that the situation would have
 * benefited from open consultations among allies, launched in-depth consultations, and France's
 * ambassador returned to Washington. Meeting Macron in Rome on 29 October, Biden called the way it
 * was done "clumsy", and committed support to France's operations in the Sahel and to European
 * defence. On 11 June 2022 Australia's new prime minister, Anthony Albanese, announced a settlement
 * of 555 million euros with Naval Group and said the way the decision had been handled caused
 * enormous tension with France.
 *
 * <p>Modelling choices: France, Australia and the United States are not members of one alliance
 * (France and the United States are NATO allies, France and Australia were partners in the
 * submarine programme), so France's observations are given to the trust model directly rather than
 * read off one alliance's stream. Australia's dropping of the contract is recorded as a breach, the
 * United States' part as action without consultation; the ambassadors' recall is France's own act
 * and moves no trust in this model.
 */
public final class Aukus2021 implements Example {
  /** France. */
  public static final PartnerId FRA = PartnerId.of("FRA");
  /** The United States. */
  public static final PartnerId USA = PartnerId.of("USA");
  /** Australia. */
  public static final PartnerId AUS = PartnerId.of("AUS");
  /** The day before the announcement. */
  public static final LocalDate BEFORE = LocalDate.of(2021, 9, 14);
  /** The announcement. */
  public static final LocalDate ANNOUNCED = LocalDate.of(2021, 9, 15);
  /** The ambassadors recalled. */
  public static final LocalDate RECALLED = LocalDate.of(2021, 9, 17);
  /** The Biden-Macron call. */
  public static final LocalDate CALL = LocalDate.of(2021, 9, 22);
  /** Biden and Macron in Rome. */
  public static final LocalDate ROME = LocalDate.of(2021, 10, 29);
  /** Australia's settlement with Naval Group. */
  public static final LocalDate SETTLEMENT = LocalDate.of(2022, 6, 11);

  private final TrustModel model = DefaultTrustModel.standard();

  @Override
  public String title() {
    return "AUKUS and France (2021-2022): repairing trust after acting without consultation";
  }

  @Override
  public String lesson() {
    return "Acting without consulting an ally cuts its trust at once; repair comes in steps that each"
        + " count (a call that opens consultations, an acknowledgement, corrective gestures, restitution),"
        + " but the scar of the breach stays: a year on, France trusted neither the United States nor"
        + " Australia as it had before 15 September 2021.";
  }

  /** @return France's observations of the United States and of Australia */
  TrustLedger observations() {
    return TrustLedger.of(
        List.of(
            seen(AUS, Conduct.COMMITMENT_KEPT, LocalDate.of(2016, 4, 26), "DCNS chosen to design and build twelve submarines"),
            seen(AUS, Conduct.BREACH, ANNOUNCED, "the submarine programme dropped for AUKUS, France told hours before"),
            seen(USA, Conduct.UNILATERAL_ACTION, ANNOUNCED, "AUKUS announced without consulting France"),
            seen(USA, Conduct.CONSULTED, CALL, "Biden-Macron call: in-depth consultations opened, the ambassador returns"),
            seen(USA, Conduct.ACKNOWLEDGEMENT, ROME, "Biden in Rome: what we did was clumsy"),
            seen(USA, Conduct.CORRECTIVE_ACTION, ROME, "support for France in the Sahel and for European defence"),
            seen(AUS, Conduct.ACKNOWLEDGEMENT, SETTLEMENT, "Albanese: the handling caused enormous tension with France"),
            seen(AUS, Conduct.RESTITUTION, SETTLEMENT, "555 million euros to Naval Group")));
  }

  /**
   * @param subject the United States or Australia
   * @param day a day
   * @return France's trust in it at the end of that day
   */
  TrustAssessment franceIn(PartnerId subject, LocalDate day) {
    return observations().assess(model, FRA, subject, day, Optional.empty());
  }

  @Override
  public Report run() {
    Report.Builder report = Report.of(this);
    TextTable table = new TextTable("day", "event", "FRA in USA", "FRA in AUS");
    List<Object[]> days =
        List.of(
            new Object[] {BEFORE, "before the announcement"},
            new Object[] {ANNOUNCED, "AUKUS announced"},
            new Object[] {RECALLED, "ambassadors recalled (no change of trust)"},
            new Object[] {CALL, "Biden-Macron call"},
            new Object[] {ROME, "Rome: \"clumsy\", support in the Sahel"},
            new Object[] {SETTLEMENT, "Australia's settlement and acknowledgement"});
    for (Object[] row : days) {
      LocalDate day = (LocalDate) row[0];
      table.row(day, row[1], f(franceIn(USA, day).level()), f(franceIn(AUS, day).level()));
    }
    report.table(table);
    report.line("Why France's trust in Australia stands where it does on " + SETTLEMENT + ":");
    franceIn(AUS, SETTLEMENT).reasons().forEach(r -> report.line("  " + r));
    return report.build();
  }

  private static TrustObservation seen(PartnerId subject, Conduct conduct, LocalDate on, String note) {
    return new TrustObservation(FRA, subject, conduct, on, note);
  }

  private static String f(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }

  /**
   * Runs this example alone.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Example.runAlone(new Aukus2021());
  }
}
