package dev.alliance.core.alignment.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.api.InvalidValueException;
import dev.alliance.api.alignment.Configuration;
import dev.alliance.api.alignment.Landscape;
import dev.alliance.api.alignment.LandscapeActor;
import dev.alliance.api.alignment.Propensity;
import dev.alliance.api.partner.PartnerId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-checked landscapes. */
class EnergyLandscapeTest {
  private static final PartnerId A = PartnerId.of("A");
  private static final PartnerId B = PartnerId.of("B");
  private static final PartnerId C = PartnerId.of("C");

  /**
   * A (size 1) and B (size 2) like each other (p = 1); C (size 3) dislikes both (p = -1 with A, -2
   * with B). By hand, with pairs counted once: the four alignments are
   * {ABC} E = 0; {AB | C} E = 1*3*(-1) + 2*3*(-2) = -15; {AC | B} E = 1*2*1 + 2*3*(-2) = -10;
   * {A | BC} E = 1*2*1 + 1*3*(-1) = -1. Frustrations in {AB | C}: A = 3*(-1) = -3, B = 3*(-2) = -6,
   * C = 1*(-1) + 2*(-2) = -5; everyone is better off than by switching, so it is a minimum. In {AC
   * | B}: A feels B's pull (+2) and C's push is wasted (C is with it): F_A = 2, and switching gives
   * F_A = -3; A wants to switch, so {AC | B} is not stable, and descent goes to {AB | C}.
   */
  @Test
  void threeActorsByHand() {
    Landscape landscape =
        Landscape.of(
            List.of(new LandscapeActor(A, 1), new LandscapeActor(B, 2), new LandscapeActor(C, 3)),
            List.of(new Propensity(A, B, 1), new Propensity(A, C, -1), new Propensity(B, C, -2)));
    EnergyLandscape e = EnergyLandscape.of(landscape);
    assertEquals(0, e.energy(Configuration.of(List.of(A, B, C), List.of())));
    assertEquals(-15, e.energy(Configuration.of(List.of(A, B), List.of(C))));
    assertEquals(-10, e.energy(Configuration.of(List.of(A, C), List.of(B))));
    assertEquals(-1, e.energy(Configuration.of(List.of(A), List.of(B, C))));

    ConfigurationReport best = e.explain(Configuration.of(List.of(A, B), List.of(C)));
    assertEquals(List.of(-3.0, -6.0, -5.0), best.actors().stream().map(ActorFrustration::frustration).toList());
    assertTrue(best.isStable());

    ConfigurationReport restless = e.explain(Configuration.of(List.of(A, C), List.of(B)));
    assertFalse(restless.isStable());
    assertEquals(2.0, restless.actors().get(0).frustration());
    assertEquals(-3.0, restless.actors().get(0).frustrationIfSwitched());
    assertEquals(List.of(A), restless.restless().stream().map(ActorFrustration::actor).toList());

    LandscapeSearch search = e.localMinima();
    assertTrue(search.exhaustive());
    assertEquals(4, search.configurationsExamined());
    assertEquals(1, search.minima().size());
    LocalMinimum only = search.lowest();
    assertTrue(only.configuration().sameAlignment(Configuration.of(List.of(A, B), List.of(C))));
    assertEquals(-15, only.energy());
    assertEquals(4, only.basinSize(), "every alignment descends to the one minimum");
    assertEquals(1.0, only.basinShare());
    List<Configuration> path = e.descentPath(Configuration.of(List.of(A, C), List.of(B)));
    assertEquals(2, path.size());
    assertTrue(path.get(1).sameAlignment(Configuration.of(List.of(A, B), List.of(C))));
  }

  /**
   * Two pairs of friends (A-B and C-D, p = 3) who mildly dislike the other pair (p = -1), all of
   * size 1. By hand: the pairs apart, {AB | CD}, has E = 4 * (-1) = -4, and every actor would only
   * lose by switching (A: F = -2 now, +4 if it joined C and D). All four together has E = 0 and is
   * stable too: A alone on the other side would stand apart from B (+3) and from C and D (-2),
   * F = 1 > 0. Every other alignment has an actor apart from its friend, who would gain by
   * switching. Two minima, then, and the deeper one is the split.
   */
  @Test
  void twoCompetingMinima() {
    PartnerId d = PartnerId.of("D");
    Landscape landscape =
        Landscape.of(
            List.of(new LandscapeActor(A, 1), new LandscapeActor(B, 1), new LandscapeActor(C, 1), new LandscapeActor(d, 1)),
            List.of(
                new Propensity(A, B, 3), new Propensity(C, d, 3),
                new Propensity(A, C, -1), new Propensity(A, d, -1), new Propensity(B, C, -1), new Propensity(B, d, -1)));
    EnergyLandscape e = EnergyLandscape.of(landscape);
    LandscapeSearch search = e.exhaustiveSearch();
    assertEquals(8, search.configurationsExamined());
    assertEquals(2, search.minima().size());
    assertEquals(-4, search.minima().get(0).energy());
    assertTrue(search.minima().get(0).configuration().sameAlignment(Configuration.of(List.of(A, B), List.of(C, d))));
    assertEquals(0, search.minima().get(1).energy());
    assertTrue(search.minima().get(1).configuration().sameAlignment(Configuration.of(List.of(A, B, C, d), List.of())));
    assertEquals(8, search.minima().stream().mapToLong(LocalMinimum::basinSize).sum());
  }

  @Test
  void aConfigurationMustPlaceExactlyTheLandscapesActors() {
    Landscape landscape = Landscape.of(List.of(new LandscapeActor(A, 1), new LandscapeActor(B, 1)), List.of());
    EnergyLandscape e = EnergyLandscape.of(landscape);
    InvalidValueException missing =
        assertThrows(InvalidValueException.class, () -> e.energy(Configuration.of(List.of(A), List.of())));
    assertTrue(missing.rule().contains("B is on neither side"), missing.getMessage());
    assertThrows(InvalidValueException.class, () -> e.energy(Configuration.of(List.of(A, B), List.of(C))));
  }

  @Test
  void aSampledSearchFindsTheMinimaOfASmallLandscape() {
    Landscape landscape =
        Landscape.of(
            List.of(new LandscapeActor(A, 1), new LandscapeActor(B, 2), new LandscapeActor(C, 3)),
            List.of(new Propensity(A, B, 1), new Propensity(A, C, -1), new Propensity(B, C, -2)));
    LandscapeSearch sampled = EnergyLandscape.of(landscape).sampledSearch(100, 5);
    assertFalse(sampled.exhaustive());
    assertEquals(1, sampled.minima().size());
    assertEquals(100, sampled.lowest().basinSize());
    assertEquals(-15, sampled.lowest().energy());
  }
}
