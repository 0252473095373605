package dev.alliance.core.power;

import dev.alliance.api.Checks;
import dev.alliance.api.alliance.Alliance;
import dev.alliance.api.alliance.Member;
import dev.alliance.api.contribution.Contribution;
import dev.alliance.api.partner.PartnerId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The members who vote on a decision, in a fixed order: the players of the simple game a decision
 * rule defines. Results list the players in this order.
 *
 * <pre>{@code
 * Electorate council = Electorate.of(eec);   // the alliance's members who may vote now
 * Electorate board = Electorate.of(List.of(Voter.of("A", 4), Voter.of("B", 3)));
 * }</pre>
 *
 * @param voters the voters, each partner at most once; at least one
 */
public record Electorate(List<Voter> voters) {

  /** Validates and copies the voters. */
  public Electorate {
    voters = List.copyOf(Objects.requireNonNull(voters, "voters"));
    Checks.notEmpty("Electorate.voters", voters);
    Set<PartnerId> seen = new HashSet<>();
    for (Voter voter : voters) {
      Checks.check(seen.add(voter.id()), "Electorate.voters", voter.id(), "a partner can vote only once");
    }
  }

  /**
   * @param voters the voters in order
   * @return the electorate
   */
  public static Electorate of(List<Voter> voters) {
    return new Electorate(voters);
  }

  /**
   * The alliance's members who may vote now ({@link Member#canVote()}), in membership order, with
   * their member weights and their partners' measurable attributes.
   *
   * @param alliance the alliance
   * @return its electorate
   */
  public static Electorate of(Alliance alliance) {
    return of(alliance, List.of());
  }

  /**
   * As {@link #of(Alliance)}, with each voter's delivered contributions summed per valuation unit,
   * for rules that weigh votes by contributions.
   *
   * @param alliance the alliance
   * @param contributions contributions of its members; committed ones are not counted
   * @return its electorate
   */
  public static Electorate of(Alliance alliance, Collection<Contribution> contributions) {
    List<Voter> voters = voters(alliance.members(), contributions);
    Checks.check(!voters.isEmpty(), "Electorate.alliance", alliance.id(), "has no member who may vote");
    return new Electorate(voters);
  }

  /**
   * The members who may vote now ({@link Member#canVote()}), in order, with their member weights
   * and their partners' measurable attributes; for a membership list without an alliance around
   * it.
   *
   * @param members the members
   * @return the electorate
   */
  public static Electorate ofMembers(Collection<Member> members) {
    List<Voter> voters = voters(members, List.of());
    Checks.check(!voters.isEmpty(), "Electorate.members", members.size() + " members", "must include a member who may vote");
    return new Electorate(voters);
  }

  private static List<Voter> voters(Collection<Member> members, Collection<Contribution> contributions) {
    Map<PartnerId, Map<String, BigDecimal>> delivered = new HashMap<>();
    for (Contribution contribution : contributions) {
      if (contribution.isDelivered()) {
        delivered
            .computeIfAbsent(contribution.contributor(), id -> new LinkedHashMap<>())
            .merge(contribution.valuation().unit(), contribution.valuation().amount(), BigDecimal::add);
      }
    }
    List<Voter> voters = new ArrayList<>();
    for (Member member : members) {
      if (member.canVote()) {
        voters.add(
            new Voter(
                member.id(),
                member.partner().name(),
                member.weight(),
                member.partner().attributes(),
                delivered.getOrDefault(member.id(), Map.of())));
      }
    }
    return voters;
  }

  /** @return the number of voters */
  public int size() {
    return voters.size();
  }

  /**
   * @param id a partner
   * @return its position in the electorate, if it votes
   */
  public Optional<Integer> indexOf(PartnerId id) {
    for (int i = 0; i < voters.size(); i++) {
      if (voters.get(i).id().equals(id)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }
}
