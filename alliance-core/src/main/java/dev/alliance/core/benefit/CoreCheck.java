package dev.alliance.core.benefit;

import dev.alliance.api.Checks;
import dev.alliance.api.partner.PartnerId;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Whether an allocation of the grand coalition's value lies in the core: it hands out exactly
 * that value (efficiency) and gives every coalition at least what it could secure on its own
 * (coalitional rationality), so that no group of members would do better by leaving. Decided
 * exactly by enumerating every coalition, for games of up to {@link #EXACT_LIMIT} players.
 *
 * <pre>{@code
 * CoreCheck check = CoreCheck.of(game, Map.of(a, new BigDecimal("40"), b, new BigDecimal("40"), c, new BigDecimal("20")));
 * check.isInCore();   // false
 * check.blocking();   // Optional[[A, C] would leave: on its own it secures 70, the allocation gives it 60 (10 less)]
 * }</pre>
 *
 * <p>When several coalitions would leave, the one named is the one that gains most by leaving; among
 * equal gains, the smallest, and then the first in identity order.
 *
 * @param efficient true when the allocation hands out exactly the grand coalition's value
 * @param allocated what the allocation hands out in total
 * @param grandValue the grand coalition's value
 * @param blocking the coalition that would leave, when some would
 * @param blockingCoalitions how many coalitions (other than the grand one) would do better alone
 */
public record CoreCheck(
    boolean efficient, BigDecimal allocated, BigDecimal grandValue, Optional<Blocking> blocking, int blockingCoalitions) {

  /** The most players for which the check enumerates every coalition. */
  public static final int EXACT_LIMIT = 22;

  /** Checks for nulls. */
  public CoreCheck {
    Objects.requireNonNull(allocated, "allocated");
    Objects.requireNonNull(grandValue, "grandValue");
    Objects.requireNonNull(blocking, "blocking");
  }

  /** @return true when the allocation is efficient and no coalition would leave */
  public boolean isInCore() {
    return efficient && blocking.isEmpty();
  }

  /**
   * @param game the game, of at most {@link #EXACT_LIMIT} players
   * @param allocation what each player receives; every player, nobody else
   * @return the verdict, with the coalition that would leave
   */
  public static CoreCheck of(CoalitionGame game, Map<PartnerId, BigDecimal> allocation) {
    Objects.requireNonNull(allocation, "allocation");
    Table table = Table.of(game, EXACT_LIMIT, "CoreCheck.players");
    List<PartnerId> players = game.players();
    Checks.check(
        allocation.keySet().equals(Set.copyOf(players)),
        "CoreCheck.allocation",
        allocation.keySet(),
        "must give an amount to every player and nobody else: " + players);
    int n = players.size();
    int full = (1 << n) - 1;
    // Values and shares as whole numbers at one scale, so that every comparison is exact.
    int scale = table.scale;
    for (BigDecimal share : allocation.values()) {
      scale = Math.max(scale, share.scale());
    }
    Checks.check(scale <= 18, "CoreCheck.allocation", allocation, "must have at most 18 decimal places");
    long factor = BigInteger.TEN.pow(scale - table.scale).longValueExact();
    long[] shares = new long[n];
    for (int i = 0; i < n; i++) {
      shares[i] = units(allocation.get(players.get(i)), scale);
    }
    long[] sums = new long[full + 1];
    int best = -1;
    long bestGain = 0;
    int count = 0;
    for (int mask = 1; mask <= full; mask++) {
      sums[mask] = Math.addExact(sums[mask & (mask - 1)], shares[Integer.numberOfTrailingZeros(mask)]);
      if (mask == full) {
        break;
      }
      long gain = Math.subtractExact(Math.multiplyExact(table.units[mask], factor), sums[mask]);
      if (gain > 0) {
        count++;
        if (best < 0 || isBetter(gain, mask, bestGain, best, game)) {
          best = mask;
          bestGain = gain;
        }
      }
    }
    BigDecimal allocated = BigDecimal.valueOf(sums[full], scale);
    BigDecimal grand = table.value(full);
    Optional<Blocking> blocking =
        best < 0
            ? Optional.empty()
            : Optional.of(new Blocking(new TreeSet<>(game.members(best)), table.value(best), BigDecimal.valueOf(sums[best], scale)));
    return new CoreCheck(allocated.compareTo(grand) == 0, allocated, grand, blocking, count);
  }

  private static long units(BigDecimal amount, int scale) {
    BigInteger unscaled = amount.setScale(scale).unscaledValue();
    Checks.check(unscaled.bitLength() < 62, "CoreCheck.allocation", amount, "must fit in 62 bits at scale " + scale);
    return unscaled.longValue();
  }

  private static boolean isBetter(long gain, int mask, long bestGain, int best, CoalitionGame game) {
    int byGain = Long.compare(gain, bestGain);
    if (byGain != 0) {
      return byGain > 0;
    }
    int bySize = Integer.compare(Integer.bitCount(mask), Integer.bitCount(best));
    if (bySize != 0) {
      return bySize < 0;
    }
    return compareMembers(new TreeSet<>(game.members(mask)), new TreeSet<>(game.members(best))) < 0;
  }

  private static int compareMembers(SortedSet<PartnerId> a, SortedSet<PartnerId> b) {
    var i = a.iterator();
    var j = b.iterator();
    while (i.hasNext() && j.hasNext()) {
      int c = i.next().compareTo(j.next());
      if (c != 0) {
        return c;
      }
    }
    return Boolean.compare(i.hasNext(), j.hasNext());
  }

  @Override
  public String toString() {
    if (isInCore()) {
      return "in the core: hands out " + allocated.toPlainString() + " and no coalition would leave";
    }
    String efficiency = efficient ? "" : "hands out " + allocated.toPlainString() + " of " + grandValue.toPlainString() + "; ";
    return "not in the core: " + efficiency + blocking.map(Blocking::toString).orElse("no coalition would leave");
  }
}
