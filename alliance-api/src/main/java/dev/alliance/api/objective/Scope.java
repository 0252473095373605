package dev.alliance.api.objective;

import dev.alliance.api.Checks;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * What an alliance does and does not do: included and explicitly excluded activities, whether the
 * partners are exclusive to each other within that scope, and the regions it covers.
 *
 * <pre>{@code
 * Scope starAlliance = Scope.builder()
 *     .addIncluded(Activity.of("route networks"), Activity.of("loyalty programmes"), Activity.of("lounges"))
 *     .addExcluded(Activity.of("joint aircraft ownership"), Activity.of("merged operations"))
 *     .build();
 * starAlliance.assess(Activity.of("lounges")); // IN_SCOPE
 * starAlliance.assess(Activity.of("merged operations")); // EXCLUDED
 * starAlliance.assess(Activity.of("hotel chains")); // MISSION_CREEP
 * }</pre>
 */
@Value.Immutable
public abstract class Scope implements WithScope {
  Scope() {}

  /** @return the activities the alliance undertakes */
  public abstract Set<Activity> included();

  /** @return the activities the partners explicitly keep out of the alliance */
  public abstract Set<Activity> excluded();

  /**
   * @return true when partners may not undertake in-scope activities with others (exclusivity);
   *     false by default
   */
  @Value.Default
  public boolean isExclusive() {
    return false;
  }

  /**
   * @return the regions the alliance covers, compared ignoring case; empty means no geographic
   *     limit
   */
  public abstract Set<String> regions();

  /**
   * Judges an activity without regard to place.
   *
   * @param activity the activity
   * @return {@link ScopeVerdict#EXCLUDED}, {@link ScopeVerdict#IN_SCOPE} or {@link
   *     ScopeVerdict#MISSION_CREEP}
   */
  public ScopeVerdict assess(Activity activity) {
    return assess(activity, Optional.empty());
  }

  /**
   * Judges an activity in a region.
   *
   * @param activity the activity
   * @param region where it would take place, when known
   * @return the verdict; exclusion is reported before geography, geography before inclusion
   */
  public ScopeVerdict assess(Activity activity, Optional<String> region) {
    if (excluded().contains(activity)) {
      return ScopeVerdict.EXCLUDED;
    }
    if (!included().contains(activity)) {
      return ScopeVerdict.MISSION_CREEP;
    }
    if (region.isPresent() && !regions().isEmpty() && !coversRegion(region.get())) {
      return ScopeVerdict.OUTSIDE_GEOGRAPHY;
    }
    return ScopeVerdict.IN_SCOPE;
  }

  /**
   * Tells whether an activity is in scope, wherever it takes place.
   *
   * @param activity the activity's name
   * @return true when it is included and not excluded
   */
  public boolean covers(String activity) {
    return assess(Activity.of(activity)).isAllowed();
  }

  private boolean coversRegion(String region) {
    String wanted = region.strip().toLowerCase(Locale.ROOT);
    return regions().stream().anyMatch(r -> r.strip().toLowerCase(Locale.ROOT).equals(wanted));
  }

  /** @return a scope that includes nothing yet and has no limits */
  public static Scope empty() {
    return builder().build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Scope}. */
  public static final class Builder extends ImmutableScope.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Set<Activity> both =
        included().stream().filter(excluded()::contains).collect(Collectors.toCollection(TreeSet::new));
    Checks.check(
        both.isEmpty(), "Scope.excluded", both, "an activity cannot be both included and excluded");
    regions().forEach(region -> Checks.notBlank("Scope.regions", region));
  }
}
