package dev.alliance.spi.store;

import dev.alliance.api.Checks;
import dev.alliance.api.alliance.AllianceId;
import java.util.Arrays;
import java.util.Objects;

/**
 * A projection's state as of a point in an alliance's stream, saved so that the projection can
 * start from it instead of from event 1. The state is opaque bytes: the projection that wrote it
 * reads it, and names its format in {@link #kind()} (put a version in it, such as {@code
 * "lifecycle/1"}, so that a changed format is simply a different kind).
 *
 * <pre>{@code
 * Snapshot s = new Snapshot(AllianceId.of("nato"), "member-count/1", 120, "32".getBytes(UTF_8));
 * snapshots.save(s);
 * // later: fold from s.sequence() + 1 onwards
 * }</pre>
 *
 * @param alliance the stream's alliance
 * @param kind what the state is and its format; not blank, at most 128 characters
 * @param sequence the last event the state includes, from 1
 * @param state the state, as the projection encoded it (copied)
 */
public record Snapshot(AllianceId alliance, String kind, long sequence, byte[] state) {

  /** Validates and copies. */
  public Snapshot {
    Objects.requireNonNull(alliance, "alliance");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(state, "state");
    Checks.notBlank("Snapshot.kind", kind);
    Checks.check(kind.length() <= 128, "Snapshot.kind", kind, "must be at most 128 characters");
    Checks.check(sequence >= 1, "Snapshot.sequence", sequence, "must be at least 1");
    state = state.clone();
  }

  /** @return a copy of the state */
  @Override
  public byte[] state() {
    return state.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Snapshot s
        && alliance.equals(s.alliance)
        && kind.equals(s.kind)
        && sequence == s.sequence
        && Arrays.equals(state, s.state);
  }

  @Override
  public int hashCode() {
    return Objects.hash(alliance, kind, sequence, Arrays.hashCode(state));
  }

  @Override
  public String toString() {
    return "Snapshot[" + alliance + ", " + kind + " at " + sequence + ", " + state.length + " bytes]";
  }
}
