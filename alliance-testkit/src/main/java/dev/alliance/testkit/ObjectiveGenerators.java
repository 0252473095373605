package dev.alliance.testkit;

import static org.quicktheories.generators.SourceDSL.lists;

import dev.alliance.api.objective.Activity;
import dev.alliance.api.objective.Objective;
import dev.alliance.api.objective.Priority;
import dev.alliance.api.objective.Scope;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators for objectives, activities and scopes. */
public final class ObjectiveGenerators {
  private static final List<String> ACTIVITIES =
      List.of(
          "code sharing", "lounges", "loyalty programmes", "joint procurement", "joint exercises",
          "intelligence sharing", "research", "marketing", "standard setting", "aircraft ownership",
          "merged operations", "peacekeeping", "lobbying", "training");
  private static final List<String> REGIONS = List.of("Europe", "Asia", "Africa", "Americas", "Oceania");

  private ObjectiveGenerators() {}

  /** @return activities from a fixed vocabulary, so that scopes overlap often */
  public static Gen<Activity> activities() {
    return Generate.pick(ACTIVITIES).map(Activity::of);
  }

  /** @return valid objectives: target differs from baseline */
  public static Gen<Objective> objectives() {
    return Gens.names()
        .zip(
            Gens.nonNegativeDecimals(),
            Gens.positiveDecimals(),
            Generate.booleans(),
            (name, baseline, delta, up) ->
                Objective.builder()
                    .name(name)
                    .metric(name + " index")
                    .baseline(baseline)
                    .target(up ? baseline.add(delta) : baseline.subtract(delta)))
        .zip(
            Gens.dates(),
            Generate.enumValues(Priority.class),
            (builder, deadline, priority) -> builder.deadline(deadline).priority(priority).build())
        .describedAs(Objective::toString);
  }

  /** @return valid scopes: no activity both included and excluded */
  public static Gen<Scope> scopes() {
    return lists()
        .of(activities())
        .ofSizeBetween(0, 6)
        .zip(
            lists().of(activities()).ofSizeBetween(0, 4),
            Generate.booleans(),
            lists().of(Generate.pick(REGIONS)).ofSizeBetween(0, 3),
            (included, excluded, exclusive, regions) -> {
              Set<Activity> out = new HashSet<>(excluded);
              out.removeAll(included);
              return Scope.builder()
                  .included(included)
                  .excluded(out)
                  .exclusive(exclusive)
                  .regions(regions)
                  .build();
            })
        .describedAs(Scope::toString);
  }
}
