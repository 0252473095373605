package dev.alliance.api.alignment;

import dev.alliance.api.Checks;
import dev.alliance.api.partner.PartnerId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A configuration of landscape theory: every actor on one of two sides. Swapping the sides gives a
 * different value but the same alignment ({@link #sameAlignment(Configuration)}), and every
 * quantity of the theory is the same for both.
 *
 * @param sideA the actors on one side
 * @param sideB the actors on the other; none on both
 */
public record Configuration(SortedSet<PartnerId> sideA, SortedSet<PartnerId> sideB) {

  /** Validates and copies the sides. */
  public Configuration {
    sideA = Collections.unmodifiableSortedSet(new TreeSet<>(Objects.requireNonNull(sideA, "sideA")));
    sideB = Collections.unmodifiableSortedSet(new TreeSet<>(Objects.requireNonNull(sideB, "sideB")));
    for (PartnerId actor : sideB) {
      Checks.check(!sideA.contains(actor), "Configuration.sideB", actor, "an actor stands on one side only");
    }
  }

  /**
   * @param sideA one side
   * @param sideB the other
   * @return the configuration
   */
  public static Configuration of(Collection<PartnerId> sideA, Collection<PartnerId> sideB) {
    return new Configuration(new TreeSet<>(sideA), new TreeSet<>(sideB));
  }

  /**
   * Reads a configuration from bits, the form exhaustive search works in.
   *
   * @param actors the actors, at most 63
   * @param sideBBits bit {@code i} set puts actor {@code i} on side B
   * @return the configuration
   */
  public static Configuration fromBits(List<PartnerId> actors, long sideBBits) {
    Checks.check(actors.size() <= 63, "Configuration.actors", actors.size(), "at most 63 actors fit in the bits");
    List<PartnerId> a = new ArrayList<>();
    List<PartnerId> b = new ArrayList<>();
    for (int i = 0; i < actors.size(); i++) {
      ((sideBBits >>> i & 1L) == 0 ? a : b).add(actors.get(i));
    }
    return of(a, b);
  }

  /** @return the same alignment with the sides swapped */
  public Configuration swapped() {
    return new Configuration(sideB, sideA);
  }

  /**
   * @param other another configuration
   * @return true when both put the same actors together, whichever side is called A
   */
  public boolean sameAlignment(Configuration other) {
    return equals(other) || equals(other.swapped());
  }

  /**
   * @param x an actor
   * @param y another
   * @return true when they stand on different sides
   */
  public boolean isApart(PartnerId x, PartnerId y) {
    return sideA.contains(x) != sideA.contains(y);
  }

  /**
   * @param actor an actor
   * @return true when it stands on side A
   */
  public boolean isOnSideA(PartnerId actor) {
    return sideA.contains(actor);
  }

  /** @return the sides as a partition (one bloc when a side is empty) */
  public Partition toPartition() {
    List<SortedSet<PartnerId>> blocs = new ArrayList<>();
    if (!sideA.isEmpty()) {
      blocs.add(sideA);
    }
    if (!sideB.isEmpty()) {
      blocs.add(sideB);
    }
    return new Partition(blocs);
  }

  @Override
  public String toString() {
    return sideA.toString().replace('[', '{').replace(']', '}') + " vs " + sideB.toString().replace('[', '{').replace(']', '}');
  }
}
