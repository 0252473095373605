package dev.alliance.api.agreement;

import dev.alliance.api.Checks;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.typology.Formality;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
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

  /**
   * The obligations the parties undertake (defense, offense, neutrality, non-aggression,
   * consultation), each with whom it binds and under which conditions. Two clauses of the same
   * obligation never bind the same party: a party's promise of each kind is stated once.
   *
   * @return the obligation clauses, in treaty order; empty for an agreement that imposes none
   */
  public abstract List<ObligationClause> obligations();

  /** @return how far the agreement builds standing institutions, when known */
  public abstract Optional<Institutionalization> institutionalization();

  /**
   * @param obligation an obligation
   * @return true when at least one clause imposes it on someone
   */
  public boolean hasObligation(Obligation obligation) {
    return obligations().stream().anyMatch(c -> c.obligation() == obligation);
  }

  /**
   * @param party a party
   * @return the clauses that bind it, in treaty order
   */
  public List<ObligationClause> obligationsOf(PartnerId party) {
    List<ObligationClause> bound = new ArrayList<>();
    for (ObligationClause clause : obligations()) {
      if (clause.binds(party)) {
        bound.add(clause);
      }
    }
    return bound;
  }

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
    List<ObligationClause> clauses = obligations();
    for (int i = 0; i < clauses.size(); i++) {
      for (int j = 0; j < i; j++) {
        ObligationClause earlier = clauses.get(j);
        ObligationClause later = clauses.get(i);
        if (earlier.obligation() != later.obligation()) {
          continue;
        }
        boolean overlap =
            earlier.bindsEveryParty()
                || later.bindsEveryParty()
                || earlier.parties().stream().anyMatch(later.parties()::contains);
        Checks.check(
            !overlap,
            "Agreement.obligations[" + i + "]",
            later,
            "binds a party that obligations[" + j + "] already binds to " + later.obligation());
      }
    }
  }
}
