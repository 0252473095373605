package dev.alliance.atop;

import java.util.Objects;

/**
 * One place where ATOP's own coding of a treaty and the library's derivation differ, with the
 * figures on both sides.
 *
 * @param atopId the treaty
 * @param kind which check
 * @param reason what each side says, such as {@code "bilat = 1 but mem1..mem59 list 3 states [670,
 *     678, 679]"}
 */
public record Disagreement(int atopId, DisagreementKind kind, String reason) {
  /** Checks for nulls. */
  public Disagreement {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return "ATOP " + atopId + " " + kind + ": " + reason;
  }
}
