package dev.alliance.atop;

import dev.alliance.api.alliance.Alliance;
import dev.alliance.api.typology.Structure;
import java.util.Objects;
import java.util.Optional;

/**
 * One ATOP treaty: the library's domain value and ATOP's own codes for it.
 *
 * @param atopId ATOP's identifier
 * @param alliance the treaty as a domain value: members with entry and exit dates, an agreement
 *     with its obligation clauses and institutionalization, lifespan and termination
 * @param coding ATOP's alliance-level codes as read
 */
public record AtopTreaty(int atopId, Alliance alliance, AtopCoding coding) {
  /** Checks for nulls. */
  public AtopTreaty {
    Objects.requireNonNull(alliance, "alliance");
    Objects.requireNonNull(coding, "coding");
  }

  /**
   * The structure of the treaty as a whole: from every state that was ever a member, since the
   * members of a treaty that has ended are no longer parties.
   *
   * @return bilateral or multilateral
   */
  public Optional<Structure> structure() {
    return Structure.of(alliance.members().size());
  }
}
