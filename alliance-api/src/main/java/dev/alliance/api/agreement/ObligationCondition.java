package dev.alliance.api.agreement;

/**
 * A condition that limits when an {@link Obligation} applies. The list follows the conditions the
 * ATOP project codes for each obligation at the member level (Leeds, Ritter, Mitchell and Long
 * 2002); the ATOP column stems are given for reference, such as {@code DEFCOADV} for a defense
 * obligation limited to a named adversary.
 */
public enum ObligationCondition {
  /** Applies only against a named adversary ({@code ..COADV}). */
  SPECIFIC_ADVERSARY,
  /** Applies only to a conflict in a named place ({@code ..COLOC}). */
  LOCATION,
  /** Applies only to a named conflict ({@code ..COCON}). */
  SPECIFIC_CONFLICT,
  /** Applies only when the number of adversaries meets a condition ({@code ..CONUM}). */
  NUMBER_OF_ADVERSARIES,
  /** Applies only in connection with a demand, as the treaty states it ({@code ..CODEM}). */
  DEMAND,
  /** Applies only when the party to be helped did not provoke the conflict ({@code ..CONPR}). */
  NON_PROVOCATION,
  /** Neutrality that applies only when the other party is attacked ({@code NEUCOATT}). */
  ATTACK_ON_PARTNER,
  /** Consultation that takes place on a party's request ({@code CONCOREQ}). */
  REQUEST
}
