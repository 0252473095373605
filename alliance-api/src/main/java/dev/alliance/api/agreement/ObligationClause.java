package dev.alliance.api.agreement;

import dev.alliance.api.Checks;
import dev.alliance.api.partner.PartnerId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One obligation an agreement imposes, on whom, and under which conditions.
 *
 * <p>An obligation undertaken by every party names no one ({@link #parties()} is empty). When the
 * parties' obligations differ (an asymmetric treaty, where a protector promises defense and the
 * protected state only neutrality), each group of parties has its own clause.
 *
 * <pre>{@code
 * ObligationClause article5 = ObligationClause.of(Obligation.DEFENSE);
 * ObligationClause limited =
 *     ObligationClause.conditional(Obligation.DEFENSE, ObligationCondition.SPECIFIC_ADVERSARY)
 *         .withParties(Set.of(PartnerId.of("GBR")));
 * }</pre>
 *
 * @param obligation what is promised
 * @param parties who promises it; empty when every party does
 * @param conditional whether the obligation applies only under conditions
 * @param conditions the conditions, when the treaty itemizes them; only a conditional clause has
 *     any
 */
public record ObligationClause(
    Obligation obligation, Set<PartnerId> parties, boolean conditional, Set<ObligationCondition> conditions) {

  /** Validates the clause and copies its sets into sorted, unmodifiable ones. */
  public ObligationClause {
    Objects.requireNonNull(obligation, "obligation");
    SortedSet<PartnerId> sortedParties = new TreeSet<>(Objects.requireNonNull(parties, "parties"));
    parties = Collections.unmodifiableSortedSet(sortedParties);
    Objects.requireNonNull(conditions, "conditions");
    conditions =
        Collections.unmodifiableSet(conditions.isEmpty() ? EnumSet.noneOf(ObligationCondition.class) : EnumSet.copyOf(conditions));
    Checks.check(
        conditional || conditions.isEmpty(),
        "ObligationClause.conditions",
        conditions,
        "an unconditional obligation has no conditions");
  }

  /**
   * @param obligation what is promised
   * @return an unconditional obligation of every party
   */
  public static ObligationClause of(Obligation obligation) {
    return new ObligationClause(obligation, Set.of(), false, Set.of());
  }

  /**
   * @param obligation what is promised
   * @param conditions the itemized conditions; none when the treaty does not itemize them
   * @return a conditional obligation of every party
   */
  public static ObligationClause conditional(Obligation obligation, ObligationCondition... conditions) {
    Set<ObligationCondition> set = EnumSet.noneOf(ObligationCondition.class);
    Collections.addAll(set, conditions);
    return new ObligationClause(obligation, Set.of(), true, set);
  }

  /**
   * @param newParties who promises it; empty for every party
   * @return a copy undertaken by those parties
   */
  public ObligationClause withParties(Set<PartnerId> newParties) {
    return new ObligationClause(obligation, newParties, conditional, conditions);
  }

  /** @return true when every party undertakes the obligation */
  public boolean bindsEveryParty() {
    return parties.isEmpty();
  }

  /**
   * @param party a party
   * @return true when the clause binds that party
   */
  public boolean binds(PartnerId party) {
    return parties.isEmpty() || parties.contains(party);
  }
}
