package dev.alliance.api.negotiation;

import dev.alliance.api.Checks;
import dev.alliance.api.partner.PartnerId;
import java.math.BigDecimal;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A party at the table: who it is, its best alternative to a deal, and its stance on each issue.
 *
 * <pre>{@code
 * Party seller = Party.builder()
 *     .id(PartnerId.of("S")).name("Seller")
 *     .batna(Batna.of("sell to the other bidder", "0.2"))
 *     .putStances("price", Stance.of(new BigDecimal("130"), new BigDecimal("100"), new BigDecimal("3")))
 *     .putStances("delivery", Stance.of(new BigDecimal("12"), new BigDecimal("3"), BigDecimal.ONE))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Party implements WithParty {
  Party() {}

  /** @return the party's identity */
  public abstract PartnerId id();

  /** @return its display name; not blank */
  public abstract String name();

  /** @return its best alternative to a negotiated agreement */
  public abstract Batna batna();

  /** @return its stance on each issue, by issue name, in the order given; at least one */
  public abstract Map<String, Stance> stances();

  /**
   * @param issue an issue's name
   * @return the party's stance on it
   * @throws dev.alliance.api.InvalidValueException when the party takes no stance on the issue
   */
  public Stance stance(String issue) {
    Stance stance = stances().get(issue);
    Checks.check(stance != null, "Party.stances", issue, id() + " takes no stance on this issue; it does on " + stances().keySet());
    return stance;
  }

  /** @return the sum of the party's weights; positive */
  public BigDecimal totalWeight() {
    return stances().values().stream().map(Stance::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Party}. */
  public static final class Builder extends ImmutableParty.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank("Party.name", name());
    Checks.notEmpty("Party.stances", stances().keySet());
    Checks.check(
        totalWeight().signum() > 0,
        "Party.stances",
        stances(),
        "at least one weight must be positive: " + id() + " must care about something");
  }
}
