package dev.alliance.examples.typology;

import dev.alliance.api.alliance.Alliance;
import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.alliance.Member;
import dev.alliance.api.alliance.Role;
import dev.alliance.api.lifecycle.AllianceState;
import dev.alliance.api.partner.Measure;
import dev.alliance.api.partner.Partner;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.partner.PartnerKind;
import dev.alliance.api.typology.Form;
import dev.alliance.api.typology.Formality;
import dev.alliance.api.typology.GovernanceStyle;
import dev.alliance.api.typology.Lifespan;
import dev.alliance.api.typology.Motivation;
import dev.alliance.api.typology.Purpose;
import dev.alliance.api.typology.Typology;
import dev.alliance.core.typology.Classification;
import dev.alliance.core.typology.Classifier;
import dev.alliance.examples.Example;
import dev.alliance.examples.Report;
import dev.alliance.examples.TextTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * NATO (1949), ASEAN (1967) and the 1991 Gulf War coalition classified side by side.
 *
 * <p>Capability figures, each the measure that matters for that alliance:
 *
 * <ul>
 *   <li>NATO's twelve founders: GDP in 1950, in millions of 1990 international (Geary-Khamis)
 *       dollars, from A. Maddison, <i>The World Economy: Historical Statistics</i>, OECD, 2003.
 *   <li>ASEAN's five founders: population in 1967, in millions, rounded (UN World Population
 *       Prospects estimates).
 *   <li>The Gulf War coalition's six largest contingents of its 35 members: troops deployed, as
 *       commonly reported for the 1991 campaign (approximate).
 * </ul>
 */
public final class ThreeAlliances implements Example {
  /** Troops deployed to a campaign. */
  public static final Measure TROOPS = Measure.of("troops deployed");

  @Override
  public String title() {
    return "NATO, ASEAN and the 1991 Gulf War coalition, classified side by side";
  }

  @Override
  public String lesson() {
    return "The dimensions of the typology are independent: all three alliances are multilateral"
        + " and strongly asymmetric in capability, yet NATO pairs a consensus council with a"
        + " US-led command (hybrid), ASEAN decides as equals (egalitarian) and the Gulf coalition"
        + " followed one commander (hierarchical); only the coalition was ad hoc, built to end"
        + " when Kuwait was free.";
  }

  /** @return NATO as founded in 1949 */
  public Alliance nato() {
    Typology typology =
        Typology.builder()
            .addPurposes(Purpose.DEFENSIVE)
            .governanceStyle(GovernanceStyle.HYBRID)
            .duration(Lifespan.permanent())
            .formality(Formality.TREATY)
            .form(Form.INTERGOVERNMENTAL_ORGANIZATION)
            .addMotivations(Motivation.SHARED_THREAT)
            .build();
    return alliance(
        "nato-1949",
        "North Atlantic Treaty Organization (1949)",
        typology,
        Measure.GDP,
        new Object[][] {
          {"USA", "United States", 1_455_916}, {"GBR", "United Kingdom", 347_850},
          {"FRA", "France", 220_492}, {"ITA", "Italy", 164_957}, {"CAN", "Canada", 102_164},
          {"NLD", "Netherlands", 60_642}, {"BEL", "Belgium", 47_190}, {"DNK", "Denmark", 29_654},
          {"NOR", "Norway", 17_838}, {"PRT", "Portugal", 17_615}, {"LUX", "Luxembourg", 2_481},
          {"ISL", "Iceland", 762}
        });
  }

  /** @return ASEAN as founded by the Bangkok Declaration of 1967 */
  public Alliance asean() {
    Typology typology =
        Typology.builder()
            .addPurposes(Purpose.ECONOMIC, Purpose.POLITICAL)
            .governanceStyle(GovernanceStyle.EGALITARIAN)
            .duration(Lifespan.permanent())
            .formality(Formality.MEMORANDUM_OF_UNDERSTANDING)
            .form(Form.INTERGOVERNMENTAL_ORGANIZATION)
            .addMotivations(Motivation.SHARED_OPPORTUNITY, Motivation.RISK_MITIGATION)
            .build();
    return alliance(
        "asean-1967",
        "Association of Southeast Asian Nations (1967)",
        typology,
        Measure.POPULATION,
        new Object[][] {
          {"IDN", "Indonesia", 110}, {"PHL", "Philippines", 33}, {"THA", "Thailand", 33},
          {"MYS", "Malaysia", 10}, {"SGP", "Singapore", 2}
        });
  }

  /** @return the 1991 Gulf War coalition, by its six largest contingents */
  public Alliance gulfWarCoalition() {
    Typology typology =
        Typology.builder()
            .addPurposes(Purpose.OFFENSIVE, Purpose.CRISIS_RESPONSE)
            .governanceStyle(GovernanceStyle.HIERARCHICAL)
            .duration(Lifespan.adHoc("Expel Iraqi forces from Kuwait", Optional.empty(), true))
            .formality(Formality.INFORMAL)
            .form(Form.COALITION)
            .addMotivations(Motivation.SHARED_THREAT, Motivation.LEGITIMACY)
            .build();
    return alliance(
        "gulf-war-1991",
        "Gulf War coalition (1991)",
        typology,
        TROOPS,
        new Object[][] {
          {"USA", "United States", 697_000}, {"SAU", "Saudi Arabia", 100_000},
          {"GBR", "United Kingdom", 53_462}, {"EGY", "Egypt", 35_000}, {"FRA", "France", 18_000},
          {"SYR", "Syria", 14_500}
        });
  }

  /** @return the three alliances in the order they are compared */
  public List<Alliance> alliances() {
    return List.of(nato(), asean(), gulfWarCoalition());
  }

  /**
   * @param alliance one of the three
   * @return its classification by the capability measure recorded for it
   */
  public Classification classify(Alliance alliance) {
    Measure measure =
        alliance.parties().get(0).partner().attributes().keySet().iterator().next();
    return Classifier.withDefaultThreshold(measure).classify(alliance);
  }

  @Override
  public Report run() {
    TextTable table = new TextTable("alliance", "purposes", "governance", "duration", "formality", "structure", "symmetry");
    List<String> reasons = new ArrayList<>();
    for (Alliance alliance : alliances()) {
      Classification c = classify(alliance);
      Typology t = c.typology();
      table.row(
          alliance.id(),
          t.purposes().stream().map(Enum::name).map(ThreeAlliances::lower).collect(Collectors.joining("+")),
          lower(t.governanceStyle().name()),
          t.duration().isAdHoc() ? "ad hoc" : "permanent",
          lower(t.formality().name()),
          c.structure().map(s -> lower(s.name())).orElse("-"),
          c.symmetry().map(s -> lower(s.name())).orElse("-"));
      c.reasons().forEach(reason -> reasons.add(alliance.id() + ": " + reason));
    }
    Report.Builder report = Report.of(this).table(table).line("Why:");
    reasons.forEach(reason -> report.line("  " + reason));
    return report.build();
  }

  private static String lower(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static Alliance alliance(String id, String name, Typology typology, Measure measure, Object[][] members) {
    Alliance.Builder builder =
        Alliance.builder().id(AllianceId.of(id)).name(name).typology(typology).state(AllianceState.OPERATING);
    for (Object[] row : members) {
      Partner partner =
          Partner.builder()
              .id(PartnerId.of((String) row[0]))
              .name((String) row[1])
              .kind(PartnerKind.STATE)
              .putAttributes(measure, BigDecimal.valueOf(((Integer) row[2]).longValue()))
              .build();
      builder.addMembers(Member.of(partner, Role.FOUNDER));
    }
    return builder.build();
  }

  /**
   * Runs this example alone.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Example.runAlone(new ThreeAlliances());
  }
}
