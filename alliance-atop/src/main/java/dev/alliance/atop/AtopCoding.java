package dev.alliance.atop;

import dev.alliance.api.agreement.Obligation;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * ATOP's own alliance-level codes for a treaty, as read, kept beside the domain value so that the
 * two can be compared and a report can show both.
 *
 * @param begin the begin date as coded
 * @param end the end date as coded, when the treaty has ended
 * @param bilateral {@code bilat}
 * @param asymmetric {@code asymm}
 * @param conditional {@code conditio}
 * @param active {@code active}
 * @param inEffect {@code ineffect}
 * @param obligations the alliance-level obligation flags that are 1
 * @param conditionalObligations the obligations flagged conditional ({@code defcon}, ...)
 * @param listedMembers the COW codes in {@code mem1..mem59}, in column order
 * @param lengthMonths {@code length}: the term in months, 0 for none
 * @param institutions {@code intcom, milcon, base, organ1, contrib}, each when coded
 */
public record AtopCoding(
    AtopDate begin,
    Optional<AtopDate> end,
    boolean bilateral,
    boolean asymmetric,
    boolean conditional,
    boolean active,
    boolean inEffect,
    Set<Obligation> obligations,
    Set<Obligation> conditionalObligations,
    List<String> listedMembers,
    int lengthMonths,
    Institutions institutions) {

  /** Copies the collections. */
  public AtopCoding {
    Objects.requireNonNull(begin, "begin");
    Objects.requireNonNull(end, "end");
    obligations = ordered(obligations);
    conditionalObligations = ordered(conditionalObligations);
    listedMembers = List.copyOf(listedMembers);
    Objects.requireNonNull(institutions, "institutions");
  }

  private static Set<Obligation> ordered(Set<Obligation> obligations) {
    Set<Obligation> copy = EnumSet.noneOf(Obligation.class);
    copy.addAll(obligations);
    return Collections.unmodifiableSet(copy);
  }

  /**
   * The provisions from which institutionalization is derived, each empty when not coded.
   *
   * @param integratedCommand {@code intcom}
   * @param militaryContact {@code milcon}
   * @param bases {@code base}
   * @param organization {@code organ1}
   * @param contributions {@code contrib}
   */
  public record Institutions(
      OptionalInt integratedCommand,
      OptionalInt militaryContact,
      OptionalInt bases,
      OptionalInt organization,
      OptionalInt contributions) {
    /** Checks for nulls. */
    public Institutions {
      Objects.requireNonNull(integratedCommand, "integratedCommand");
      Objects.requireNonNull(militaryContact, "militaryContact");
      Objects.requireNonNull(bases, "bases");
      Objects.requireNonNull(organization, "organization");
      Objects.requireNonNull(contributions, "contributions");
    }

    /** @return provisions with nothing coded */
    public static Institutions unknown() {
      OptionalInt none = OptionalInt.empty();
      return new Institutions(none, none, none, none, none);
    }
  }
}
