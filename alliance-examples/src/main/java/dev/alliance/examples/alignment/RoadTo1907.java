package dev.alliance.examples.alignment;

import dev.alliance.api.alignment.SignedNetwork;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.alignment.balance.BalancePeriod;
import dev.alliance.core.alignment.balance.StructuralBalance;
import dev.alliance.examples.Example;
import dev.alliance.examples.Report;
import dev.alliance.examples.TextTable;
import java.util.List;
import java.util.Optional;

/**
 * The six great powers from the Three Emperors' League (1872) to the Anglo-Russian Convention
 * (1907): their alliances and enmities as signed ties with the years they held, after Antal,
 * Krapivsky and Redner (2006, Physica D 224: 130-136), read from {@code
 * ../shared/data/wwi_signed_ties}. Each span between two changes is checked for balance, and its
 * best division into two blocs is found.
 */
public final class RoadTo1907 implements Example {
  /** The powers in the order the report lists them. */
  public static final List<PartnerId> POWERS =
      List.of("GBR", "FRA", "RUS", "DEU", "AUH", "ITA").stream().map(PartnerId::of).toList();

  @Override
  public String title() {
    return "The road to 1907: six great powers settle into two balanced blocs";
  }

  @Override
  public String lesson() {
    return "Balance is an end state, and Europe took 35 years to reach it: from 1872 to 1907 every"
        + " span held two unbalanced triangles (a friend of a friend who was an enemy) and one tie"
        + " that no division into two blocs could satisfy; the Anglo-Russian Convention of 1907"
        + " removed the last, and the six powers stood in two blocs, Britain, France and Russia"
        + " against Germany, Austria-Hungary and Italy, with no tie frustrated.";
  }

  /** @return the powers' network with its spans, when the data set is present */
  public Optional<SignedNetwork> network() {
    return DataSets.find(DataSets.WWI)
        .map(dir -> dir.resolve("wwi_alliances_1872_1918.csv"))
        .map(DataSets::readSignedTies)
        .map(n -> n.actors().containsAll(POWERS) && n.actors().size() == POWERS.size() ? n.withActors(POWERS) : n);
  }

  /** @return balance from change to change, when the data set is present */
  public Optional<List<BalancePeriod>> history() {
    return network().map(StructuralBalance::history);
  }

  @Override
  public Report run() {
    Report.Builder report = Report.of(this);
    Optional<List<BalancePeriod>> history = history();
    if (history.isEmpty()) {
      return report.line(DataSets.absent(DataSets.WWI)).build();
    }
    report.line("Source: Antal, Krapivsky and Redner (2006); ties hold for begin <= year < end.");
    TextTable table = new TextTable("years", "ties", "unbalanced triads", "balanced", "best two blocs", "frustrated");
    for (BalancePeriod period : history.get()) {
      if (period.network().ties().isEmpty()) {
        continue; // after 1918 the data set records nothing
      }
      table.row(
          period.span(),
          period.network().ties().size(),
          period.triads().unbalanced().size() + " of " + period.triads().total(),
          period.balanced() ? "yes" : "no",
          period.bestTwoBlocs().partition(),
          period.bestTwoBlocs().count());
    }
    report.table(table);
    history.get().stream()
        .filter(p -> !p.balanced() && !p.network().ties().isEmpty())
        .reduce((first, second) -> second)
        .ifPresent(
            last ->
                report.line(
                    "Last unbalanced span " + last.span() + ": " + last.bestTwoBlocs().frustration().ties().size()
                        + " tie(s) no two-bloc split can satisfy: " + last.bestTwoBlocs().frustration().ties()));
    return report.build();
  }

  /**
   * Runs this example alone.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Example.runAlone(new RoadTo1907());
  }
}
