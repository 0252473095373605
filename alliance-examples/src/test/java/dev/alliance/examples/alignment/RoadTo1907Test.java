package dev.alliance.examples.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.api.alignment.Partition;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.alignment.balance.BalancePeriod;
import dev.alliance.testkit.SharedData;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lesson of the road to 1907, on the six-power data after Antal, Krapivsky and Redner (2006);
 * skipped visibly without the data set. The expected triads were counted by hand from the file's
 * ties: in 1872 Britain and France were hostile to each other and each to both Russia and
 * Austria-Hungary, which makes two triangles of three enemies ({GBR, FRA, RUS} and {GBR, FRA,
 * AUH}); the other five triangles of 1872 have two enmities or none. From 1907 all 20 triangles
 * are tied, each with an even number of enmities.
 */
class RoadTo1907Test {
  private static List<BalancePeriod> history;

  @BeforeAll
  static void run() {
    SharedData.requireDataSet("wwi_signed_ties");
    history = new RoadTo1907().history().orElseThrow();
  }

  private static Set<PartnerId> ids(String... codes) {
    return Set.of(codes).stream().map(PartnerId::of).collect(Collectors.toSet());
  }

  @Test
  void everySpanBefore1907IsUnbalancedAndFrom1907TheBlocsAreBalanced() {
    List<String> spans = history.stream().map(BalancePeriod::span).toList();
    assertEquals(List.of("1872-1882", "1882-1890", "1890-1891", "1891-1904", "1904-1907", "1907-1918", "1918-"), spans);
    for (BalancePeriod period : history.subList(0, 5)) {
      assertFalse(period.balanced(), period.span());
      assertEquals(2, period.triads().unbalanced().size(), period.span());
      assertEquals(1, period.bestTwoBlocs().count(), period.span());
    }
    BalancePeriod tripleEntente = history.get(5);
    assertTrue(tripleEntente.balanced());
    assertEquals(20, tripleEntente.triads().total(), "all C(6,3) = 20 triangles are tied by 1907");
    assertEquals(0, tripleEntente.triads().unbalanced().size());
    assertEquals(Partition.of(List.of(ids("GBR", "FRA", "RUS"), ids("DEU", "AUH", "ITA"))), tripleEntente.bestTwoBlocs().partition());
  }

  @Test
  void in1872TheTwoUnbalancedTrianglesWereBothThreeEnemies() {
    List<Set<PartnerId>> triangles =
        history.get(0).triads().unbalanced().stream()
            .peek(t -> assertEquals(3, t.negatives(), t.toString()))
            .map(t -> ids(t.a().value(), t.b().value(), t.c().value()))
            .toList();
    assertEquals(Set.of(ids("GBR", "FRA", "RUS"), ids("GBR", "FRA", "AUH")), Set.copyOf(triangles));
  }
}
