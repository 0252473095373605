package dev.alliance.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.alliance.api.alignment.Configuration;
import dev.alliance.api.alignment.Landscape;
import dev.alliance.api.alignment.LandscapeActor;
import dev.alliance.api.alignment.Partition;
import dev.alliance.api.alignment.Propensity;
import dev.alliance.api.alignment.Sign;
import dev.alliance.api.alignment.SignedNetwork;
import dev.alliance.api.alignment.SignedTie;
import dev.alliance.api.partner.PartnerId;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators for the values of alignment theory: signed networks (arbitrary, all-positive, and
 * balanced by construction), partitions, landscapes and configurations. Actors are {@code A0, A1,
 * ...}; every pair of actors is considered, and a generated code decides whether it has a tie.
 */
public final class AlignmentGenerators {
  private AlignmentGenerators() {}

  /**
   * @param n a number of actors
   * @return the actors {@code A0 .. A(n-1)}
   */
  public static List<PartnerId> actors(int n) {
    List<PartnerId> actors = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      actors.add(PartnerId.of("A" + i));
    }
    return actors;
  }

  private static int pairs(int n) {
    return n * (n - 1) / 2;
  }

  /**
   * Builds a snapshot network from one code per pair, in the order (0,1), (0,2), ..., (1,2), ...:
   * 0 no tie, 1 a positive tie, 2 a negative one.
   */
  private static SignedNetwork fromCodes(int n, List<Integer> codes) {
    List<PartnerId> actors = actors(n);
    List<SignedTie> ties = new ArrayList<>();
    int k = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        int code = codes.get(k++);
        if (code != 0) {
          ties.add(SignedTie.of(actors.get(i), actors.get(j), code == 1 ? Sign.POSITIVE : Sign.NEGATIVE));
        }
      }
    }
    return SignedNetwork.of(actors, ties);
  }

  private static String describe(SignedNetwork network) {
    return network.actors().size() + " actors " + network.ties();
  }

  /**
   * @param minActors the fewest actors
   * @param maxActors the most actors
   * @return snapshot networks with any mix of positive, negative and absent ties
   */
  public static Gen<SignedNetwork> signedNetworks(int minActors, int maxActors) {
    return integers()
        .between(minActors, maxActors)
        .flatMap(n -> lists().of(integers().between(0, 2)).ofSize(pairs(n)).map(codes -> fromCodes(n, codes)))
        .describedAs(AlignmentGenerators::describe);
  }

  /**
   * @param minActors the fewest actors
   * @param maxActors the most actors
   * @return snapshot networks whose ties are all positive (some pairs have none)
   */
  public static Gen<SignedNetwork> positiveNetworks(int minActors, int maxActors) {
    return integers()
        .between(minActors, maxActors)
        .flatMap(n -> lists().of(integers().between(0, 1)).ofSize(pairs(n)).map(codes -> fromCodes(n, codes)))
        .describedAs(AlignmentGenerators::describe);
  }

  /**
   * Networks balanced by construction: the actors are split into two camps; ties inside a camp are
   * positive and ties across are negative, whichever pairs have ties.
   *
   * @param minActors the fewest actors
   * @param maxActors the most actors
   * @return balanced snapshot networks, one camp possibly empty
   */
  public static Gen<SignedNetwork> twoBlocBalancedNetworks(int minActors, int maxActors) {
    return integers()
        .between(minActors, maxActors)
        .flatMap(
            n ->
                lists()
                    .of(Generate.booleans())
                    .ofSize(n)
                    .zip(
                        lists().of(Generate.booleans()).ofSize(pairs(n)),
                        (camp, present) -> {
                          List<Integer> codes = new ArrayList<>();
                          int k = 0;
                          for (int i = 0; i < n; i++) {
                            for (int j = i + 1; j < n; j++) {
                              codes.add(!present.get(k++) ? 0 : camp.get(i).equals(camp.get(j)) ? 1 : 2);
                            }
                          }
                          return fromCodes(n, codes);
                        }))
        .describedAs(AlignmentGenerators::describe);
  }

  /**
   * @param actors the actors to place
   * @param maxBlocs the most blocs
   * @return partitions of exactly those actors into at most {@code maxBlocs} blocs
   */
  public static Gen<Partition> partitions(List<PartnerId> actors, int maxBlocs) {
    return lists()
        .of(integers().between(0, maxBlocs - 1))
        .ofSize(actors.size())
        .map(labels -> Partition.fromLabels(actors, labels.stream().mapToInt(Integer::intValue).toArray()))
        .describedAs(Partition::toString);
  }

  /**
   * Landscapes with sizes from 0 to 10 and propensities from -5 to 5, in steps that keep sums
   * exact in binary floating point (multiples of 1/4), so that equalities can be tested exactly.
   *
   * @param minActors the fewest actors
   * @param maxActors the most actors
   * @return landscapes where every pair has a propensity, possibly zero
   */
  public static Gen<Landscape> landscapes(int minActors, int maxActors) {
    return integers()
        .between(minActors, maxActors)
        .flatMap(
            n ->
                lists()
                    .of(integers().between(0, 40))
                    .ofSize(n)
                    .zip(
                        lists().of(integers().between(-20, 20)).ofSize(pairs(n)),
                        (sizes, values) -> {
                          List<PartnerId> ids = actors(n);
                          List<LandscapeActor> actors = new ArrayList<>();
                          for (int i = 0; i < n; i++) {
                            actors.add(new LandscapeActor(ids.get(i), sizes.get(i) / 4.0));
                          }
                          List<Propensity> propensities = new ArrayList<>();
                          int k = 0;
                          for (int i = 0; i < n; i++) {
                            for (int j = i + 1; j < n; j++) {
                              propensities.add(new Propensity(ids.get(i), ids.get(j), values.get(k++) / 4.0));
                            }
                          }
                          return Landscape.of(actors, propensities);
                        }))
        .describedAs(l -> l.actors() + " " + l.propensities());
  }

  /**
   * @param actors the actors
   * @return configurations of those actors, every one on some side
   */
  public static Gen<Configuration> configurations(List<PartnerId> actors) {
    return lists()
        .of(Generate.booleans())
        .ofSize(actors.size())
        .map(
            sides -> {
              long bits = 0;
              for (int i = 0; i < sides.size(); i++) {
                bits |= sides.get(i) ? 1L << i : 0;
              }
              return Configuration.fromBits(actors, bits);
            })
        .describedAs(Configuration::toString);
  }
}
