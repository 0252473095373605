package dev.alliance.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.api.partner.CulturalProfile;
import dev.alliance.api.partner.HofstedeDimension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Kogut-Singh index, CD = Σᵢ ((Iᵢⱼ − Iᵢᵤ)² / Vᵢ) / n (Kogut and Singh 1988, Journal of
 * International Business Studies 19(3): 411-432), checked against a case computed by hand.
 *
 * <p>Profiles (power distance, individualism, masculinity, uncertainty avoidance), as Hofstede's
 * country scores are commonly reported: France 68, 71, 43, 86; Germany 35, 67, 66, 65; Britain 35,
 * 89, 66, 35; Spain 57, 51, 42, 86. The hand computation does not depend on their provenance.
 *
 * <p>Sample variances over the four: PDI mean 48.75, squared deviations 370.5625 + 189.0625 +
 * 189.0625 + 68.0625 = 816.75, / 3 = 272.25; IDV mean 69.5, 2.25 + 6.25 + 380.25 + 342.25 = 731, /
 * 3 = 243.667; MAS mean 54.25, 126.5625 + 138.0625 + 138.0625 + 150.0625 = 552.75, / 3 = 184.25;
 * UAI mean 68, 324 + 9 + 1089 + 324 = 1746, / 3 = 582.
 *
 * <p>France to Germany: (33² / 272.25 + 4² / 243.667 + 23² / 184.25 + 21² / 582) / 4 = (4 +
 * 0.065663 + 2.871099 + 0.757732) / 4 = 1.923624.
 */
class KogutSinghTest {
  static final CulturalProfile FRANCE = CulturalProfile.of(68, 71, 43, 86);
  static final CulturalProfile GERMANY = CulturalProfile.of(35, 67, 66, 65);
  static final CulturalProfile BRITAIN = CulturalProfile.of(35, 89, 66, 35);
  static final CulturalProfile SPAIN = CulturalProfile.of(57, 51, 42, 86);

  @Test
  void variancesAreTheSampleVariancesOfTheReferenceSet() {
    Map<HofstedeDimension, Double> v = KogutSingh.variances(List.of(FRANCE, GERMANY, BRITAIN, SPAIN));
    assertEquals(272.25, v.get(HofstedeDimension.POWER_DISTANCE), 1e-9);
    assertEquals(731.0 / 3, v.get(HofstedeDimension.INDIVIDUALISM), 1e-9);
    assertEquals(184.25, v.get(HofstedeDimension.MASCULINITY), 1e-9);
    assertEquals(582.0, v.get(HofstedeDimension.UNCERTAINTY_AVOIDANCE), 1e-9);
    assertEquals(4, v.size(), "no variance for dimensions nobody scored");
  }

  @Test
  void franceToGermanyMatchesTheHandComputation() {
    Map<HofstedeDimension, Double> v = KogutSingh.variances(List.of(FRANCE, GERMANY, BRITAIN, SPAIN));
    assertEquals(1.923624, KogutSingh.index(FRANCE, GERMANY, v).getAsDouble(), 1e-6);
    assertEquals(KogutSingh.index(GERMANY, FRANCE, v).getAsDouble(), KogutSingh.index(FRANCE, GERMANY, v).getAsDouble(), 1e-12);
    assertEquals(0.0, KogutSingh.index(SPAIN, SPAIN, v).getAsDouble());
  }

  @Test
  void theJavadocExampleHolds() {
    CulturalProfile a = CulturalProfile.builder().putScores(HofstedeDimension.POWER_DISTANCE, 50.0).putScores(HofstedeDimension.INDIVIDUALISM, 60.0).build();
    CulturalProfile b = CulturalProfile.builder().putScores(HofstedeDimension.POWER_DISTANCE, 40.0).putScores(HofstedeDimension.INDIVIDUALISM, 80.0).build();
    Map<HofstedeDimension, Double> v = Map.of(HofstedeDimension.POWER_DISTANCE, 100.0, HofstedeDimension.INDIVIDUALISM, 400.0);
    assertEquals(1.0, KogutSingh.index(a, b, v).getAsDouble(), 1e-12);
  }

  @Test
  void onlyDimensionsKnownToBothAndGivenAVarianceCount() {
    CulturalProfile partial = CulturalProfile.builder().putScores(HofstedeDimension.POWER_DISTANCE, 35.0).putScores(HofstedeDimension.LONG_TERM_ORIENTATION, 83.0).build();
    Map<HofstedeDimension, Double> v = Map.of(HofstedeDimension.POWER_DISTANCE, 272.25);
    assertEquals(33.0 * 33.0 / 272.25, KogutSingh.index(FRANCE, partial, v).getAsDouble(), 1e-12);
    assertTrue(KogutSingh.index(FRANCE, partial, Map.of()).isEmpty());
    assertTrue(KogutSingh.variances(List.of(FRANCE)).isEmpty(), "one profile has no variance");
  }
}
