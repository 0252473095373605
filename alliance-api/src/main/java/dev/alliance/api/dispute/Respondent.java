package dev.alliance.api.dispute;

import dev.alliance.api.governance.DecisionReference;
import dev.alliance.api.partner.PartnerId;
import java.util.Objects;
import java.util.Optional;

/**
 * Who or what a dispute is raised against: another member, or a decision the alliance took.
 *
 * <pre>{@code
 * Respondent usa = Respondent.member(PartnerId.of("USA"));
 * Respondent quota = Respondent.decision(DecisionReference.of("Council decision 2024/17"));
 * }</pre>
 */
public sealed interface Respondent permits Respondent.Member, Respondent.Decision {

  /** @return the member complained against; empty for a dispute against a decision */
  Optional<PartnerId> partner();

  /**
   * @param partner a member
   * @return a respondent that is that member
   */
  static Respondent member(PartnerId partner) {
    return new Member(partner);
  }

  /**
   * @param decision a decision of the alliance
   * @return a respondent that is that decision
   */
  static Respondent decision(DecisionReference decision) {
    return new Decision(decision);
  }

  /**
   * A dispute against another member.
   *
   * @param member the member complained against
   */
  record Member(PartnerId member) implements Respondent {
    /** Validates the respondent. */
    public Member {
      Objects.requireNonNull(member, "member");
    }

    @Override
    public Optional<PartnerId> partner() {
      return Optional.of(member);
    }

    @Override
    public String toString() {
      return member.toString();
    }
  }

  /**
   * A dispute against a decision of the alliance.
   *
   * @param decision the contested decision
   */
  record Decision(DecisionReference decision) implements Respondent {
    /** Validates the respondent. */
    public Decision {
      Objects.requireNonNull(decision, "decision");
    }

    @Override
    public Optional<PartnerId> partner() {
      return Optional.empty();
    }

    @Override
    public String toString() {
      return "decision " + decision;
    }
  }
}
