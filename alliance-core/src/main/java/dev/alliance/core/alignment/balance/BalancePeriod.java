package dev.alliance.core.alignment.balance;

import dev.alliance.api.alignment.SignedNetwork;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The network as it stood over a span of years in which no tie changed, and how balanced it was.
 *
 * @param from the first year of the span
 * @param until the first year after it, when a later change ends it
 * @param network the ties that held throughout the span
 * @param triads the triad census of that network
 * @param balanced whether the network was balanced: its actors split into at most two blocs with
 *     no tie frustrated
 * @param bestTwoBlocs the best division into at most two blocs, with the ties it leaves frustrated
 */
public record BalancePeriod(
    int from, OptionalInt until, SignedNetwork network, TriadCensus triads, boolean balanced, BestPartition bestTwoBlocs) {
  /** Checks for nulls. */
  public BalancePeriod {
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(triads, "triads");
    Objects.requireNonNull(bestTwoBlocs, "bestTwoBlocs");
  }

  /** @return the span as text, such as {@code 1907-1918} or {@code 1918-} */
  public String span() {
    return from + "-" + (until.isPresent() ? String.valueOf(until.getAsInt()) : "");
  }
}
