package dev.alliance.core.health;

import dev.alliance.api.Checks;
import dev.alliance.api.partner.PartnerId;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What each partner could bear, in the unit its contributions are valued in: the measure against
 * which {@link HealthReader} weighs the burden each partner actually carried. The partners named
 * here are the ones whose burden is compared.
 *
 * <pre>{@code
 * CapacityMeasure gdp = CapacityMeasure.of("GDP, USD bn", "USD bn", Map.of(USA, new BigDecimal("27360"), GBR, ...));
 * }</pre>
 *
 * @param name what the measure is, for the explanation (such as "GDP 2023"); not blank
 * @param unit the valuation unit of the contributions it is compared with; not blank
 * @param capacities each partner's capacity, in iteration order; not empty, each more than zero
 */
public record CapacityMeasure(String name, String unit, Map<PartnerId, BigDecimal> capacities) {

  /** Validates the measure and copies the capacities, keeping their order. */
  public CapacityMeasure {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(capacities, "capacities");
    Checks.notBlank("CapacityMeasure.name", name);
    Checks.notBlank("CapacityMeasure.unit", unit);
    Checks.check(!capacities.isEmpty(), "CapacityMeasure.capacities", capacities, "must name at least one partner");
    Map<PartnerId, BigDecimal> copy = new LinkedHashMap<>();
    capacities.forEach(
        (partner, capacity) -> {
          Objects.requireNonNull(partner, "partner");
          Objects.requireNonNull(capacity, "capacity");
          Checks.check(capacity.signum() > 0, "CapacityMeasure.capacities[" + partner + "]", capacity, "must be more than zero");
          copy.put(partner, capacity);
        });
    capacities = Collections.unmodifiableMap(copy);
  }

  /**
   * @param name what the measure is
   * @param unit the contributions' valuation unit
   * @param capacities each partner's capacity
   * @return the measure
   */
  public static CapacityMeasure of(String name, String unit, Map<PartnerId, BigDecimal> capacities) {
    return new CapacityMeasure(name, unit, capacities);
  }
}
