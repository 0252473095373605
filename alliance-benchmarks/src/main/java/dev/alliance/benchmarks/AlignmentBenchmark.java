package dev.alliance.benchmarks;

import dev.alliance.api.alignment.Landscape;
import dev.alliance.api.alignment.LandscapeActor;
import dev.alliance.api.alignment.Propensity;
import dev.alliance.api.alignment.Sign;
import dev.alliance.api.alignment.SignedNetwork;
import dev.alliance.api.alignment.SignedTie;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.alignment.balance.BestPartition;
import dev.alliance.core.alignment.balance.StructuralBalance;
import dev.alliance.core.alignment.landscape.EnergyLandscape;
import dev.alliance.core.alignment.landscape.LandscapeSearch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Alignment theory at the sizes the issue names: every one of the 2^19 alignments of a 20-actor
 * landscape (sizes and propensities from a fixed seed), next to a naive baseline that recomputes
 * each alignment's frustrations from scratch; and the exact best partition of Read's 16
 * Gahuku-Gama tribes into two and three blocs, next to the relocation heuristic and to a naive
 * enumeration of the 2^15 two-bloc labelings. The tribes are read from ../shared/data/gahuku_gama
 * (never copied into the repository); without it the setup fails with a message.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AlignmentBenchmark {
  private static final int ACTORS = 20;

  private EnergyLandscape landscape;
  private double[] sizes;
  private double[][] propensities;
  private SignedNetwork tribes;
  private int[][] tieEnds;
  private boolean[] tiePositive;

  /** Builds the landscape from a fixed seed and reads the tribes. */
  @Setup
  public void setUp() {
    Random random = new Random(1993);
    List<LandscapeActor> actors = new ArrayList<>();
    List<Propensity> list = new ArrayList<>();
    sizes = new double[ACTORS];
    propensities = new double[ACTORS][ACTORS];
    for (int i = 0; i < ACTORS; i++) {
      sizes[i] = 1 + random.nextInt(100);
      actors.add(new LandscapeActor(PartnerId.of("A" + i), sizes[i]));
    }
    for (int i = 0; i < ACTORS; i++) {
      for (int j = i + 1; j < ACTORS; j++) {
        double p = random.nextInt(11) - 5;
        propensities[i][j] = p;
        propensities[j][i] = p;
        list.add(new Propensity(PartnerId.of("A" + i), PartnerId.of("A" + j), p));
      }
    }
    landscape = EnergyLandscape.of(Landscape.of(actors, list));
    tribes = readTribes();
    tieEnds = new int[tribes.ties().size()][];
    tiePositive = new boolean[tieEnds.length];
    for (int t = 0; t < tieEnds.length; t++) {
      SignedTie tie = tribes.ties().get(t);
      tieEnds[t] = new int[] {tribes.indexOf(tie.from()), tribes.indexOf(tie.to())};
      tiePositive[t] = tie.isPositive();
    }
  }

  private static SignedNetwork readTribes() {
    for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      for (Path data : List.of(dir.resolve("shared/data/gahuku_gama"), dir.resolveSibling("shared").resolve("data/gahuku_gama"))) {
        Path file = data.resolve("gahuku_gama_signed_edges.csv");
        if (Files.isRegularFile(file)) {
          try {
            List<String> lines = Files.readAllLines(file);
            List<SignedTie> ties = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
              String[] cells = line.split(",");
              ties.add(SignedTie.of(PartnerId.of(cells[0]), PartnerId.of(cells[1]), Sign.of(Integer.parseInt(cells[2].trim()))));
            }
            return SignedNetwork.ofTies(ties);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
    }
    throw new IllegalStateException("../shared/data/gahuku_gama not found: the tribe benchmarks need it");
  }

  /** @return every local minimum and its exact basin, over all 2^19 alignments */
  @Benchmark
  public LandscapeSearch landscapeExhaustive20() {
    return landscape.exhaustiveSearch();
  }

  /**
   * Baseline: every alignment's frustrations computed from scratch (O(n^2) each) and tested for
   * stability; finds the minima but not their basins.
   *
   * @return the number of stable alignments
   */
  @Benchmark
  public int landscapeNaiveStabilityScan20() {
    int stable = 0;
    int n = ACTORS;
    for (long x = 0; x < 1L << (n - 1); x++) {
      long bits = x << 1;
      boolean ok = true;
      for (int i = 0; i < n && ok; i++) {
        double here = 0;
        double total = 0;
        for (int j = 0; j < n; j++) {
          double w = sizes[j] * propensities[i][j];
          total += w;
          if (((bits >>> i ^ bits >>> j) & 1) != 0) {
            here += w;
          }
        }
        ok = total - here >= here - 1e-9;
      }
      stable += ok ? 1 : 0;
    }
    return stable;
  }

  /** @return the exact best partition of the 16 tribes into at most two blocs */
  @Benchmark
  public BestPartition tribesExactTwoBlocs() {
    return StructuralBalance.exactBestPartition(tribes, 2);
  }

  /** @return the exact best partition of the 16 tribes into at most three blocs */
  @Benchmark
  public BestPartition tribesExactThreeBlocs() {
    return StructuralBalance.exactBestPartition(tribes, 3);
  }

  /** @return the relocation heuristic, 200 random starts, three blocs */
  @Benchmark
  public BestPartition tribesRelocationThreeBlocs() {
    return StructuralBalance.relocationBestPartition(tribes, 3, 200, 1956);
  }

  /**
   * Baseline: naive enumeration of all 2^15 two-bloc labelings, counting frustrated ties from the
   * tie list.
   *
   * @return the minimum frustration
   */
  @Benchmark
  public int tribesNaiveTwoBlocs() {
    int n = tribes.actors().size();
    int best = Integer.MAX_VALUE;
    for (int x = 0; x < 1 << (n - 1); x++) {
      int bits = x << 1;
      int f = 0;
      for (int t = 0; t < tieEnds.length; t++) {
        boolean same = ((bits >>> tieEnds[t][0] ^ bits >>> tieEnds[t][1]) & 1) == 0;
        f += tiePositive[t] != same ? 1 : 0;
      }
      best = Math.min(best, f);
    }
    return best;
  }
}
