package dev.alliance.spi.store;

import dev.alliance.api.alliance.AllianceId;
import java.util.Optional;

/**
 * The optional snapshot part of an {@link EventStore}: for each alliance and kind of snapshot, the
 * store keeps the one that reaches furthest into the stream.
 *
 * <p>Contract (checked by the conformance kit when a store offers snapshots):
 *
 * <ul>
 *   <li>{@link #save} keeps a snapshot when none of its alliance and kind is kept yet or when it
 *       reaches further than the kept one; otherwise it keeps the old one and returns false.
 *   <li>A snapshot may not reach beyond the end of its stream: saving one whose sequence number is
 *       greater than the stream's throws {@link dev.alliance.api.InvalidValueException} and keeps
 *       nothing.
 *   <li>Snapshots of different alliances or kinds are independent, and the state read back is
 *       byte for byte the state saved.
 * </ul>
 */
public interface SnapshotStore {

  /**
   * @param snapshot the snapshot
   * @return true when it was kept, false when an equal or further-reaching one was kept already
   * @throws dev.alliance.api.InvalidValueException when it reaches beyond the end of its stream
   */
  boolean save(Snapshot snapshot);

  /**
   * @param alliance the alliance
   * @param kind the kind of snapshot
   * @return the kept snapshot of that alliance and kind, if any
   */
  Optional<Snapshot> latest(AllianceId alliance, String kind);
}
