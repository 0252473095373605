package dev.alliance.api.partner;

import dev.alliance.api.Checks;
import java.util.Objects;

/**
 * The name of a measurable attribute of a partner, used by decision rules (votes, population),
 * cost-sharing formulas (GDP) and scores (market share). The common ones are constants; any other
 * name may be used.
 *
 * @param name the attribute's name; not blank
 */
public record Measure(String name) {
  /** Gross domestic product, in a currency the caller chooses consistently. */
  public static final Measure GDP = new Measure("GDP");
  /** Population, in persons. */
  public static final Measure POPULATION = new Measure("population");
  /** Votes held in a body that votes by weight. */
  public static final Measure VOTES = new Measure("votes");
  /** A quota, such as an IMF quota, that sets votes and contributions. */
  public static final Measure QUOTA = new Measure("quota");
  /** Defense spending, in the same currency as {@link #GDP}. */
  public static final Measure DEFENSE_SPENDING = new Measure("defense spending");
  /** Market share, as a fraction of a market. */
  public static final Measure MARKET_SHARE = new Measure("market share");
  /** Gross national income, the UN scale of assessments' measure of capacity to pay. */
  public static final Measure GNI = new Measure("GNI");
  /** The benefit a partner expects from the alliance, as cost-sharing formulas may weigh it. */
  public static final Measure ANTICIPATED_BENEFIT = new Measure("anticipated benefit");
  /** A composite index of national capability, such as the Correlates of War CINC score. */
  public static final Measure CAPABILITY_INDEX = new Measure("capability index");

  /** Validates the name. */
  public Measure {
    Objects.requireNonNull(name, "name");
    Checks.notBlank("Measure.name", name);
  }

  /**
   * Returns the measure with this name.
   *
   * @param name the name
   * @return the measure
   */
  public static Measure of(String name) {
    return new Measure(name);
  }

  @Override
  public String toString() {
    return name;
  }
}
