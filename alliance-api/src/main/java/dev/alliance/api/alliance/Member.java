package dev.alliance.api.alliance;

import dev.alliance.api.Checks;
import dev.alliance.api.lifecycle.MembershipState;
import dev.alliance.api.partner.Partner;
import dev.alliance.api.partner.PartnerId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A partner's membership of an alliance: its role, its weight in weighted decisions, whether it
 * votes, and where its membership stands.
 *
 * <pre>{@code
 * Member egypt = Member.of(Partner.of(PartnerId.of("EGY"), "Egypt", PartnerKind.STATE), Role.FOUNDER);
 * Member heavier = egypt.withWeight(new BigDecimal("2"));
 * }</pre>
 */
@Value.Immutable
public abstract class Member implements WithMember {
  Member() {}

  /** @return the partner */
  public abstract Partner partner();

  /** @return the member's role */
  public abstract Role role();

  /** @return the member's weight in weighted decisions; 1 by default, never negative */
  @Value.Default
  public BigDecimal weight() {
    return BigDecimal.ONE;
  }

  /** @return whether the member votes; every role but observer votes by default */
  @Value.Default
  public boolean hasVotingRights() {
    return role() != Role.OBSERVER;
  }

  /** @return where the membership stands; a full member by default */
  @Value.Default
  public MembershipState state() {
    return MembershipState.MEMBER;
  }

  /** @return the day the partner became a member, when known */
  public abstract Optional<LocalDate> joinedOn();

  /** @return the day the membership ended (withdrawal took effect, expulsion), when it has */
  public abstract Optional<LocalDate> leftOn();

  /** @return the partner's identity */
  public PartnerId id() {
    return partner().id();
  }

  /** @return true when the member is bound by the agreement (see {@link MembershipState#isParty()}) */
  public boolean isParty() {
    return state().isParty();
  }

  /** @return true when the member may vote now: it has voting rights and can act */
  public boolean canVote() {
    return hasVotingRights() && state().canAct();
  }

  /**
   * @param partner the partner
   * @param role its role
   * @return a full member with weight 1
   */
  public static Member of(Partner partner, Role role) {
    return builder().partner(partner).role(role).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Member}. */
  public static final class Builder extends ImmutableMember.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.nonNegative("Member.weight", weight());
    Checks.check(
        !(role() == Role.OBSERVER && hasVotingRights()),
        "Member.votingRights",
        true,
        "an observer does not vote");
    if (joinedOn().isPresent() && leftOn().isPresent()) {
      Checks.check(
          !leftOn().get().isBefore(joinedOn().get()),
          "Member.leftOn",
          leftOn().get(),
          "must not be before joinedOn " + joinedOn().get());
    }
  }
}
