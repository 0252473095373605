package dev.alliance.core.proposal;

import dev.alliance.api.InvalidValueException;
import dev.alliance.api.alliance.Member;
import dev.alliance.api.governance.Body;
import dev.alliance.api.governance.DecisionProcedure;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.governance.Electorate;
import dev.alliance.core.governance.Tally;
import dev.alliance.core.governance.Voter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Who may vote on a proposal now: a current member with voting rights, on the crisis body for a crisis vote. */
final class Entitlement {
  private Entitlement() {}

  /**
   * @param polity the alliance
   * @param partner a partner
   * @param body the crisis body, for a crisis vote
   * @return why the partner may not vote now; empty when it may
   */
  static Optional<String> whyNot(Polity polity, PartnerId partner, Optional<Body> body) {
    Optional<Member> member = polity.member(partner);
    if (member.isEmpty()) {
      return Optional.of(partner + " is not a member of " + polity.name());
    }
    Optional<String> cannot = Electorate.whyCannotVote(member.get(), polity.name());
    if (cannot.isPresent()) {
      return cannot;
    }
    if (body.isPresent() && !body.get().isPlenary() && !body.get().members().contains(partner)) {
      return Optional.of(partner + " does not sit on the " + body.get().name() + ", which holds the delegated crisis authority");
    }
    return Optional.empty();
  }

  /**
   * @param polity the alliance
   * @param body the crisis body, for a crisis vote
   * @return the members who may vote now, in member order
   */
  static List<Voter> voters(Polity polity, Optional<Body> body) {
    List<Voter> voters = new ArrayList<>();
    for (Member member : polity.members()) {
      if (whyNot(polity, member.id(), body).isEmpty()) {
        voters.add(Voter.of(member));
      }
    }
    return voters;
  }

  /**
   * Whether a procedure can count a voter: a rule that weighs by a measure needs the voter to carry
   * it, and weights by contributions need contributions the stream does not record.
   *
   * @param procedure the procedure
   * @param voters the voters
   * @return why the procedure cannot count them; empty when it can
   */
  static Optional<String> uncountable(DecisionProcedure procedure, List<Voter> voters) {
    try {
      Tally.of(procedure, Electorate.of(voters));
      return Optional.empty();
    } catch (InvalidValueException invalid) {
      return Optional.of(invalid.getMessage());
    }
  }
}
