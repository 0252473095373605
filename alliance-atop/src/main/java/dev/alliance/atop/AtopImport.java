package dev.alliance.atop;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The outcome of reading ATOP files: the treaties, every disagreement between ATOP's coding and the
 * library's derivations, and notes on data the library had to complete (unknown days).
 *
 * @param treaties the treaties imported, in file order
 * @param disagreements the disagreements, in file order
 * @param notes remarks that are not disagreements, such as an unknown day taken as the 1st
 */
public record AtopImport(List<AtopTreaty> treaties, List<Disagreement> disagreements, List<String> notes) {
  /** Copies the lists. */
  public AtopImport {
    treaties = List.copyOf(Objects.requireNonNull(treaties, "treaties"));
    disagreements = List.copyOf(Objects.requireNonNull(disagreements, "disagreements"));
    notes = List.copyOf(Objects.requireNonNull(notes, "notes"));
  }

  /** @return the number of disagreements of each kind, in {@link DisagreementKind} order */
  public Map<DisagreementKind, Long> disagreementCounts() {
    Map<DisagreementKind, Long> counts = new TreeMap<>();
    for (Disagreement d : disagreements) {
      counts.merge(d.kind(), 1L, Long::sum);
    }
    return counts;
  }
}
