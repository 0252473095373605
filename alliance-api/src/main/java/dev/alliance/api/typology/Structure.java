package dev.alliance.api.typology;

import java.util.Optional;

/**
 * Bilateral or multilateral: derived from the number of parties, never stored.
 *
 * <pre>{@code
 * Structure.of(2); // Optional[BILATERAL]
 * Structure.of(30); // Optional[MULTILATERAL]
 * Structure.of(1); // Optional.empty(): one party is no alliance
 * }</pre>
 */
public enum Structure {
  /** Exactly two parties. */
  BILATERAL,
  /** Three or more parties. */
  MULTILATERAL;

  /**
   * Derives the structure from the number of parties.
   *
   * @param parties how many parties the alliance has
   * @return the structure, or empty for fewer than two parties
   */
  public static Optional<Structure> of(int parties) {
    if (parties < 2) {
      return Optional.empty();
    }
    return Optional.of(parties == 2 ? BILATERAL : MULTILATERAL);
  }
}
