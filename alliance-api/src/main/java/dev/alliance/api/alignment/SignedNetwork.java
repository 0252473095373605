package dev.alliance.api.alignment;

import dev.alliance.api.Checks;
import dev.alliance.api.partner.PartnerId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * Actors and the signed ties between them. A pair of actors may have several ties over time (an
 * alliance that later turns to enmity), but never two whose spans share a year; {@link #at(int)}
 * gives the network as it stood in one year, with at most one tie per pair.
 *
 * <pre>{@code
 * SignedNetwork europe = SignedNetwork.of(List.of(gbr, fra, rus), List.of(
 *     SignedTie.during(fra, gbr, Sign.NEGATIVE, 1872, 1904),
 *     SignedTie.during(fra, gbr, Sign.POSITIVE, 1904, 1918)));
 * europe.at(1905).sign(fra, gbr); // Optional[POSITIVE]
 * }</pre>
 */
@Value.Immutable
public abstract class SignedNetwork implements WithSignedNetwork {
  SignedNetwork() {}

  /** @return the actors, each once, in the order reports list them */
  public abstract List<PartnerId> actors();

  /** @return the ties; each joins two of the actors */
  public abstract List<SignedTie> ties();

  /**
   * @param actors the actors
   * @param ties the ties between them
   * @return the network
   */
  public static SignedNetwork of(Collection<PartnerId> actors, Collection<SignedTie> ties) {
    return builder().actors(actors).ties(ties).build();
  }

  /**
   * @param ties the ties
   * @return the network of the actors the ties name, in order of first mention
   */
  public static SignedNetwork ofTies(Collection<SignedTie> ties) {
    Set<PartnerId> actors = new LinkedHashSet<>();
    for (SignedTie tie : ties) {
      actors.add(tie.from());
      actors.add(tie.to());
    }
    return of(actors, ties);
  }

  /**
   * @param year a year
   * @return the same actors with the ties that hold in that year
   */
  public SignedNetwork at(int year) {
    return withTies(ties().stream().filter(t -> t.holdsIn(year)).toList());
  }

  /** @return every year in which a tie begins or ends: the years the network can change */
  public SortedSet<Integer> changeYears() {
    SortedSet<Integer> years = new TreeSet<>();
    for (SignedTie tie : ties()) {
      tie.begin().ifPresent(years::add);
      tie.end().ifPresent(years::add);
    }
    return years;
  }

  /** @return true when no pair has more than one tie, so that each pair has at most one sign */
  public boolean isSnapshot() {
    Set<String> pairs = new HashSet<>();
    for (SignedTie tie : ties()) {
      if (!pairs.add(pairKey(tie))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The sign between two actors in a snapshot.
   *
   * @param a one actor
   * @param b the other
   * @return the sign of their tie, or empty when they have none
   * @throws IllegalStateException when the pair has ties in several spans: take {@link #at(int)}
   *     first
   */
  public Optional<Sign> sign(PartnerId a, PartnerId b) {
    Optional<Sign> found = Optional.empty();
    for (SignedTie tie : ties()) {
      if (tie.involves(a) && tie.involves(b)) {
        if (found.isPresent()) {
          throw new IllegalStateException(
              "SignedNetwork.sign: " + a + " and " + b + " have ties in several spans; take at(year) first");
        }
        found = Optional.of(tie.sign());
      }
    }
    return found;
  }

  /** @return the network with every sign flipped */
  public SignedNetwork negated() {
    return withTies(ties().stream().map(SignedTie::negated).toList());
  }

  /**
   * @param actor an actor
   * @return its position in {@link #actors()}, or -1
   */
  public int indexOf(PartnerId actor) {
    return actors().indexOf(actor);
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SignedNetwork}. */
  public static final class Builder extends ImmutableSignedNetwork.Builder {
    Builder() {}
  }

  private static String pairKey(SignedTie tie) {
    String a = tie.from().value();
    String b = tie.to().value();
    return a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
  }

  @Value.Check
  void check() {
    Set<PartnerId> known = new HashSet<>();
    for (PartnerId actor : actors()) {
      Checks.check(known.add(actor), "SignedNetwork.actors", actor, "an actor is listed only once");
    }
    Map<String, List<SignedTie>> byPair = new HashMap<>();
    List<SignedTie> ties = ties();
    for (int i = 0; i < ties.size(); i++) {
      SignedTie tie = ties.get(i);
      Checks.check(
          known.contains(tie.from()) && known.contains(tie.to()),
          "SignedNetwork.ties[" + i + "]",
          tie,
          "joins an actor that is not in the network");
      List<SignedTie> earlier = byPair.computeIfAbsent(pairKey(tie), k -> new ArrayList<>());
      for (SignedTie other : earlier) {
        Checks.check(
            !tie.overlapsInTime(other),
            "SignedNetwork.ties[" + i + "]",
            tie,
            "overlaps in time with " + other + ": a pair has one sign at a time");
      }
      earlier.add(tie);
    }
  }
}
