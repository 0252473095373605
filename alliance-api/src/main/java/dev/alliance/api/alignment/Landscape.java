package dev.alliance.api.alignment;

import dev.alliance.api.Checks;
import dev.alliance.api.partner.PartnerId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The input of landscape theory (Axelrod and Bennett 1993): actors with sizes, and a propensity
 * for each pair; a pair without a stated propensity has propensity zero.
 *
 * <pre>{@code
 * Landscape l = Landscape.of(
 *     List.of(LandscapeActor.of("A", 1), LandscapeActor.of("B", 1), LandscapeActor.of("C", 2)),
 *     List.of(Propensity.of("A", "B", 1), Propensity.of("B", "C", -1)));
 * l.propensity(PartnerId.of("A"), PartnerId.of("C")); // 0.0
 * }</pre>
 */
@Value.Immutable
public abstract class Landscape implements WithLandscape {
  Landscape() {}

  /** @return the actors, each once, in the order reports list them */
  public abstract List<LandscapeActor> actors();

  /** @return the non-zero propensities, at most one per pair */
  public abstract List<Propensity> propensities();

  /**
   * @param actors the actors
   * @param propensities the propensities of some pairs
   * @return the landscape
   */
  public static Landscape of(Collection<LandscapeActor> actors, Collection<Propensity> propensities) {
    return builder().actors(actors).propensities(propensities).build();
  }

  /** @return the actors' identities, in order */
  public List<PartnerId> actorIds() {
    return actors().stream().map(LandscapeActor::id).toList();
  }

  /**
   * @param actor an actor
   * @return its size, when it is in the landscape
   */
  public Optional<Double> size(PartnerId actor) {
    return actors().stream().filter(a -> a.id().equals(actor)).map(LandscapeActor::size).findFirst();
  }

  /**
   * @param a one actor
   * @param b another
   * @return their propensity; zero when none is stated
   */
  public double propensity(PartnerId a, PartnerId b) {
    for (Propensity p : propensities()) {
      if (p.joins(a, b)) {
        return p.value();
      }
    }
    return 0;
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Landscape}. */
  public static final class Builder extends ImmutableLandscape.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Map<PartnerId, Integer> index = new HashMap<>();
    for (LandscapeActor actor : actors()) {
      Checks.check(index.put(actor.id(), index.size()) == null, "Landscape.actors", actor.id(), "an actor is listed only once");
    }
    Map<Long, Propensity> pairs = new HashMap<>();
    List<Propensity> list = propensities();
    for (int i = 0; i < list.size(); i++) {
      Propensity p = list.get(i);
      Integer a = index.get(p.a());
      Integer b = index.get(p.b());
      Checks.check(a != null && b != null, "Landscape.propensities[" + i + "]", p, "joins an actor that is not in the landscape");
      long key = (long) Math.min(a, b) * Integer.MAX_VALUE + Math.max(a, b);
      Propensity earlier = pairs.put(key, p);
      Checks.check(earlier == null, "Landscape.propensities[" + i + "]", p, "the pair already has propensity " + earlier);
    }
  }
}
