package dev.alliance.core.typology;

import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.typology.PowerSymmetry;
import dev.alliance.api.typology.Structure;
import dev.alliance.api.typology.Typology;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An alliance's full classification: the chosen dimensions of its typology, the derived ones, and
 * the reasons for the derived ones as data.
 *
 * @param alliance the alliance classified
 * @param name its display name
 * @param typology the chosen dimensions
 * @param parties the number of parties the derivation counted
 * @param structure bilateral or multilateral; empty with fewer than two parties
 * @param symmetry symmetric or asymmetric; empty when it cannot be derived
 * @param reasons one line per derived dimension, with the figures behind it
 */
public record Classification(
    AllianceId alliance,
    String name,
    Typology typology,
    int parties,
    Optional<Structure> structure,
    Optional<PowerSymmetry> symmetry,
    List<String> reasons) {

  /** Copies the reasons and checks for nulls. */
  public Classification {
    Objects.requireNonNull(alliance, "alliance");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(typology, "typology");
    Objects.requireNonNull(structure, "structure");
    Objects.requireNonNull(symmetry, "symmetry");
    reasons = List.copyOf(reasons);
  }
}
