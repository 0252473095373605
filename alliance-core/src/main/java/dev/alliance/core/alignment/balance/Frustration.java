package dev.alliance.core.alignment.balance;

import dev.alliance.api.alignment.Partition;
import dev.alliance.api.alignment.SignedTie;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The ties a partition leaves frustrated: negative ties inside a bloc and positive ties across
 * blocs. Their number is the partition's frustration; zero means the partition shows the network
 * balanced (with two blocs) or clusterable (with more).
 *
 * @param partition the partition judged
 * @param negativeInside the negative ties between actors of the same bloc
 * @param positiveAcross the positive ties between actors of different blocs
 */
public record Frustration(Partition partition, List<SignedTie> negativeInside, List<SignedTie> positiveAcross) {
  /** Copies the lists. */
  public Frustration {
    Objects.requireNonNull(partition, "partition");
    negativeInside = List.copyOf(negativeInside);
    positiveAcross = List.copyOf(positiveAcross);
  }

  /** @return the number of frustrated ties */
  public int count() {
    return negativeInside.size() + positiveAcross.size();
  }

  /** @return every frustrated tie: the negative ones inside first, then the positive ones across */
  public List<SignedTie> ties() {
    List<SignedTie> all = new ArrayList<>(negativeInside);
    all.addAll(positiveAcross);
    return all;
  }

  /** @return true when no tie is frustrated */
  public boolean isZero() {
    return count() == 0;
  }
}
