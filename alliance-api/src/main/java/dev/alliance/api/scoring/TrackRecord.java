package dev.alliance.api.scoring;

import dev.alliance.api.Checks;

/**
 * A partner's history of commitments in earlier alliances: how many it honored and how many it
 * breached. Scorers turn it into a reputation; the trust issue can feed it from recorded events.
 *
 * <pre>{@code
 * TrackRecord.NONE;                 // no history: 0 honored, 0 breached
 * new TrackRecord(12, 1).total();   // 13
 * }</pre>
 *
 * @param honored commitments kept; not negative
 * @param breached commitments broken; not negative
 */
public record TrackRecord(int honored, int breached) {
  /** No history at all. */
  public static final TrackRecord NONE = new TrackRecord(0, 0);

  /** Validates the counts. */
  public TrackRecord {
    Checks.nonNegative("TrackRecord.honored", honored);
    Checks.nonNegative("TrackRecord.breached", breached);
  }

  /**
   * @param honored commitments kept
   * @param breached commitments broken
   * @return the track record
   */
  public static TrackRecord of(int honored, int breached) {
    return new TrackRecord(honored, breached);
  }

  /** @return every commitment on record */
  public long total() {
    return (long) honored + breached;
  }
}
