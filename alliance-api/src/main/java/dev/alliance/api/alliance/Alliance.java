package dev.alliance.api.alliance;

import dev.alliance.api.Checks;
import dev.alliance.api.agreement.Agreement;
import dev.alliance.api.agreement.GovernanceClause;
import dev.alliance.api.governance.Governance;
import dev.alliance.api.lifecycle.AllianceState;
import dev.alliance.api.objective.Objective;
import dev.alliance.api.objective.Scope;
import dev.alliance.api.partner.Measure;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.typology.PowerSymmetry;
import dev.alliance.api.typology.Structure;
import dev.alliance.api.typology.Typology;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.immutables.value.Value;

/**
 * An alliance as one immutable view: identity, typology, members with roles and weights, the
 * agreement, governance per issue area, objectives, scope and lifecycle state.
 *
 * <p>Structure and power symmetry are derived from the parties (members bound by the agreement),
 * never stored. Governance is the agreement's governance clause; until an agreement with one
 * exists, every issue is decided by consensus, as among sovereign equals.
 *
 * <pre>{@code
 * Alliance kadesh = Alliance.builder()
 *     .id(AllianceId.of("kadesh"))
 *     .name("Treaty of Kadesh")
 *     .typology(typology)
 *     .addMembers(Member.of(egypt, Role.FOUNDER), Member.of(hatti, Role.FOUNDER))
 *     .agreement(treaty)
 *     .state(AllianceState.OPERATING)
 *     .build();
 * kadesh.structure(); // Optional[BILATERAL]
 * }</pre>
 */
@Value.Immutable
public abstract class Alliance implements WithAlliance {
  Alliance() {}

  /** @return the alliance's identity */
  public abstract AllianceId id();

  /** @return its display name; not blank */
  public abstract String name();

  /** @return the chosen dimensions of its typology */
  public abstract Typology typology();

  /** @return its members in every membership state, each partner at most once */
  public abstract List<Member> members();

  /** @return the founding agreement, once there is one */
  public abstract Optional<Agreement> agreement();

  /** @return its objectives; names are unique */
  public abstract List<Objective> objectives();

  /** @return what it does and does not do; empty by default */
  @Value.Default
  public Scope scope() {
    return Scope.empty();
  }

  /** @return where it stands in its lifecycle; proposed by default */
  @Value.Default
  public AllianceState state() {
    return AllianceState.PROPOSED;
  }

  /** @return the day the alliance was founded (its agreement took effect), when known */
  public abstract Optional<LocalDate> foundedOn();

  /** @return the day the alliance ended (dissolved or completed), when it has */
  public abstract Optional<LocalDate> endedOn();

  /** @return the members bound by the agreement: members, suspended members, those serving notice */
  public List<Member> parties() {
    List<Member> parties = new ArrayList<>();
    for (Member member : members()) {
      if (member.isParty()) {
        parties.add(member);
      }
    }
    return parties;
  }

  /**
   * @param partner a partner
   * @return its membership, in whatever state, when it has one
   */
  public Optional<Member> member(PartnerId partner) {
    return members().stream().filter(m -> m.id().equals(partner)).findFirst();
  }

  /** @return bilateral or multilateral, from the number of parties; empty with fewer than two */
  public Optional<Structure> structure() {
    return Structure.of(parties().size());
  }

  /**
   * Derives power symmetry from a capability measure of the parties, with the {@linkplain
   * PowerSymmetry#DEFAULT_MAX_RATIO default threshold}.
   *
   * @param capability the measure that stands for capability, such as {@link Measure#GDP}
   * @return the symmetry, or empty with fewer than two parties or when a party lacks the measure
   */
  public Optional<PowerSymmetry> powerSymmetry(Measure capability) {
    return powerSymmetry(capability, PowerSymmetry.DEFAULT_MAX_RATIO);
  }

  /**
   * Derives power symmetry from a capability measure of the parties against a chosen threshold.
   *
   * @param capability the measure that stands for capability
   * @param maxRatio the largest ratio of strongest to weakest that still counts as symmetric
   * @return the symmetry, or empty with fewer than two parties or when a party lacks the measure
   */
  public Optional<PowerSymmetry> powerSymmetry(Measure capability, BigDecimal maxRatio) {
    List<BigDecimal> capabilities = new ArrayList<>();
    for (Member party : parties()) {
      Optional<BigDecimal> value = party.partner().attribute(capability);
      if (value.isEmpty()) {
        return Optional.empty();
      }
      capabilities.add(value.get());
    }
    return PowerSymmetry.classify(capabilities, maxRatio);
  }

  /** @return the governance in force: the agreement's, or consensus on everything */
  public Governance governance() {
    return governanceOf(agreement());
  }

  private static Governance governanceOf(Optional<Agreement> agreement) {
    return agreement.flatMap(Agreement::governance).map(GovernanceClause::governance).orElseGet(Governance::consensusForAll);
  }

  /**
   * The rules that tie an agreement to the membership: its governance names only members (bodies,
   * veto players, lead partner, ...) and its obligations bind only members. An alliance checks
   * them on construction; a caller that keeps the members elsewhere (a lifecycle checking an
   * agreement before it is signed or amended) checks them here without building the alliance.
   *
   * <pre>{@code
   * Alliance.checkNamesOnlyMembers(Optional.of(amended), Set.of(FRA, DEU)::contains);
   * // InvalidValueException: Alliance.agreement.governance = [GBR]: names partners who are not members
   * }</pre>
   *
   * @param agreement the agreement in force, or none (consensus of all, which names nobody)
   * @param isMember whether a partner is a member
   * @throws dev.alliance.api.InvalidValueException naming the partners who are not members
   */
  public static void checkNamesOnlyMembers(Optional<Agreement> agreement, Predicate<PartnerId> isMember) {
    Set<PartnerId> strangers = new TreeSet<>();
    for (PartnerId named : governanceOf(agreement).namedPartners()) {
      if (!isMember.test(named)) {
        strangers.add(named);
      }
    }
    Checks.check(strangers.isEmpty(), "Alliance.agreement.governance", strangers, "names partners who are not members");
    Set<PartnerId> obligedStrangers = new TreeSet<>();
    agreement.ifPresent(a -> a.obligations().forEach(c -> c.parties().stream().filter(p -> !isMember.test(p)).forEach(obligedStrangers::add)));
    Checks.check(
        obligedStrangers.isEmpty(),
        "Alliance.agreement.obligations",
        obligedStrangers,
        "binds partners who are not members");
  }

  /** @return the core objectives: the minimum viable alliance */
  public List<Objective> coreObjectives() {
    return objectives().stream().filter(Objective::isCore).toList();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Alliance}. */
  public static final class Builder extends ImmutableAlliance.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank("Alliance.name", name());
    Set<PartnerId> seen = new HashSet<>();
    for (Member member : members()) {
      Checks.check(seen.add(member.id()), "Alliance.members", member.id(), "a partner can be a member only once");
    }
    Set<String> objectiveNames = new HashSet<>();
    for (Objective objective : objectives()) {
      Checks.check(
          objectiveNames.add(objective.name()), "Alliance.objectives", objective.name(), "objective names must be unique");
    }
    if (foundedOn().isPresent() && endedOn().isPresent()) {
      Checks.check(
          !endedOn().get().isBefore(foundedOn().get()),
          "Alliance.endedOn",
          endedOn().get(),
          "must not be before foundedOn " + foundedOn().get());
    }
    checkNamesOnlyMembers(agreement(), seen::contains);
  }
}
