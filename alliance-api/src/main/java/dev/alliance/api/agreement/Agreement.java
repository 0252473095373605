package dev.alliance.api.agreement;

import dev.alliance.api.Checks;
import dev.alliance.api.typology.Formality;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The agreement that founds an alliance: its title, formality, signing date and clauses. An
 * agreement under negotiation may lack clauses; {@link #missingEssentialClauses()} lists the
 * essential ones still missing.
 *
 * <pre>{@code
 * Agreement draft = Agreement.builder()
 *     .title("Treaty of Kadesh")
 *     .formality(Formality.TREATY)
 *     .purpose(new PurposeClause("Eternal peace and brotherhood between Egypt and Hatti"))
 *     .build();
 * draft.missingEssentialClauses(); // [GOVERNANCE, RESOURCE_COMMITMENTS, ...]
 * }</pre>
 */
@Value.Immutable
public abstract class Agreement implements WithAgreement {
  Agreement() {}

  /** @return the agreement's title; not blank */
  public abstract String title();

  /** @return how formal the instrument is */
  public abstract Formality formality();

  /** @return the day it was signed, once it has been */
  public abstract Optional<LocalDate> signedOn();

  /** @return the purpose clause */
  public abstract Optional<PurposeClause> purpose();

  /** @return the governance clause */
  public abstract Optional<GovernanceClause> governance();

  /** @return the resource-commitment clause */
  public abstract Optional<ResourceClause> resources();

  /** @return the intellectual-property clause */
  public abstract Optional<IntellectualPropertyClause> intellectualProperty();

  /** @return the exit clause */
  public abstract Optional<ExitClause> exit();

  /** @return the dispute-resolution clause */
  public abstract Optional<DisputeResolutionClause> disputeResolution();

  /** @return the review clause */
  public abstract Optional<ReviewClause> review();

  /** @return the succession clause (optional) */
  public abstract Optional<SuccessionClause> succession();

  /** @return the collective-defense clause (optional) */
  public abstract Optional<CollectiveDefenseClause> collectiveDefense();

  /** @return the kinds of clause the agreement contains */
  public Set<ClauseKind> clauses() {
    Set<ClauseKind> present = EnumSet.noneOf(ClauseKind.class);
    for (ClauseKind kind : ClauseKind.values()) {
      if (hasClause(kind)) {
        present.add(kind);
      }
    }
    return present;
  }

  /**
   * @param kind a kind of clause
   * @return true when the agreement contains it
   */
  public boolean hasClause(ClauseKind kind) {
    return switch (kind) {
      case PURPOSE -> purpose().isPresent();
      case GOVERNANCE -> governance().isPresent();
      case RESOURCE_COMMITMENTS -> resources().isPresent();
      case INTELLECTUAL_PROPERTY -> intellectualProperty().isPresent();
      case EXIT -> exit().isPresent();
      case DISPUTE_RESOLUTION -> disputeResolution().isPresent();
      case REVIEW -> review().isPresent();
      case SUCCESSION -> succession().isPresent();
      case COLLECTIVE_DEFENSE -> collectiveDefense().isPresent();
    };
  }

  /** @return the essential clauses the agreement still lacks, in {@link ClauseKind} order */
  public Set<ClauseKind> missingEssentialClauses() {
    Set<ClauseKind> missing = EnumSet.noneOf(ClauseKind.class);
    for (ClauseKind kind : ClauseKind.values()) {
      if (kind.isEssential() && !hasClause(kind)) {
        missing.add(kind);
      }
    }
    return missing;
  }

  /** @return true when no essential clause is missing */
  public boolean isComplete() {
    return missingEssentialClauses().isEmpty();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Agreement}. */
  public static final class Builder extends ImmutableAgreement.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank("Agreement.title", title());
  }
}
