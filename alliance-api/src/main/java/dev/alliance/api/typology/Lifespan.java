package dev.alliance.api.typology;

import dev.alliance.api.Checks;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The duration dimension of the typology: an alliance is either permanent, or ad hoc and ends when
 * its mission is done (its core objectives are met) or a date passes.
 *
 * <p>Named {@code Lifespan} rather than {@code Duration} so that it never clashes with {@link
 * java.time.Duration} in user code.
 *
 * <pre>{@code
 * Lifespan natoLike = Lifespan.permanent();
 * Lifespan gulfWar = Lifespan.adHoc("Liberate Kuwait", Optional.empty(), true);
 * }</pre>
 */
public sealed interface Lifespan permits Lifespan.Permanent, Lifespan.AdHoc {

  /** @return true for an ad hoc, task-specific alliance */
  boolean isAdHoc();

  /** @return the permanent lifespan */
  static Lifespan permanent() {
    return Permanent.INSTANCE;
  }

  /**
   * Creates an ad hoc lifespan.
   *
   * @param mission the task the alliance exists for
   * @param endsOn the last day of the alliance, when fixed in advance
   * @param endsWhenCoreObjectivesMet whether meeting every core objective ends the alliance
   * @return the lifespan
   */
  static Lifespan adHoc(String mission, Optional<LocalDate> endsOn, boolean endsWhenCoreObjectivesMet) {
    return new AdHoc(mission, endsOn, endsWhenCoreObjectivesMet);
  }

  /** An alliance meant to last with no planned end. */
  enum Permanent implements Lifespan {
    /** The only instance. */
    INSTANCE;

    @Override
    public boolean isAdHoc() {
      return false;
    }
  }

  /**
   * A task-specific alliance with its end condition. At least one end condition must be set: an
   * end date, or completion of its core objectives.
   *
   * @param mission the task the alliance exists for; not blank
   * @param endsOn the last day, when fixed in advance
   * @param endsWhenCoreObjectivesMet whether meeting every core objective ends the alliance
   */
  record AdHoc(String mission, Optional<LocalDate> endsOn, boolean endsWhenCoreObjectivesMet)
      implements Lifespan {

    /** Validates the end condition. */
    public AdHoc {
      Objects.requireNonNull(mission, "mission");
      Objects.requireNonNull(endsOn, "endsOn");
      Checks.notBlank("AdHoc.mission", mission);
      Checks.check(
          endsOn.isPresent() || endsWhenCoreObjectivesMet,
          "AdHoc.endsWhenCoreObjectivesMet",
          false,
          "an ad hoc alliance needs an end condition: an end date or completion of its core objectives");
    }

    @Override
    public boolean isAdHoc() {
      return true;
    }
  }
}
