package dev.alliance.core.alignment.balance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.alliance.api.alignment.Partition;
import dev.alliance.api.alignment.Sign;
import dev.alliance.api.alignment.SignedNetwork;
import dev.alliance.api.alignment.SignedTie;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.testkit.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Read's (1954) sixteen Gahuku-Gama tribes of the New Guinea highlands (Hage and Harary 1983),
 * read from {@code ../shared/data/gahuku_gama}; skipped visibly when the data set is absent.
 *
 * <p>The expected optima are not quoted from the literature: they are computed here a second time
 * by a naive enumeration of every labeling ({@link BruteForce}), independent of the branch and
 * bound under test. Both find 7 frustrated ties for two blocs and 2 for three, each reached by
 * exactly one partition.
 */
class GahukuGamaTest {
  private static SignedNetwork tribes;

  @BeforeAll
  static void read() throws IOException {
    Path dir = SharedData.requireDataSet("gahuku_gama");
    List<SignedTie> ties = new ArrayList<>();
    List<String> lines = Files.readAllLines(dir.resolve("gahuku_gama_signed_edges.csv"));
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",");
      ties.add(SignedTie.of(PartnerId.of(cells[0]), PartnerId.of(cells[1]), Sign.of(Integer.parseInt(cells[2].trim()))));
    }
    tribes = SignedNetwork.ofTies(ties);
  }

  private static Set<PartnerId> ids(String... names) {
    Set<PartnerId> set = new TreeSet<>();
    for (String name : names) {
      set.add(PartnerId.of(name));
    }
    return set;
  }

  @Test
  void theNetworkHasSixteenTribesAnd29PlusAnd29MinusTies() {
    assertEquals(16, tribes.actors().size());
    assertEquals(29, tribes.ties().stream().filter(SignedTie::isPositive).count());
    assertEquals(29, tribes.ties().stream().filter(t -> !t.isPositive()).count());
    assertFalse(StructuralBalance.isBalanced(tribes));
  }

  @Test
  void twoBlocsLeaveSevenTiesFrustrated() {
    BestPartition two = StructuralBalance.exactBestPartition(tribes, 2);
    long[] brute = BruteForce.minimum(tribes, 2);
    assertEquals(brute[0], two.count());
    assertEquals(brute[1], two.optimalPartitions());
    assertEquals(7, two.count());
    assertEquals(1, two.optimalPartitions());
  }

  @Test
  void threeBlocsLeaveTwoAndTheyAreNamed() {
    BestPartition three = StructuralBalance.exactBestPartition(tribes, 3);
    long[] brute = BruteForce.minimum(tribes, 3);
    assertEquals(brute[0], three.count());
    assertEquals(brute[1], three.optimalPartitions());
    assertEquals(2, three.count());
    assertEquals(
        Partition.of(
            List.of(
                ids("GAVEV", "KOTUN", "NAGAD", "GAMA"),
                ids("NAGAM", "NOTOH", "KOHIK", "SEUVE", "UHETO"),
                ids("OVE", "ALIKA", "GAHUK", "ASARO", "MASIL", "UKUDZ", "GEHAM"))),
        three.partition());
    assertEquals(2, three.frustration().negativeInside().size() + three.frustration().positiveAcross().size());
  }

  @Test
  void theRelocationHeuristicFindsTheSameOptima() {
    assertEquals(7, StructuralBalance.relocationBestPartition(tribes, 2, 50, 1).count());
    assertEquals(2, StructuralBalance.relocationBestPartition(tribes, 3, 50, 1).count());
  }
}
