package dev.alliance.api.typology;

import dev.alliance.api.Checks;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The chosen dimensions of an alliance's typology. Structure and power symmetry are not here:
 * they are derived from the membership (see {@link Structure} and {@link PowerSymmetry}).
 *
 * <pre>{@code
 * Typology nato = Typology.builder()
 *     .addPurposes(Purpose.DEFENSIVE)
 *     .governanceStyle(GovernanceStyle.HYBRID)
 *     .duration(Lifespan.permanent())
 *     .formality(Formality.TREATY)
 *     .form(Form.INTERGOVERNMENTAL_ORGANIZATION)
 *     .addMotivations(Motivation.SHARED_THREAT)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Typology implements WithTypology {
  Typology() {}

  /** @return what the alliance is for; at least one purpose */
  public abstract Set<Purpose> purposes();

  /** @return how authority is distributed */
  public abstract GovernanceStyle governanceStyle();

  /** @return permanent, or ad hoc with its end condition */
  public abstract Lifespan duration();

  /** @return how formal the founding instrument is */
  public abstract Formality formality();

  /** @return the organizational form */
  public abstract Form form();

  /** @return why the partners ally; may be empty when unrecorded */
  public abstract Set<Motivation> motivations();

  /**
   * Tells whether the alliance serves a purpose.
   *
   * @param purpose the purpose
   * @return true when it is one of the alliance's purposes
   */
  public boolean hasPurpose(Purpose purpose) {
    return purposes().contains(purpose);
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Typology}. */
  public static final class Builder extends ImmutableTypology.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notEmpty("Typology.purposes", purposes());
  }
}
