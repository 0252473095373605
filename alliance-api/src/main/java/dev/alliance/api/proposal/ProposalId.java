package dev.alliance.api.proposal;

import dev.alliance.api.Checks;
import dev.alliance.api.governance.DecisionReference;
import java.util.Objects;

/**
 * The identity of a proposal within its alliance's stream. Once the proposal is adopted, its
 * identity is also the reference under which acts cite the decision: {@link #toReference()}.
 *
 * <pre>{@code
 * ProposalId id = ProposalId.of("admit-swe");
 * new AdmitMember(nato, PartnerId.of("SWE"), id.toReference(), LocalDate.of(2024, 3, 7));
 * }</pre>
 *
 * @param value the identity; not blank, at most 256 characters, no surrounding whitespace (the
 *     rules of a {@link DecisionReference}, so that every proposal can be cited)
 */
public record ProposalId(String value) {

  /** Validates the identity. */
  public ProposalId {
    Objects.requireNonNull(value, "value");
    Checks.notBlank("ProposalId.value", value);
    Checks.check(value.strip().equals(value), "ProposalId.value", value, "must not start or end with whitespace");
    Checks.check(value.length() <= 256, "ProposalId.value", value, "must be at most 256 characters");
  }

  /**
   * @param value the identity
   * @return the proposal id
   */
  public static ProposalId of(String value) {
    return new ProposalId(value);
  }

  /**
   * @param reference a decision reference
   * @return the proposal it would name, if it names one
   */
  public static ProposalId of(DecisionReference reference) {
    return new ProposalId(reference.value());
  }

  /** @return the reference under which an act cites this proposal's decision */
  public DecisionReference toReference() {
    return DecisionReference.of(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
