package dev.alliance.api.partner;

import dev.alliance.api.Checks;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A state, firm, NGO, intergovernmental organization or individual that can take part in
 * alliances: its identity, kind, capabilities, measurable attributes and cultural profile.
 *
 * <pre>{@code
 * Partner hatti = Partner.of(PartnerId.of("HAT"), "Hittite Empire", PartnerKind.STATE);
 * Partner richer = hatti.withAttributes(Map.of(Measure.POPULATION, new BigDecimal("2000000")));
 * }</pre>
 */
@Value.Immutable
public abstract class Partner implements WithPartner {
  Partner() {}

  /** @return the partner's identity */
  public abstract PartnerId id();

  /** @return the partner's display name; not blank */
  public abstract String name();

  /** @return what kind of entity the partner is */
  public abstract PartnerKind kind();

  /** @return what the partner can bring */
  public abstract Set<Capability> capabilities();

  /** @return measurable attributes such as GDP or population; never negative */
  public abstract Map<Measure, BigDecimal> attributes();

  /** @return the cultural profile, when known */
  public abstract Optional<CulturalProfile> culturalProfile();

  /**
   * Returns one measurable attribute.
   *
   * @param measure the attribute
   * @return its value, or empty when not recorded
   */
  public Optional<BigDecimal> attribute(Measure measure) {
    return Optional.ofNullable(attributes().get(measure));
  }

  /**
   * Tells whether the partner brings a capability.
   *
   * @param capability the capability
   * @return true when it does
   */
  public boolean hasCapability(Capability capability) {
    return capabilities().contains(capability);
  }

  /**
   * Creates a partner with no capabilities, attributes or profile recorded yet.
   *
   * @param id the identity
   * @param name the display name
   * @param kind the kind of entity
   * @return the partner
   */
  public static Partner of(PartnerId id, String name, PartnerKind kind) {
    return builder().id(id).name(name).kind(kind).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Partner}. */
  public static final class Builder extends ImmutablePartner.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank("Partner.name", name());
    attributes().forEach((measure, value) -> Checks.nonNegative("Partner.attributes[" + measure + "]", value));
  }
}
