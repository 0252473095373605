package dev.alliance.core.governance;

import dev.alliance.api.Checks;
import dev.alliance.api.InvalidValueException;
import dev.alliance.api.alliance.Alliance;
import dev.alliance.api.alliance.Member;
import dev.alliance.api.alliance.Role;
import dev.alliance.api.contribution.Contribution;
import dev.alliance.api.governance.WeightSource;
import dev.alliance.api.partner.Measure;
import dev.alliance.api.partner.PartnerId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The members entitled to vote, in a fixed order, with their weights and measures; ballots and
 * tallies refer to voters by their position in this order.
 *
 * <p>Built from an alliance, the electorate holds the members who {@linkplain Member#canVote() can
 * vote} (voting rights and good standing) and remembers why every other member cannot, so that a
 * refused ballot can say why. Weights by {@linkplain
 * dev.alliance.api.governance.WeightSource.Contributions delivered contributions} need data an
 * alliance does not carry: give the contributions with {@link #withContributions(Collection)}.
 *
 * <pre>{@code
 * Electorate nato = Electorate.of(alliance);
 * Electorate council = Electorate.of(List.of(Voter.of(PartnerId.of("FRA")), Voter.of(PartnerId.of("DEU"))));
 * }</pre>
 */
public final class Electorate {
  private final List<Voter> voters;
  private final Map<PartnerId, Integer> positions;
  private final Map<PartnerId, String> notEntitled;
  private final Map<String, Map<PartnerId, BigDecimal>> delivered;

  private Electorate(List<Voter> voters, Map<PartnerId, String> notEntitled, Map<String, Map<PartnerId, BigDecimal>> delivered) {
    this.voters = List.copyOf(voters);
    Checks.check(!this.voters.isEmpty(), "Electorate.voters", this.voters, "at least one member must be entitled to vote");
    Map<PartnerId, Integer> positions = new HashMap<>();
    for (int i = 0; i < this.voters.size(); i++) {
      PartnerId id = this.voters.get(i).id();
      Checks.check(positions.put(id, i) == null, "Electorate.voters", id, "a member votes only once");
    }
    this.positions = Map.copyOf(positions);
    this.notEntitled = Map.copyOf(notEntitled);
    this.delivered = Map.copyOf(delivered);
  }

  /**
   * @param voters the voters, in the order ballots refer to them; at least one, each once
   * @return the electorate
   */
  public static Electorate of(List<Voter> voters) {
    return new Electorate(voters, Map.of(), Map.of());
  }

  /**
   * @param voters the voters, in the order ballots refer to them; at least one, each once
   * @return the electorate
   */
  public static Electorate of(Voter... voters) {
    return of(List.of(voters));
  }

  /**
   * The members of an alliance who can vote now, in member order, each weighted by its {@linkplain
   * Member#weight() recorded weight} and carrying its partner's {@linkplain
   * dev.alliance.api.partner.Partner#attributes() attributes} as measures.
   *
   * @param alliance the alliance
   * @return its electorate
   * @throws dev.alliance.api.InvalidValueException when no member can vote
   */
  public static Electorate of(Alliance alliance) {
    List<Voter> voters = new ArrayList<>();
    Map<PartnerId, String> notEntitled = new LinkedHashMap<>();
    for (Member member : alliance.members()) {
      Optional<String> why = whyCannotVote(member, alliance.name());
      if (why.isEmpty()) {
        voters.add(Voter.of(member));
      } else {
        notEntitled.put(member.id(), why.get());
      }
    }
    Checks.check(!voters.isEmpty(), "Electorate.voters", alliance.name(), "at least one member must be entitled to vote");
    return new Electorate(voters, notEntitled, Map.of());
  }

  /**
   * Says why a member may not vote now: it has no voting rights (an observer, say), or it is not
   * in good standing (invited, acceding, suspended, withdrawn, expelled).
   *
   * @param member a membership
   * @param allianceName the alliance's name, for the reason
   * @return the reason, or empty when the member {@linkplain Member#canVote() can vote}
   */
  public static Optional<String> whyCannotVote(Member member, String allianceName) {
    if (member.canVote()) {
      return Optional.empty();
    }
    if (!member.hasVotingRights()) {
      return Optional.of(
          member.id() + (member.role() == Role.OBSERVER ? " is an observer" : " has no voting rights") + " in " + allianceName);
    }
    return Optional.of(member.id() + " is " + member.state() + " in " + allianceName + "; only members in good standing vote");
  }

  /**
   * Adds the contributions that {@link dev.alliance.api.governance.WeightSource.Contributions}
   * weighs by: each voter's delivered contributions, summed per valuation unit. Committed but
   * undelivered contributions do not count; contributions of partners outside the electorate are
   * ignored. The caller chooses the period by choosing the contributions.
   *
   * @param contributions the contributions to count
   * @return a copy of this electorate that carries them
   */
  public Electorate withContributions(Collection<Contribution> contributions) {
    Map<String, Map<PartnerId, BigDecimal>> sums = new HashMap<>();
    for (Contribution contribution : contributions) {
      Map<PartnerId, BigDecimal> perUnit = sums.computeIfAbsent(contribution.valuation().unit(), unit -> new HashMap<>());
      if (contribution.isDelivered() && positions.containsKey(contribution.contributor())) {
        perUnit.merge(contribution.contributor(), contribution.valuation().amount(), BigDecimal::add);
      }
    }
    Map<String, Map<PartnerId, BigDecimal>> frozen = new HashMap<>();
    sums.forEach((unit, perUnit) -> frozen.put(unit, Map.copyOf(perUnit)));
    return new Electorate(voters, notEntitled, frozen);
  }

  /** @return the voters in ballot order */
  public List<Voter> voters() {
    return voters;
  }

  /** @return the number of voters */
  public int size() {
    return voters.size();
  }

  /**
   * @param id a partner
   * @return its position in ballot order, when it is a voter
   */
  public OptionalInt indexOf(PartnerId id) {
    Integer position = positions.get(id);
    return position == null ? OptionalInt.empty() : OptionalInt.of(position);
  }

  /**
   * Says why a partner may not vote in this electorate.
   *
   * @param id a partner
   * @return the reason, or empty when the partner is a voter
   */
  public Optional<String> whyNotEntitled(PartnerId id) {
    if (positions.containsKey(id)) {
      return Optional.empty();
    }
    return Optional.of(notEntitled.getOrDefault(id, id + " is not a member of this electorate"));
  }

  /**
   * @param unit a valuation unit
   * @return each voter's delivered contributions in that unit (voters who delivered nothing are
   *     absent from the map), or empty when no contribution in that unit was given
   */
  public Optional<Map<PartnerId, BigDecimal>> deliveredContributions(String unit) {
    return Optional.ofNullable(delivered.get(unit));
  }

  /**
   * Each voter's weight under a weighted rule's source, in voter order: explicit weights (absent
   * voters weigh 0), a measure every voter must have, the members' weights, or contributions
   * delivered in a unit (given with {@link #withContributions}). The tally and voting power read
   * weights through this one method, so they weigh alike.
   *
   * @param source where the weights come from
   * @return the weights, one per voter
   * @throws dev.alliance.api.InvalidValueException when a voter lacks the measure, or no
   *     contributions in the unit were given
   */
  public List<BigDecimal> weights(WeightSource source) {
    Objects.requireNonNull(source, "source");
    List<BigDecimal> weights = new ArrayList<>(voters.size());
    if (source instanceof WeightSource.Explicit explicit) {
      voters.forEach(v -> weights.add(explicit.weights().getOrDefault(v.id(), BigDecimal.ZERO)));
    } else if (source instanceof WeightSource.OfMeasure ofMeasure) {
      Measure measure = ofMeasure.measure();
      for (Voter voter : voters) {
        BigDecimal value = voter.measures().get(measure);
        if (value == null) {
          throw new InvalidValueException(
              "Voter.measures", voter.id() + " without " + measure, "the rule weighs votes by " + measure + ", so every voter needs it");
        }
        weights.add(value);
      }
    } else if (source instanceof WeightSource.MemberWeights) {
      voters.forEach(v -> weights.add(v.weight()));
    } else {
      String unit = ((WeightSource.Contributions) source).unit();
      Map<PartnerId, BigDecimal> given =
          deliveredContributions(unit)
              .orElseThrow(
                  () ->
                      new InvalidValueException(
                          "Electorate.contributions",
                          unit,
                          "the rule weighs votes by contributions delivered in " + unit + "; give them with Electorate.withContributions"));
      voters.forEach(v -> weights.add(given.getOrDefault(v.id(), BigDecimal.ZERO)));
    }
    return weights;
  }

  /**
   * @param source where a weighted rule's weights come from
   * @return how explanations name the weights: the measure's name, {@code member weight},
   *     {@code contributions in EUR}, or {@code weight} for explicit weights
   */
  public static String weightLabel(WeightSource source) {
    if (source instanceof WeightSource.OfMeasure measure) {
      return measure.measure().name();
    }
    if (source instanceof WeightSource.Contributions contributions) {
      return "contributions in " + contributions.unit();
    }
    return source instanceof WeightSource.MemberWeights ? "member weight" : "weight";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Electorate that
        && voters.equals(that.voters)
        && notEntitled.equals(that.notEntitled)
        && delivered.equals(that.delivered);
  }

  @Override
  public int hashCode() {
    return Objects.hash(voters, notEntitled, delivered);
  }

  @Override
  public String toString() {
    List<String> ids = new ArrayList<>();
    voters.forEach(v -> ids.add(v.id().value()));
    return "Electorate" + ids;
  }
}
