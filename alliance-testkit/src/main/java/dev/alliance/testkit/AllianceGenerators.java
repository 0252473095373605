package dev.alliance.testkit;

import static org.quicktheories.generators.SourceDSL.lists;

import dev.alliance.api.DateRange;
import dev.alliance.api.alliance.Alliance;
import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.alliance.Member;
import dev.alliance.api.alliance.Role;
import dev.alliance.api.lifecycle.AllianceState;
import dev.alliance.api.lifecycle.MembershipState;
import dev.alliance.api.objective.Objective;
import dev.alliance.api.partner.Partner;
import dev.alliance.api.partner.PartnerId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators for members and whole alliances. */
public final class AllianceGenerators {
  private AllianceGenerators() {}

  /** @return alliance identities */
  public static Gen<AllianceId> allianceIds() {
    return Gens.names().map(name -> AllianceId.of(name.replace(' ', '-').toLowerCase(Locale.ROOT)));
  }

  /**
   * @param partner the partner
   * @return memberships of that partner in any state and role, observers never voting
   */
  public static Gen<Member> membersFor(Partner partner) {
    return Generate.enumValues(Role.class)
        .zip(
            Gens.weights(),
            Generate.enumValues(MembershipState.class),
            ContributionGenerators.dateRanges().toOptionals(60),
            (role, weight, state, tenure) ->
                Member.builder()
                    .partner(partner)
                    .role(role)
                    .weight(weight)
                    .state(state)
                    .joinedOn(tenure.map(DateRange::start))
                    .leftOn(tenure.filter(t -> state.isTerminal()).map(DateRange::end))
                    .build())
        .describedAs(m -> m.id() + ":" + m.role() + "/" + m.state() + " w=" + m.weight());
  }

  /**
   * @param min the fewest members
   * @param max the most members
   * @return lists of members with distinct partners {@code P0, P1, ...}
   */
  public static Gen<List<Member>> memberLists(int min, int max) {
    return PartnerGenerators.distinctPartners(min, max)
        .flatMap(
            partners -> {
              Gen<List<Member>> acc = Generate.constant(List.of());
              for (Partner partner : partners) {
                acc = acc.zip(membersFor(partner), AllianceGenerators::append);
              }
              return acc;
            });
  }

  /** @return valid alliances of up to eight members in any lifecycle state */
  public static Gen<Alliance> alliances() {
    return alliances(0, 8);
  }

  /**
   * @param minMembers the fewest members
   * @param maxMembers the most members
   * @return valid alliances in any lifecycle state, their governance naming only their members
   */
  public static Gen<Alliance> alliances(int minMembers, int maxMembers) {
    return memberLists(minMembers, maxMembers)
        .flatMap(
            members -> {
              List<PartnerId> ids = members.stream().map(Member::id).toList();
              return allianceIds()
                  .zip(
                      Gens.names(),
                      TypologyGenerators.typologies(),
                      AgreementGenerators.agreements(ids).toOptionals(80),
                      (id, name, typology, agreement) ->
                          Alliance.builder()
                              .id(id)
                              .name(name + " Alliance")
                              .typology(typology)
                              .members(members)
                              .agreement(agreement))
                  .zip(
                      uniqueObjectives(),
                      ObjectiveGenerators.scopes(),
                      Generate.enumValues(AllianceState.class),
                      ContributionGenerators.dateRanges().toOptionals(60),
                      (builder, objectives, scope, state, life) ->
                          builder
                              .objectives(objectives)
                              .scope(scope)
                              .state(state)
                              .foundedOn(life.map(DateRange::start))
                              .endedOn(life.filter(l -> state.isTerminal()).map(DateRange::end))
                              .build());
            })
        .describedAs(
            a -> a.id() + " " + a.state() + " members=" + a.members().stream().map(m -> m.id() + "/" + m.state()).toList());
  }

  /** @return lists of up to four objectives with distinct names */
  public static Gen<List<Objective>> uniqueObjectives() {
    return lists()
        .of(ObjectiveGenerators.objectives())
        .ofSizeBetween(0, 4)
        .map(
            list -> {
              Map<String, Objective> byName = new LinkedHashMap<>();
              list.forEach(o -> byName.putIfAbsent(o.name(), o));
              return new ArrayList<>(byName.values());
            });
  }

  private static <T> List<T> append(List<T> list, T element) {
    List<T> copy = new ArrayList<>(list);
    copy.add(element);
    return copy;
  }
}
