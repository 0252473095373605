package dev.alliance.api.scoring;

import dev.alliance.api.Checks;
import dev.alliance.api.partner.Capability;
import dev.alliance.api.partner.HofstedeDimension;
import dev.alliance.api.partner.Partner;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The seeking side of partner selection: the partners already in the alliance (or consortium),
 * the capabilities it wants, the values it stands for, and the variance of each Hofstede dimension
 * that cultural distance is scaled by.
 *
 * <p>Capabilities wanted: when {@link #needs()} is empty, the search wants every capability that no
 * member brings; otherwise it wants the listed ones that no member brings yet.
 *
 * <p>Variances: the Kogut-Singh index divides each dimension's squared difference by that
 * dimension's variance over a reference set of cultures (Kogut and Singh used the countries of
 * their sample). Give them for the reference set you trust, or leave them out and let the ranking
 * compute them from the profiles of the members and candidates being compared.
 *
 * <pre>{@code
 * PartnerSearch airbus = PartnerSearch.builder()
 *     .addMembers(aerospatiale, deutscheAirbus)
 *     .addNeeds(Capability.MANUFACTURING, Capability.MARKET_ACCESS)
 *     .putValuePositions("state ownership", 0.8)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class PartnerSearch implements WithPartnerSearch {
  PartnerSearch() {}

  /** @return the partners already in the alliance; they may be none */
  public abstract List<Partner> members();

  /** @return the capabilities wanted; empty means every capability no member brings */
  public abstract Set<Capability> needs();

  /** @return the alliance's position on each named value, from 0 to 1 */
  public abstract Map<String, Double> valuePositions();

  /** @return the variance of each Hofstede dimension over the reference set; positive */
  public abstract Map<HofstedeDimension, Double> culturalVariances();

  /** @return the capabilities some member already brings (computed once) */
  @Value.Lazy
  public Set<Capability> held() {
    EnumSet<Capability> held = EnumSet.noneOf(Capability.class);
    members().forEach(member -> held.addAll(member.capabilities()));
    return Collections.unmodifiableSet(held);
  }

  /** @return the capabilities wanted that no member brings yet (computed once) */
  @Value.Lazy
  public Set<Capability> lacking() {
    EnumSet<Capability> lacking =
        needs().isEmpty() ? EnumSet.allOf(Capability.class) : EnumSet.copyOf(needs());
    lacking.removeAll(held());
    return Collections.unmodifiableSet(lacking);
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PartnerSearch}. */
  public static final class Builder extends ImmutablePartnerSearch.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Candidate.ValuePositions.check("PartnerSearch.valuePositions", valuePositions());
    culturalVariances()
        .forEach(
            (dimension, variance) ->
                Checks.check(
                    Double.isFinite(variance) && variance > 0,
                    "PartnerSearch.culturalVariances[" + dimension + "]",
                    variance,
                    "must be a positive number"));
  }
}
