package dev.alliance.core.scoring;

import dev.alliance.api.partner.CulturalProfile;
import dev.alliance.api.partner.HofstedeDimension;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The Kogut-Singh index of cultural distance (Kogut, B. and Singh, H. 1988, "The effect of national
 * culture on the choice of entry mode", Journal of International Business Studies 19(3): 411-432):
 *
 * <pre>
 *   CD = Σᵢ ((Iᵢⱼ − Iᵢᵤ)² / Vᵢ) / n
 * </pre>
 *
 * over the n Hofstede dimensions i known for both cultures j and u, where Vᵢ is the variance of
 * dimension i over a reference set of cultures. Kogut and Singh used the four original dimensions
 * and the variance over the countries of their sample; here the variances are an input ({@link
 * #variances} computes them from any reference set), and any dimensions known for both profiles
 * and given a variance take part.
 *
 * <pre>{@code
 * Map<HofstedeDimension, Double> v = Map.of(POWER_DISTANCE, 100.0, INDIVIDUALISM, 400.0);
 * KogutSingh.index(profile(50, 60), profile(40, 80), v); // ((10² / 100) + (20² / 400)) / 2 = 1.0
 * }</pre>
 */
public final class KogutSingh {
  private KogutSingh() {}

  /**
   * @param a one culture
   * @param b the other
   * @param variances the variance of each dimension over the reference set; positive
   * @return the index, or empty when no dimension is known for both and has a variance
   */
  public static OptionalDouble index(CulturalProfile a, CulturalProfile b, Map<HofstedeDimension, Double> variances) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(variances, "variances");
    double sum = 0;
    int n = 0;
    for (Map.Entry<HofstedeDimension, Double> scoreA : a.scores().entrySet()) {
      Double scoreB = b.scores().get(scoreA.getKey());
      Double variance = variances.get(scoreA.getKey());
      if (scoreB != null && variance != null && variance > 0) {
        double d = scoreA.getValue() - scoreB;
        sum += d * d / variance;
        n++;
      }
    }
    return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / n);
  }

  /**
   * The sample variance (dividing by n − 1) of each dimension over a reference set of cultures.
   * Dimensions scored for fewer than two profiles, or on which all profiles agree, have no
   * variance and are left out. Dividing by n instead would scale every index by the same factor
   * and change no ranking.
   *
   * @param profiles the reference set
   * @return the variances
   */
  public static Map<HofstedeDimension, Double> variances(Collection<CulturalProfile> profiles) {
    Map<HofstedeDimension, Double> variances = new EnumMap<>(HofstedeDimension.class);
    for (HofstedeDimension dimension : HofstedeDimension.values()) {
      int n = 0;
      double mean = 0;
      double m2 = 0;
      for (CulturalProfile profile : profiles) {
        Double score = profile.scores().get(dimension);
        if (score != null) {
          // Welford's update: stable for any number of profiles.
          n++;
          double delta = score - mean;
          mean += delta / n;
          m2 += delta * (score - mean);
        }
      }
      if (n >= 2 && m2 > 0) {
        variances.put(dimension, m2 / (n - 1));
      }
    }
    return variances;
  }
}
