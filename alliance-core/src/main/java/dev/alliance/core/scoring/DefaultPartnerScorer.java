package dev.alliance.core.scoring;

import dev.alliance.api.Checks;
import dev.alliance.api.partner.Capability;
import dev.alliance.api.partner.CulturalProfile;
import dev.alliance.api.partner.Partner;
import dev.alliance.api.scoring.Candidate;
import dev.alliance.api.scoring.PartnerSearch;
import dev.alliance.api.scoring.Score;
import dev.alliance.api.scoring.ScoreComponent;
import dev.alliance.api.scoring.TrackRecord;
import dev.alliance.spi.scoring.PartnerScorer;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The default partner-fit scorer: the weighted mean of four components, each in {@code [0, 1]}.
 *
 * <ol>
 *   <li><b>{@value #COMPLEMENTARITY}</b>: the share of the capabilities the alliance lacks ({@link
 *       PartnerSearch#lacking()}) that the candidate brings. Bringing what members already have
 *       counts for nothing. Unscored when nothing is lacking.
 *   <li><b>{@value #ALIGNMENT}</b>: one minus the mean absolute gap between the alliance's and the
 *       candidate's positions on the values both state. Unscored when they state none in common.
 *   <li><b>{@value #REPUTATION}</b>: the mean of the beta posterior over honored commitments,
 *       {@code (honored + 1) / (honored + breached + 2)} (Laplace's rule of succession, as in
 *       Jøsang and Ismail's beta reputation system, 2002): 0.5 with no history, rising with each
 *       commitment kept and falling with each broken. Always scored.
 *   <li><b>{@value #CULTURE}</b>: {@code 1 / (1 + CD)}, where CD is the mean {@linkplain KogutSingh
 *       Kogut-Singh index} between the candidate and each member with a cultural profile, over the
 *       search's variances. 1 for identical cultures, falling toward 0 as distance grows. Unscored
 *       when the candidate or every member lacks a profile, or no variance applies.
 * </ol>
 *
 * <p>Default weights: complementarity 0.35, value alignment 0.25, reputation 0.25, cultural
 * closeness 0.15. They are a judgement, not a published standard: what a partner brings is the
 * reason to ally, values and reputation decide whether the partnership holds, and cultural distance
 * can be managed. {@link #withWeights} sets others. Unscored components take no part (see {@link
 * Score}).
 *
 * <pre>{@code
 * Score fit = new DefaultPartnerScorer().score(search, candidate);
 * fit.describe();
 * // 0.591 = 0.35 x capability complementarity 0.5 + 0.25 x value alignment 0.8
 * //       + 0.25 x reputation 0.667 + 0.15 x cultural closeness 0.331
 * }</pre>
 */
public final class DefaultPartnerScorer implements PartnerScorer {
  /** The name to choose this scorer by. */
  public static final String NAME = "default";
  /** The name of the capability component. */
  public static final String COMPLEMENTARITY = "capability complementarity";
  /** The name of the value component. */
  public static final String ALIGNMENT = "value alignment";
  /** The name of the track-record component. */
  public static final String REPUTATION = "reputation";
  /** The name of the cultural component. */
  public static final String CULTURE = "cultural closeness";

  private final double complementarity;
  private final double alignment;
  private final double reputation;
  private final double culture;

  /** A scorer with the default weights. */
  public DefaultPartnerScorer() {
    this(0.35, 0.25, 0.25, 0.15);
  }

  private DefaultPartnerScorer(double complementarity, double alignment, double reputation, double culture) {
    this.complementarity = positive("complementarity", complementarity);
    this.alignment = positive("alignment", alignment);
    this.reputation = positive("reputation", reputation);
    this.culture = positive("culture", culture);
  }

  private static double positive(String field, double weight) {
    Checks.check(Double.isFinite(weight) && weight > 0, "DefaultPartnerScorer." + field, weight, "must be a positive number");
    return weight;
  }

  /**
   * @param complementarity the weight of capability complementarity
   * @param alignment the weight of value alignment
   * @param reputation the weight of reputation
   * @param culture the weight of cultural closeness
   * @return a scorer with these weights, each positive
   */
  public static DefaultPartnerScorer withWeights(double complementarity, double alignment, double reputation, double culture) {
    return new DefaultPartnerScorer(complementarity, alignment, reputation, culture);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public int priority() {
    return 0;
  }

  @Override
  public Score score(PartnerSearch search, Candidate candidate) {
    Objects.requireNonNull(search, "search");
    Objects.requireNonNull(candidate, "candidate");
    return Score.of(
        List.of(
            complementarity(search.lacking(), candidate.partner()),
            alignment(search.valuePositions(), candidate.valuePositions()),
            reputation(candidate.trackRecord()),
            culture(search, candidate.partner())));
  }

  private ScoreComponent complementarity(Set<Capability> lacking, Partner partner) {
    if (lacking.isEmpty()) {
      return ScoreComponent.unscored(COMPLEMENTARITY, complementarity, "the members already bring every capability wanted");
    }
    StringBuilder brought = new StringBuilder();
    int count = 0;
    for (Capability capability : lacking) {
      if (partner.hasCapability(capability)) {
        brought.append(count++ == 0 ? ": " : ", ").append(capability);
      }
    }
    return ScoreComponent.scored(
        COMPLEMENTARITY,
        (double) count / lacking.size(),
        complementarity,
        "brings " + count + " of " + lacking.size() + " lacking capabilities" + brought);
  }

  private ScoreComponent alignment(Map<String, Double> ours, Map<String, Double> theirs) {
    double gaps = 0;
    int shared = 0;
    for (Map.Entry<String, Double> position : ours.entrySet()) {
      Double other = theirs.get(position.getKey());
      if (other != null) {
        gaps += Math.abs(position.getValue() - other);
        shared++;
      }
    }
    if (shared == 0) {
      return ScoreComponent.unscored(ALIGNMENT, alignment, "no value stated by both sides");
    }
    double gap = gaps / shared;
    return ScoreComponent.scored(
        ALIGNMENT, Math.max(0.0, 1.0 - gap), alignment, "mean gap " + round(gap) + " over " + shared + " shared value" + (shared == 1 ? "" : "s"));
  }

  private ScoreComponent reputation(TrackRecord record) {
    double value = (record.honored() + 1.0) / (record.total() + 2.0);
    String basis =
        record.total() == 0
            ? "no track record: (0 + 1) / (0 + 2)"
            : record.honored() + " of " + record.total() + " commitments honored: (" + record.honored() + " + 1) / (" + record.total() + " + 2)";
    return ScoreComponent.scored(REPUTATION, value, reputation, basis);
  }

  private ScoreComponent culture(PartnerSearch search, Partner partner) {
    if (partner.culturalProfile().isEmpty()) {
      return ScoreComponent.unscored(CULTURE, culture, "no cultural profile for " + partner.id());
    }
    CulturalProfile theirs = partner.culturalProfile().get();
    double sum = 0;
    int compared = 0;
    for (Partner member : search.members()) {
      if (member.culturalProfile().isPresent()) {
        OptionalDouble index = KogutSingh.index(theirs, member.culturalProfile().get(), search.culturalVariances());
        if (index.isPresent()) {
          sum += index.getAsDouble();
          compared++;
        }
      }
    }
    if (compared == 0) {
      return ScoreComponent.unscored(CULTURE, culture, "no member profile shares a dimension with a known variance");
    }
    double distance = sum / compared;
    return ScoreComponent.scored(
        CULTURE,
        1.0 / (1.0 + distance),
        culture,
        "Kogut-Singh distance " + round(distance) + ", mean over " + compared + " member" + (compared == 1 ? "" : "s") + "; 1 / (1 + distance)");
  }

  /**
   * @param x a finite number
   * @return x rounded to three decimals, without trailing zeros ("1.5", "0.333", "2")
   */
  static String round(double x) {
    // Formatting through long arithmetic: Double.toString is slow on Java 17, and a ranking of
    // 100,000 candidates writes a few hundred thousand of these.
    long thousandths = Math.round(x * 1000);
    StringBuilder text = new StringBuilder(12);
    if (thousandths < 0) {
      text.append('-');
      thousandths = -thousandths;
    }
    text.append(thousandths / 1000);
    int fraction = (int) (thousandths % 1000);
    if (fraction != 0) {
      text.append('.');
      String digits = Integer.toString(1000 + fraction).substring(1);
      int end = digits.length();
      while (digits.charAt(end - 1) == '0') {
        end--;
      }
      text.append(digits, 0, end);
    }
    return text.toString();
  }
}
