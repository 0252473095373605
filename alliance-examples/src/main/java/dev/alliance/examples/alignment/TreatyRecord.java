package dev.alliance.examples.alignment;

import dev.alliance.api.agreement.Agreement;
import dev.alliance.api.agreement.Obligation;
import dev.alliance.api.alliance.Alliance;
import dev.alliance.api.typology.Structure;
import dev.alliance.atop.AtopImport;
import dev.alliance.atop.AtopImporter;
import dev.alliance.atop.AtopTreaty;
import dev.alliance.atop.Disagreement;
import dev.alliance.atop.DisagreementKind;
import dev.alliance.examples.Example;
import dev.alliance.examples.Report;
import dev.alliance.examples.TextTable;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The 745 alliances of the Alliance Treaty Obligations and Provisions data, 1815-2016 (ATOP v4.01;
 * Leeds, Ritter, Mitchell and Long 2002, International Interactions 28: 237-260), read from {@code
 * ../shared/data/atop_v4.01} into the library's types and summarized by obligation, structure and
 * duration, with every disagreement between ATOP's own codes and the library's derivations
 * counted.
 */
public final class TreatyRecord implements Example {

  /** Lifetime brackets of treaties that have ended, in years. */
  public enum Lifetime {
    /** Less than two years. */
    UNDER_2_YEARS,
    /** Two to less than ten years. */
    FROM_2_TO_10_YEARS,
    /** Ten to less than twenty-five years. */
    FROM_10_TO_25_YEARS,
    /** Twenty-five years or more. */
    OVER_25_YEARS,
    /** Still in effect at the end of the record. */
    STILL_IN_EFFECT;

    static Lifetime of(Alliance alliance) {
      Optional<LocalDate> end = alliance.endedOn();
      if (end.isEmpty()) {
        return STILL_IN_EFFECT;
      }
      int years = Period.between(alliance.foundedOn().orElseThrow(), end.get()).getYears();
      return years < 2 ? UNDER_2_YEARS : years < 10 ? FROM_2_TO_10_YEARS : years < 25 ? FROM_10_TO_25_YEARS : OVER_25_YEARS;
    }
  }

  /**
   * The summary as data.
   *
   * @param treaties how many treaties were imported
   * @param byObligation how many treaties hold each obligation (a treaty may hold several)
   * @param byStructure how many are bilateral and multilateral (every state ever a member)
   * @param fixedTerm how many fix a term in the treaty text
   * @param byLifetime how long they lasted
   * @param disagreements the number of disagreements of every kind of check, zero included
   * @param examples one disagreement of each kind, to show what is reported
   */
  public record Summary(
      int treaties,
      Map<Obligation, Long> byObligation,
      Map<Structure, Long> byStructure,
      long fixedTerm,
      Map<Lifetime, Long> byLifetime,
      Map<DisagreementKind, Long> disagreements,
      Map<DisagreementKind, Disagreement> examples) {}

  @Override
  public String title() {
    return "745 real treaties, 1815-2016: the ATOP record read into the library";
  }

  @Override
  public String lesson() {
    return "A typology is only as good as its fit to the record: most alliances are bilateral"
        + " promises of non-aggression, consultation or defense, and where ATOP's own summary codes"
        + " and what the library derives from the members disagree, the importer says so treaty by"
        + " treaty instead of choosing silently.";
  }

  /** @return the summary, when the data set is present */
  public Optional<Summary> summary() {
    return DataSets.find(DataSets.ATOP).map(AtopImporter::read).map(TreatyRecord::summarize);
  }

  static Summary summarize(AtopImport atop) {
    Map<Obligation, Long> byObligation = new EnumMap<>(Obligation.class);
    Map<Structure, Long> byStructure = new EnumMap<>(Structure.class);
    Map<Lifetime, Long> byLifetime = new EnumMap<>(Lifetime.class);
    long fixedTerm = 0;
    for (AtopTreaty treaty : atop.treaties()) {
      Agreement agreement = treaty.alliance().agreement().orElseThrow();
      for (Obligation obligation : Obligation.values()) {
        if (agreement.hasObligation(obligation)) {
          byObligation.merge(obligation, 1L, Long::sum);
        }
      }
      treaty.structure().ifPresent(s -> byStructure.merge(s, 1L, Long::sum));
      byLifetime.merge(Lifetime.of(treaty.alliance()), 1L, Long::sum);
      fixedTerm += treaty.alliance().typology().duration().isAdHoc() ? 1 : 0;
    }
    Map<DisagreementKind, Disagreement> examples = new LinkedHashMap<>();
    atop.disagreements().forEach(d -> examples.putIfAbsent(d.kind(), d));
    Map<DisagreementKind, Long> disagreements = new EnumMap<>(DisagreementKind.class);
    for (DisagreementKind kind : DisagreementKind.values()) {
      disagreements.put(kind, atop.disagreementCounts().getOrDefault(kind, 0L));
    }
    return new Summary(atop.treaties().size(), byObligation, byStructure, fixedTerm, byLifetime, disagreements, examples);
  }

  @Override
  public Report run() {
    Report.Builder report = Report.of(this);
    Optional<Summary> found = summary();
    if (found.isEmpty()) {
      return report.line(DataSets.absent(DataSets.ATOP)).build();
    }
    Summary s = found.get();
    report.line("Data: ATOP v4.01, Leeds, Ritter, Mitchell and Long (2002), International Interactions 28: 237-260.");
    report.line(s.treaties() + " treaties imported.");
    TextTable obligations = new TextTable("obligation", "treaties", "share");
    s.byObligation().forEach((o, n) -> obligations.row(lower(o.name()), n, percent(n, s.treaties())));
    report.table(obligations);
    TextTable structure = new TextTable("structure", "treaties", "share");
    s.byStructure().forEach((k, n) -> structure.row(lower(k.name()), n, percent(n, s.treaties())));
    report.table(structure);
    report.line("Fixed term written into the treaty: " + s.fixedTerm() + " (" + percent(s.fixedTerm(), s.treaties()) + ")");
    TextTable lifetime = new TextTable("lifetime", "treaties", "share");
    s.byLifetime().forEach((k, n) -> lifetime.row(lower(k.name()), n, percent(n, s.treaties())));
    report.table(lifetime);
    long total = s.disagreements().values().stream().mapToLong(Long::longValue).sum();
    report.line("Disagreements between ATOP's codes and the library's derivations: " + total + " in "
        + s.disagreements().size() + " checks");
    TextTable disagreements = new TextTable("check", "treaties", "for example");
    s.disagreements()
        .forEach(
            (kind, n) ->
                disagreements.row(
                    lower(kind.name()), n, n == 0 ? "-" : abbreviate(s.examples().get(kind).toString())));
    report.table(disagreements);
    return report.build();
  }

  private static String abbreviate(String text) {
    return text.length() <= 110 ? text : text.substring(0, 107) + "...";
  }

  private static String percent(long part, long whole) {
    return String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
  }

  private static String lower(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * Runs this example alone.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Example.runAlone(new TreatyRecord());
  }
}
