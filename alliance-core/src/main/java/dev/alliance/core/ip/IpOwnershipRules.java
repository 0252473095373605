package dev.alliance.core.ip;

import dev.alliance.api.Checks;
import dev.alliance.api.agreement.IntellectualPropertyClause;
import dev.alliance.api.agreement.IpOwnership;
import dev.alliance.api.ip.IpCategory;
import dev.alliance.api.partner.PartnerId;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Who owns new intellectual property under an agreement's {@link IntellectualPropertyClause}: the
 * clause says, per category, whether the creators keep it, all parties own it jointly, the
 * alliance's own entity owns it, or the lead partner does.
 *
 * <pre>{@code
 * IpOwnershipRules.owners(clause, IpCategory.FOREGROUND, Set.of(bntx, pfe), parties, Optional.empty(), Optional.empty());
 * }</pre>
 */
public final class IpOwnershipRules {
  private IpOwnershipRules() {}

  /**
   * @param clause the agreement's intellectual-property clause
   * @param category the new asset's category
   * @param creators the partners who created or brought it; at least one
   * @param parties the alliance's parties, for joint ownership
   * @param lead the lead partner, needed when the clause gives it ownership
   * @param entity the alliance's own legal entity, needed when the clause gives it ownership
   * @return the owners, in identity order
   * @throws dev.alliance.api.InvalidValueException when the clause names an owner that was not given
   */
  public static SortedSet<PartnerId> owners(
      IntellectualPropertyClause clause,
      IpCategory category,
      Collection<PartnerId> creators,
      Collection<PartnerId> parties,
      Optional<PartnerId> lead,
      Optional<PartnerId> entity) {
    Objects.requireNonNull(clause, "clause");
    Objects.requireNonNull(category, "category");
    Checks.notEmpty("IpOwnershipRules.creators", creators);
    IpOwnership rule =
        switch (category) {
          case BACKGROUND -> clause.background();
          case FOREGROUND -> clause.foreground();
          case SIDEGROUND -> clause.sideground();
        };
    SortedSet<PartnerId> owners = new TreeSet<>();
    switch (rule) {
      case CONTRIBUTOR -> owners.addAll(creators);
      case JOINT -> owners.addAll(Checks.notEmpty("IpOwnershipRules.parties", parties));
      case ALLIANCE_ENTITY -> owners.add(required(entity, "entity", "the clause gives " + category + " IP to the alliance's entity"));
      case LEAD_PARTNER -> owners.add(required(lead, "lead", "the clause gives " + category + " IP to the lead partner"));
    }
    return Collections.unmodifiableSortedSet(owners);
  }

  private static PartnerId required(Optional<PartnerId> who, String field, String why) {
    Checks.check(who.isPresent(), "IpOwnershipRules." + field, "empty", "must be given: " + why);
    return who.get();
  }
}
