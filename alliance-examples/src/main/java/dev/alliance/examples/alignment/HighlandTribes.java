package dev.alliance.examples.alignment;

import dev.alliance.api.alignment.SignedNetwork;
import dev.alliance.api.alignment.SignedTie;
import dev.alliance.core.alignment.balance.BestPartition;
import dev.alliance.core.alignment.balance.StructuralBalance;
import dev.alliance.examples.Example;
import dev.alliance.examples.Report;
import java.util.List;
import java.util.Optional;

/**
 * Read's (1954) sixteen Gahuku-Gama tribes of the Eastern Highlands of New Guinea, with their
 * alliances (rova) and enmities (hina), as analysed by Hage and Harary (1983, Structural Models in
 * Anthropology); read from {@code ../shared/data/gahuku_gama}. The exact best partitions into two
 * and three blocs are found, and their frustrated ties named.
 */
public final class HighlandTribes implements Example {

  @Override
  public String title() {
    return "Read's highland tribes (1954): blocs, and the few ties that defy them";
  }

  @Override
  public String lesson() {
    return "Balance need not mean two camps: every split of the sixteen tribes into two blocs"
        + " leaves at least 7 of the 58 ties frustrated (the best one, 7 enmities inside the larger"
        + " camp), but three blocs leave only 2, both alliances of one tribe (MASIL)"
        + " reaching into a neighbouring bloc; Davis's clusterability, not Heider's two-camp"
        + " balance, describes these highlands.";
  }

  /** @return the tribes' network, when the data set is present */
  public Optional<SignedNetwork> network() {
    return DataSets.find(DataSets.GAHUKU_GAMA).map(dir -> DataSets.readSignedTies(dir.resolve("gahuku_gama_signed_edges.csv")));
  }

  /**
   * @param blocs the most blocs
   * @return the exact best partition, when the data set is present
   */
  public Optional<BestPartition> best(int blocs) {
    return network().map(n -> StructuralBalance.exactBestPartition(n, blocs));
  }

  @Override
  public Report run() {
    Report.Builder report = Report.of(this);
    Optional<SignedNetwork> network = network();
    if (network.isEmpty()) {
      return report.line(DataSets.absent(DataSets.GAHUKU_GAMA)).build();
    }
    SignedNetwork tribes = network.get();
    long positive = tribes.ties().stream().filter(SignedTie::isPositive).count();
    report.line(tribes.actors().size() + " tribes, " + positive + " alliances and " + (tribes.ties().size() - positive) + " enmities.");
    report.line("Balanced (two camps, nothing frustrated)? " + (StructuralBalance.isBalanced(tribes) ? "yes" : "no"));
    for (int k : List.of(2, 3)) {
      BestPartition best = StructuralBalance.exactBestPartition(tribes, k);
      report.line("");
      report.line("Best partition into at most " + k + " blocs (exact; " + best.optimalPartitions() + " optimal partition"
          + (best.optimalPartitions() == 1 ? "" : "s") + "), " + best.count() + " frustrated ties:");
      best.partition().blocs().forEach(bloc -> report.line("  " + bloc));
      best.frustration().negativeInside().forEach(t -> report.line("  enmity inside a bloc: " + t));
      best.frustration().positiveAcross().forEach(t -> report.line("  alliance across blocs: " + t));
    }
    return report.build();
  }

  /**
   * Runs this example alone.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Example.runAlone(new HighlandTribes());
  }
}
