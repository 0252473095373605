package dev.alliance.core.store;

import dev.alliance.api.InvalidValueException;
import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.event.AllianceEvent;
import dev.alliance.api.event.ConcurrencyConflictException;
import dev.alliance.api.event.RecordedEvent;
import dev.alliance.spi.store.EventStore;
import dev.alliance.spi.store.EventStoreSupport;
import dev.alliance.spi.store.Snapshot;
import dev.alliance.spi.store.SnapshotStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The default event store: every stream in memory, lost when the JVM exits. Safe under concurrent
 * use: each stream is guarded by its own lock, so appends to different alliances proceed in
 * parallel and appends to one alliance are serialized; readers get copies.
 *
 * <pre>{@code
 * EventStore store = new InMemoryEventStore();
 * store.append(AllianceId.of("nato"), 0, List.of(proposed, opened), Instant.now()); // sequences 1, 2
 * }</pre>
 *
 * <p>It also keeps snapshots in memory. The core uses it when no other store is found or chosen.
 */
public final class InMemoryEventStore implements EventStore, SnapshotStore {
  /** The name to choose this store by. */
  public static final String NAME = "in-memory";

  private final ConcurrentHashMap<AllianceId, Stream> streams = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<SnapshotKey, Snapshot> snapshots = new ConcurrentHashMap<>();

  /** Creates an empty store. */
  public InMemoryEventStore() {}

  @Override
  public String name() {
    return NAME;
  }

  /** @return 0: the fallback, below any provider that declares a positive priority */
  @Override
  public int priority() {
    return 0;
  }

  @Override
  public List<RecordedEvent> append(
      AllianceId alliance, long expectedSequence, List<? extends AllianceEvent> events, Instant recordedAt) {
    List<AllianceEvent> batch = EventStoreSupport.checkAppend(alliance, expectedSequence, events, recordedAt);
    // Only a writer that expects an empty stream may create one, so a failed append leaves no trace.
    Stream stream = expectedSequence == 0 ? streams.computeIfAbsent(alliance, a -> new Stream()) : streams.get(alliance);
    if (stream == null) {
      throw new ConcurrencyConflictException(alliance, expectedSequence, 0);
    }
    synchronized (stream) {
      long actual = stream.events.size();
      if (actual != expectedSequence) {
        throw new ConcurrencyConflictException(alliance, expectedSequence, actual);
      }
      if (batch.isEmpty()) {
        return List.of();
      }
      Instant at = EventStoreSupport.stamp(recordedAt, stream.latest);
      List<RecordedEvent> recorded = EventStoreSupport.number(alliance, expectedSequence, batch, at);
      stream.events.addAll(recorded);
      stream.latest = at;
      return recorded;
    }
  }

  @Override
  public List<RecordedEvent> read(AllianceId alliance, long fromSequence, int maxCount) {
    EventStoreSupport.checkRead(alliance, fromSequence, maxCount);
    return slice(alliance, fromSequence, maxCount);
  }

  @Override
  public List<RecordedEvent> read(AllianceId alliance, long fromSequence) {
    EventStoreSupport.checkRead(alliance, fromSequence, 1);
    return slice(alliance, fromSequence, Integer.MAX_VALUE);
  }

  private List<RecordedEvent> slice(AllianceId alliance, long fromSequence, int maxCount) {
    Stream stream = streams.get(alliance);
    if (stream == null) {
      return List.of();
    }
    synchronized (stream) {
      int size = stream.events.size();
      if (fromSequence > size) {
        return List.of();
      }
      int from = (int) fromSequence - 1;
      int to = (int) Math.min(size, (long) from + maxCount);
      return List.copyOf(stream.events.subList(from, to));
    }
  }

  @Override
  public long sequence(AllianceId alliance) {
    Stream stream = streams.get(Objects.requireNonNull(alliance, "alliance"));
    if (stream == null) {
      return 0;
    }
    synchronized (stream) {
      return stream.events.size();
    }
  }

  @Override
  public Set<AllianceId> alliances() {
    Set<AllianceId> ids = new HashSet<>();
    streams.forEach(
        (id, stream) -> {
          if (sequence(id) > 0) {
            ids.add(id);
          }
        });
    return ids;
  }

  @Override
  public Optional<SnapshotStore> snapshots() {
    return Optional.of(this);
  }

  @Override
  public boolean save(Snapshot snapshot) {
    Objects.requireNonNull(snapshot, "snapshot");
    long end = sequence(snapshot.alliance());
    if (snapshot.sequence() > end) {
      throw new InvalidValueException(
          "Snapshot.sequence", snapshot.sequence(), "must not lie beyond the end of the stream, " + end);
    }
    boolean[] kept = {false};
    snapshots.compute(
        new SnapshotKey(snapshot.alliance(), snapshot.kind()),
        (key, old) -> {
          kept[0] = old == null || snapshot.sequence() > old.sequence();
          return kept[0] ? snapshot : old;
        });
    return kept[0];
  }

  @Override
  public Optional<Snapshot> latest(AllianceId alliance, String kind) {
    Objects.requireNonNull(alliance, "alliance");
    Objects.requireNonNull(kind, "kind");
    return Optional.ofNullable(snapshots.get(new SnapshotKey(alliance, kind)));
  }

  private record SnapshotKey(AllianceId alliance, String kind) {}

  private static final class Stream {
    private final ArrayList<RecordedEvent> events = new ArrayList<>();
    private Instant latest;
  }
}
