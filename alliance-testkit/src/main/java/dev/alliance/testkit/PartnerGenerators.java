package dev.alliance.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.alliance.api.partner.Capability;
import dev.alliance.api.partner.CulturalProfile;
import dev.alliance.api.partner.HofstedeDimension;
import dev.alliance.api.partner.Measure;
import dev.alliance.api.partner.Partner;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.partner.PartnerKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators for partners and what describes them. */
public final class PartnerGenerators {
  /** Every measure the library names, in a fixed order. */
  static final List<Measure> MEASURES =
      List.of(
          Measure.GDP,
          Measure.POPULATION,
          Measure.VOTES,
          Measure.QUOTA,
          Measure.DEFENSE_SPENDING,
          Measure.MARKET_SHARE,
          Measure.CAPABILITY_INDEX);

  private PartnerGenerators() {}

  /** @return partner identities such as {@code P7} or {@code FRA} */
  public static Gen<PartnerId> partnerIds() {
    return Generate.oneOf(
            integers().between(0, 999).map(i -> "P" + i),
            Generate.pick(List.of("FRA", "GBR", "USA", "DEU", "EGY", "HAT", "ATH", "SPA")))
        .map(PartnerId::of)
        .describedAs(PartnerId::value);
  }

  /** @return the measures the library names */
  public static Gen<Measure> measures() {
    return Generate.pick(MEASURES);
  }

  /** @return maps of measurable attributes, values never negative */
  public static Gen<Map<Measure, BigDecimal>> attributes() {
    return lists()
        .of(measures().zip(Gens.nonNegativeDecimals(), Map::entry))
        .ofSizeBetween(0, 4)
        .map(
            entries -> {
              Map<Measure, BigDecimal> map = new HashMap<>();
              entries.forEach(e -> map.put(e.getKey(), e.getValue()));
              return map;
            });
  }

  /** @return Hofstede scores in {@code [0, 120]} */
  public static Gen<Double> hofstedeScores() {
    return integers().between(0, 120).map(Integer::doubleValue);
  }

  /** @return cultural profiles with between one and six known dimensions */
  public static Gen<CulturalProfile> culturalProfiles() {
    return lists()
        .of(hofstedeScores())
        .ofSize(HofstedeDimension.values().length)
        .zip(
            Gens.nonEmptyEnumSets(HofstedeDimension.class, 6),
            (scores, dimensions) -> {
              Map<HofstedeDimension, Double> map = new EnumMap<>(HofstedeDimension.class);
              dimensions.forEach(d -> map.put(d, scores.get(d.ordinal())));
              return CulturalProfile.builder().scores(map).build();
            });
  }

  /** @return complete profiles with all four original Hofstede dimensions */
  public static Gen<CulturalProfile> fourDimensionProfiles() {
    return hofstedeScores()
        .zip(hofstedeScores(), hofstedeScores(), hofstedeScores(), CulturalProfile::of);
  }

  /** @return partners with random identities */
  public static Gen<Partner> partners() {
    return partnerIds().flatMap(PartnerGenerators::partnersWithId);
  }

  /**
   * @param id the identity to give
   * @return partners with that identity and random everything else
   */
  public static Gen<Partner> partnersWithId(PartnerId id) {
    return Gens.names()
        .zip(
            Generate.enumValues(PartnerKind.class),
            Gens.enumSets(Capability.class, 4),
            attributes(),
            (name, kind, capabilities, attributes) ->
                Partner.builder()
                    .id(id)
                    .name(name)
                    .kind(kind)
                    .capabilities(capabilities)
                    .attributes(attributes))
        .zip(culturalProfiles().toOptionals(50), (builder, profile) -> builder.culturalProfile(profile).build())
        .describedAs(p -> p.id() + " " + p.name() + " " + p.kind() + " " + p.attributes());
  }

  /**
   * @param min the fewest partners
   * @param max the most partners
   * @return lists of partners with distinct identities {@code P0, P1, ...}
   */
  public static Gen<List<Partner>> distinctPartners(int min, int max) {
    return integers()
        .between(min, max)
        .flatMap(
            n -> {
              Gen<List<Partner>> acc = Generate.constant(List.of());
              for (int i = 0; i < n; i++) {
                PartnerId id = PartnerId.of("P" + i);
                acc = acc.zip(partnersWithId(id), PartnerGenerators::append);
              }
              return acc;
            });
  }

  /**
   * @param capability the measure to set
   * @return partners that certainly carry a value for {@code capability}
   */
  public static Gen<Partner> partnersMeasuring(Measure capability) {
    return partners()
        .zip(Gens.nonNegativeDecimals(), (p, v) -> {
          Map<Measure, BigDecimal> attributes = new HashMap<>(p.attributes());
          attributes.put(capability, v);
          return p.withAttributes(attributes);
        });
  }

  private static <T> List<T> append(List<T> list, T element) {
    List<T> copy = new ArrayList<>(list);
    copy.add(element);
    return copy;
  }

}
