package dev.alliance.core.alignment.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.alliance.api.alignment.Configuration;
import dev.alliance.api.alignment.Landscape;
import dev.alliance.api.alignment.LandscapeActor;
import dev.alliance.api.alignment.Propensity;
import dev.alliance.api.alignment.SignedNetwork;
import dev.alliance.api.alignment.SignedTie;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.alignment.balance.StructuralBalance;
import dev.alliance.testkit.AlignmentGenerators;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Invariants of landscape theory over generated landscapes. Sizes and propensities are multiples
 * of 1/4 (see {@link AlignmentGenerators#landscapes}), so every sum here is exact and compared
 * exactly. Frustrations are recomputed in this class from the definitions, independently of
 * {@link EnergyLandscape}.
 */
class LandscapeProperties {

  private static double frustration(Landscape l, Configuration c, PartnerId actor) {
    double f = 0;
    for (LandscapeActor other : l.actors()) {
      if (!other.id().equals(actor) && c.isApart(actor, other.id())) {
        f += other.size() * l.propensity(actor, other.id());
      }
    }
    return f;
  }

  private static boolean stable(Landscape l, Configuration c) {
    for (PartnerId actor : l.actorIds()) {
      if (frustration(l, moved(c, actor), actor) < frustration(l, c, actor)) {
        return false;
      }
    }
    return true;
  }

  private static Configuration moved(Configuration c, PartnerId actor) {
    List<PartnerId> a = new ArrayList<>(c.sideA());
    List<PartnerId> b = new ArrayList<>(c.sideB());
    if (a.remove(actor)) {
      b.add(actor);
    } else {
      b.remove(actor);
      a.add(actor);
    }
    return Configuration.of(a, b);
  }

  @Test
  void everyReportedLocalMinimumIsStableForEveryActor() {
    qt().forAll(AlignmentGenerators.landscapes(1, 8))
        .checkAssert(
            landscape -> {
              EnergyLandscape e = EnergyLandscape.of(landscape);
              for (LocalMinimum minimum : e.localMinima().minima()) {
                Configuration c = minimum.configuration();
                for (PartnerId actor : landscape.actorIds()) {
                  double here = frustration(landscape, c, actor);
                  double there = frustration(landscape, moved(c, actor), actor);
                  assertTrue(there >= here, () -> actor + " would gain by switching from " + c + ": " + here + " -> " + there);
                }
                assertTrue(e.explain(c).isStable());
              }
            });
  }

  /** Completeness and exact basins: every stable alignment is reported, and the basins add up. */
  @Test
  void theExhaustiveSearchFindsEveryStableAlignmentAndItsWholeBasin() {
    qt().forAll(AlignmentGenerators.landscapes(1, 7))
        .checkAssert(
            landscape -> {
              EnergyLandscape e = EnergyLandscape.of(landscape);
              LandscapeSearch search = e.exhaustiveSearch();
              List<PartnerId> ids = landscape.actorIds();
              long all = 1L << (ids.size() - 1);
              Set<Configuration> stable = new HashSet<>();
              Map<Configuration, Long> descents = new HashMap<>();
              for (long bits = 0; bits < all; bits++) {
                Configuration c = Configuration.fromBits(ids, bits << 1);
                if (stable(landscape, c)) {
                  stable.add(c);
                }
                List<Configuration> path = e.descentPath(c);
                Configuration end = path.get(path.size() - 1);
                Configuration canonical = end.isOnSideA(ids.get(0)) ? end : end.swapped();
                descents.merge(canonical, 1L, Long::sum);
              }
              Set<Configuration> reported = new HashSet<>();
              search.minima().forEach(m -> reported.add(m.configuration()));
              assertEquals(stable, reported);
              assertEquals(all, search.configurationsExamined());
              for (LocalMinimum m : search.minima()) {
                assertEquals(descents.getOrDefault(m.configuration(), 0L), m.basinSize(), "basin of " + m.configuration());
              }
              assertEquals(all, search.minima().stream().mapToLong(LocalMinimum::basinSize).sum());
            });
  }

  @Test
  void energyIsInvariantUnderSwappingTheTwoSides() {
    qt().forAll(AlignmentGenerators.landscapes(1, 9).flatMap(l -> AlignmentGenerators.configurations(l.actorIds()).map(c -> Map.entry(l, c))))
        .checkAssert(
            pair -> {
              EnergyLandscape e = EnergyLandscape.of(pair.getKey());
              Configuration c = pair.getValue();
              assertEquals(e.energy(c), e.energy(c.swapped()));
              for (PartnerId actor : pair.getKey().actorIds()) {
                assertEquals(e.frustration(c, actor), e.frustration(c.swapped(), actor));
              }
            });
  }

  /** Energy is half the size-weighted sum of the actors' frustrations (each pair counted once). */
  @Test
  void energyIsHalfTheSizeWeightedSumOfFrustrations() {
    qt().forAll(AlignmentGenerators.landscapes(1, 9).flatMap(l -> AlignmentGenerators.configurations(l.actorIds()).map(c -> Map.entry(l, c))))
        .checkAssert(
            pair -> {
              Landscape l = pair.getKey();
              double sum = 0;
              for (LandscapeActor actor : l.actors()) {
                sum += actor.size() * frustration(l, pair.getValue(), actor.id());
              }
              assertEquals(sum / 2, EnergyLandscape.of(l).energy(pair.getValue()));
            });
  }

  /**
   * Landscape theory contains structural balance: with every size 1 and propensity +1 or -1, the
   * energy of a configuration equals the frustration of its two-bloc partition minus the number of
   * negative ties (E counts positive pairs apart and subtracts negative pairs apart), so the
   * global minimum is the best two-bloc partition.
   */
  @Test
  void withUnitSizesAndSignedPropensitiesTheGlobalMinimumIsTheBestTwoBlocPartition() {
    qt().forAll(AlignmentGenerators.signedNetworks(2, 9))
        .checkAssert(
            network -> {
              Landscape l = landscapeOf(network);
              EnergyLandscape e = EnergyLandscape.of(l);
              long negatives = network.ties().stream().filter(t -> !t.isPositive()).count();
              LocalMinimum lowest = e.exhaustiveSearch().lowest();
              int best = StructuralBalance.exactBestPartition(network, 2).count();
              assertEquals(best - negatives, lowest.energy());
              assertEquals(
                  StructuralBalance.frustration(network, lowest.configuration().toPartition()).count() - negatives,
                  lowest.energy());
            });
  }

  /** A sampled search only ever reports true minima, and finds the global one on small cases. */
  @Test
  void aSampledSearchReportsOnlyTrueMinima() {
    qt().forAll(AlignmentGenerators.landscapes(1, 8))
        .checkAssert(
            landscape -> {
              EnergyLandscape e = EnergyLandscape.of(landscape);
              Set<Configuration> exact = new HashSet<>();
              e.exhaustiveSearch().minima().forEach(m -> exact.add(m.configuration()));
              LandscapeSearch sampled = e.sampledSearch(200, 3);
              sampled.minima().forEach(m -> assertTrue(exact.contains(m.configuration()), m.configuration().toString()));
              assertEquals(200, sampled.minima().stream().mapToLong(LocalMinimum::basinSize).sum());
            });
  }

  private static Landscape landscapeOf(SignedNetwork network) {
    List<LandscapeActor> actors = network.actors().stream().map(id -> new LandscapeActor(id, 1)).toList();
    List<Propensity> propensities = new ArrayList<>();
    for (SignedTie tie : network.ties()) {
      propensities.add(new Propensity(tie.from(), tie.to(), tie.sign().value()));
    }
    return Landscape.of(actors, propensities);
  }
}
