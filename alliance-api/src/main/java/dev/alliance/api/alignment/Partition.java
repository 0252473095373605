package dev.alliance.api.alignment;

import dev.alliance.api.Checks;
import dev.alliance.api.partner.PartnerId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A division of actors into disjoint, non-empty blocs. The value is canonical: each bloc is sorted,
 * and the blocs are ordered by their first actor, so that two partitions with the same blocs are
 * equal however they were written down.
 *
 * <pre>{@code
 * Partition entente = Partition.of(List.of(Set.of(gbr, fra, rus), Set.of(deu, auh, ita)));
 * entente.sameBloc(gbr, rus); // true
 * }</pre>
 *
 * @param blocs the blocs, each non-empty, no actor in two
 */
public record Partition(List<SortedSet<PartnerId>> blocs) {

  /** Validates and canonicalizes the blocs. */
  public Partition {
    Objects.requireNonNull(blocs, "blocs");
    List<SortedSet<PartnerId>> sorted = new ArrayList<>();
    Set<PartnerId> seen = new HashSet<>();
    for (Collection<PartnerId> bloc : blocs) {
      Checks.check(!bloc.isEmpty(), "Partition.blocs", blocs, "a bloc is never empty");
      for (PartnerId actor : bloc) {
        Checks.check(seen.add(actor), "Partition.blocs", actor, "an actor belongs to one bloc only");
      }
      sorted.add(Collections.unmodifiableSortedSet(new TreeSet<>(bloc)));
    }
    sorted.sort(Comparator.comparing(SortedSet::first));
    blocs = List.copyOf(sorted);
  }

  /**
   * @param blocs the blocs
   * @return the partition
   */
  public static Partition of(Collection<? extends Collection<PartnerId>> blocs) {
    List<SortedSet<PartnerId>> copy = new ArrayList<>();
    for (Collection<PartnerId> bloc : blocs) {
      copy.add(new TreeSet<>(bloc));
    }
    return new Partition(copy);
  }

  /**
   * Builds a partition from one bloc label per actor, the form search algorithms work in.
   *
   * @param actors the actors
   * @param labels a bloc label for each actor, any non-negative numbers
   * @return the partition; labels that no actor carries make no bloc
   */
  public static Partition fromLabels(List<PartnerId> actors, int[] labels) {
    Checks.check(
        labels.length == actors.size(), "Partition.labels", labels.length, "needs one label per actor (" + actors.size() + ")");
    Map<Integer, SortedSet<PartnerId>> byLabel = new TreeMap<>();
    for (int i = 0; i < labels.length; i++) {
      Checks.check(labels[i] >= 0, "Partition.labels[" + i + "]", labels[i], "must not be negative");
      byLabel.computeIfAbsent(labels[i], k -> new TreeSet<>()).add(actors.get(i));
    }
    return new Partition(new ArrayList<>(byLabel.values()));
  }

  /** @return the number of blocs */
  public int size() {
    return blocs.size();
  }

  /** @return every actor of every bloc */
  public SortedSet<PartnerId> actors() {
    SortedSet<PartnerId> all = new TreeSet<>();
    blocs.forEach(all::addAll);
    return Collections.unmodifiableSortedSet(all);
  }

  /**
   * @param actor an actor
   * @return the index of its bloc in {@link #blocs()}, or empty when it is in none
   */
  public OptionalInt blocOf(PartnerId actor) {
    for (int i = 0; i < blocs.size(); i++) {
      if (blocs.get(i).contains(actor)) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  /**
   * @param a one actor
   * @param b another
   * @return true when both are placed and in the same bloc
   */
  public boolean sameBloc(PartnerId a, PartnerId b) {
    OptionalInt blocA = blocOf(a);
    return blocA.isPresent() && blocA.equals(blocOf(b));
  }

  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    for (SortedSet<PartnerId> bloc : blocs) {
      parts.add(bloc.toString().replace('[', '{').replace(']', '}'));
    }
    return String.join(" | ", parts);
  }
}
