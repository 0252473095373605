package dev.alliance.examples.providers;

import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.event.AllianceEvent;
import dev.alliance.api.event.ConcurrencyConflictException;
import dev.alliance.api.event.RecordedEvent;
import dev.alliance.spi.store.EventStore;
import dev.alliance.spi.store.EventStoreSupport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * An event store written by a framework author on top of a key-value store that offers one atomic
 * operation, compare-and-set on a key (Redis, etcd, DynamoDB conditional writes and many others
 * do). Each alliance's stream is one immutable value under its key; an append replaces it only if
 * it is still the value the writer read. That single operation gives every rule of the contract:
 * gap-free numbering, optimistic concurrency, atomic batches and isolation. Here the key-value
 * store is a {@link ConcurrentMap}; its {@code replace(key, old, new)} is the compare-and-set.
 *
 * <p>It passes the whole conformance kit ({@code KeyValueEventStoreConformanceTest}), and is
 * declared in {@code META-INF/services/dev.alliance.spi.store.EventStore}, so discovery finds it.
 */
public final class KeyValueEventStore implements EventStore {
  private final ConcurrentMap<AllianceId, Stream> keys = new ConcurrentHashMap<>();

  /** The value under an alliance's key: its whole stream, never changed in place. */
  private record Stream(List<RecordedEvent> events) {
    Instant latest() {
      return events.isEmpty() ? null : events.get(events.size() - 1).recordedAt();
    }
  }

  private static final Stream EMPTY = new Stream(List.of());

  /** An empty store; public and without arguments, as {@link java.util.ServiceLoader} needs. */
  public KeyValueEventStore() {}

  @Override
  public String name() {
    return "key-value";
  }

  @Override
  public int priority() {
    return 10;
  }

  @Override
  public List<RecordedEvent> append(AllianceId alliance, long expectedSequence, List<? extends AllianceEvent> events, Instant recordedAt) {
    List<AllianceEvent> batch = EventStoreSupport.checkAppend(alliance, expectedSequence, events, recordedAt);
    Stream old = keys.getOrDefault(alliance, EMPTY);
    if (old.events().size() != expectedSequence) {
      throw new ConcurrencyConflictException(alliance, expectedSequence, old.events().size());
    }
    if (batch.isEmpty()) {
      return List.of();
    }
    List<RecordedEvent> recorded = EventStoreSupport.number(alliance, expectedSequence, batch, EventStoreSupport.stamp(recordedAt, old.latest()));
    List<RecordedEvent> longer = new ArrayList<>(old.events());
    longer.addAll(recorded);
    boolean swapped = old == EMPTY ? keys.putIfAbsent(alliance, new Stream(List.copyOf(longer))) == null : keys.replace(alliance, old, new Stream(List.copyOf(longer)));
    if (!swapped) {
      throw new ConcurrencyConflictException(alliance, expectedSequence, sequence(alliance));
    }
    return recorded;
  }

  @Override
  public List<RecordedEvent> read(AllianceId alliance, long fromSequence, int maxCount) {
    EventStoreSupport.checkRead(alliance, fromSequence, maxCount);
    List<RecordedEvent> events = keys.getOrDefault(alliance, EMPTY).events();
    if (fromSequence > events.size()) {
      return List.of();
    }
    return events.subList((int) fromSequence - 1, (int) Math.min(events.size(), fromSequence - 1 + maxCount));
  }

  @Override
  public long sequence(AllianceId alliance) {
    return keys.getOrDefault(Objects.requireNonNull(alliance, "alliance"), EMPTY).events().size();
  }

  @Override
  public Set<AllianceId> alliances() {
    return Set.copyOf(keys.keySet());
  }
}
