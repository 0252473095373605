package dev.alliance.testkit;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.alliance.api.partner.Capability;
import dev.alliance.api.partner.HofstedeDimension;
import dev.alliance.api.partner.Partner;
import dev.alliance.api.scoring.Candidate;
import dev.alliance.api.scoring.HealthIndicators;
import dev.alliance.api.scoring.PartnerSearch;
import dev.alliance.api.scoring.ScoreComponent;
import dev.alliance.api.scoring.TrackRecord;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators for the scoring values: track records, value positions, candidates, partner searches,
 * health indicators and score components.
 *
 * <pre>{@code
 * qt().forAll(ScoringGenerators.searches(), ScoringGenerators.candidates())
 *     .check((search, candidate) -> scorer.score(search, candidate).value() <= 1);
 * }</pre>
 */
public final class ScoringGenerators {
  /** The value names that searches and candidates draw their positions from. */
  public static final List<String> VALUES = List.of("openness", "state ownership", "sustainability", "secrecy");

  private ScoringGenerators() {}

  /** @return fractions in {@code [0, 1]}, in steps of a thousandth */
  public static Gen<Double> fractions() {
    return integers().between(0, 1000).map(i -> i / 1000.0);
  }

  /** @return track records of up to 50 honored and 50 breached commitments */
  public static Gen<TrackRecord> trackRecords() {
    return integers().between(0, 50).zip(integers().between(0, 50), TrackRecord::new);
  }

  /** @return positions on some of {@link #VALUES} */
  public static Gen<Map<String, Double>> valuePositions() {
    return lists()
        .of(fractions())
        .ofSize(VALUES.size())
        .zip(
            Gens.enumSets(Which.class, VALUES.size()),
            (positions, which) -> {
              Map<String, Double> map = new LinkedHashMap<>();
              which.forEach(w -> map.put(VALUES.get(w.ordinal()), positions.get(w.ordinal())));
              return map;
            });
  }

  /** @return candidates: random partners with random track records and value positions */
  public static Gen<Candidate> candidates() {
    return PartnerGenerators.partners().zip(trackRecords(), valuePositions(), Candidate::new).describedAs(Candidate::toString);
  }

  /** @return variances for the four original Hofstede dimensions, from 10 to 1,000 */
  public static Gen<Map<HofstedeDimension, Double>> variances() {
    Gen<Double> variance = integers().between(10, 1000).map(Integer::doubleValue);
    return variance.zip(
        variance,
        variance,
        variance,
        (pd, idv, mas, uai) -> {
          Map<HofstedeDimension, Double> map = new EnumMap<>(HofstedeDimension.class);
          map.put(HofstedeDimension.POWER_DISTANCE, pd);
          map.put(HofstedeDimension.INDIVIDUALISM, idv);
          map.put(HofstedeDimension.MASCULINITY, mas);
          map.put(HofstedeDimension.UNCERTAINTY_AVOIDANCE, uai);
          return map;
        });
  }

  /** @return searches by zero to four members, with needs, values and variances */
  public static Gen<PartnerSearch> searches() {
    Gen<List<Partner>> members = PartnerGenerators.distinctPartners(0, 4);
    return members
        .zip(
            Gens.enumSets(Capability.class, 4),
            valuePositions(),
            variances(),
            (partners, needs, values, variances) ->
                PartnerSearch.builder().members(partners).needs(needs).valuePositions(values).culturalVariances(variances).build())
        .describedAs(PartnerSearch::toString);
  }

  /** @return health indicators with each optional figure present four times in five */
  public static Gen<HealthIndicators> healthIndicators() {
    Gen<OptionalDouble> figure = fractions().toOptionals(80).map(o -> o.map(OptionalDouble::of).orElse(OptionalDouble.empty()));
    return figure
        .zip(
            figure,
            figure,
            figure,
            (fulfillment, inequity, progress, trust) ->
                HealthIndicators.builder().fulfillment(fulfillment).burdenInequity(inequity).objectiveProgress(progress).trust(trust))
        .zip(integers().between(0, 20), (builder, disputes) -> builder.openDisputes(disputes).build())
        .describedAs(HealthIndicators::toString);
  }

  /** @return score components, scored four times in five, with weights from 0 to 10 */
  public static Gen<ScoreComponent> components(String name) {
    return fractions()
        .toOptionals(80)
        .zip(
            doubles().between(0, 10),
            (value, weight) ->
                value.isPresent()
                    ? ScoreComponent.scored(name, value.get(), weight, "generated")
                    : ScoreComponent.unscored(name, weight, "generated"));
  }

  /** Picks value names by position. */
  private enum Which {
    FIRST,
    SECOND,
    THIRD,
    FOURTH
  }

  /** @return a generator that picks one of {@link #VALUES} */
  public static Gen<String> valueNames() {
    return Generate.pick(VALUES);
  }
}
