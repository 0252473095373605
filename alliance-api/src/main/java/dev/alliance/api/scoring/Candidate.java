package dev.alliance.api.scoring;

import dev.alliance.api.Checks;
import dev.alliance.api.partner.Partner;
import java.util.Map;
import java.util.Objects;

/**
 * A partner under consideration for an alliance, with what partner selection weighs beyond the
 * partner itself: its track record and its stated positions on the values the search cares about.
 * The partner carries its capabilities and cultural profile.
 *
 * <pre>{@code
 * Candidate casa = new Candidate(casaPartner, TrackRecord.of(4, 0), Map.of("state ownership", 1.0));
 * }</pre>
 *
 * @param partner the partner
 * @param trackRecord its history of honored and breached commitments
 * @param valuePositions its position on each named value, from 0 to 1; names not blank
 */
public record Candidate(Partner partner, TrackRecord trackRecord, Map<String, Double> valuePositions) {

  /** Validates and copies the positions. */
  public Candidate {
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(trackRecord, "trackRecord");
    valuePositions = ValuePositions.check("Candidate.valuePositions", valuePositions);
  }

  /**
   * @param partner the partner
   * @return a candidate with no track record and no stated values
   */
  public static Candidate of(Partner partner) {
    return new Candidate(partner, TrackRecord.NONE, Map.of());
  }

  /**
   * @param record the track record
   * @return a copy with that track record
   */
  public Candidate withTrackRecord(TrackRecord record) {
    return new Candidate(partner, record, valuePositions);
  }

  /**
   * @param positions the value positions
   * @return a copy with those positions
   */
  public Candidate withValuePositions(Map<String, Double> positions) {
    return new Candidate(partner, trackRecord, positions);
  }

  /**
   * @param other the partner
   * @return a copy for another partner, with the same track record and positions
   */
  public Candidate withPartner(Partner other) {
    return new Candidate(other, trackRecord, valuePositions);
  }

  /** Shared validation of value positions. */
  static final class ValuePositions {
    private ValuePositions() {}

    static Map<String, Double> check(String field, Map<String, Double> positions) {
      Objects.requireNonNull(positions, field);
      positions.forEach(
          (name, position) -> {
            Objects.requireNonNull(name, field + " key");
            Objects.requireNonNull(position, field + "[" + name + "]");
            Checks.notBlank(field + " key", name);
            Checks.inRange(field + "[" + name + "]", position, 0.0, 1.0);
          });
      return Map.copyOf(positions);
    }
  }
}
