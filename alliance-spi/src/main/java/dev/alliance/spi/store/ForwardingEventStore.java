package dev.alliance.spi.store;

import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.event.AllianceEvent;
import dev.alliance.api.event.RecordedEvent;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A store that passes every call to another: the base for decorators (auditing, metrics, a store
 * configured by system properties for {@link java.util.ServiceLoader}) that change one or two
 * operations and keep the rest of the contract from the store they wrap.
 *
 * <pre>{@code
 * public final class CountingStore extends ForwardingEventStore {
 *   final LongAdder appended = new LongAdder();
 *   public CountingStore(EventStore store) { super(store); }
 *   public List<RecordedEvent> append(AllianceId a, long expected, List<? extends AllianceEvent> events, Instant at) {
 *     List<RecordedEvent> recorded = super.append(a, expected, events, at);
 *     appended.add(recorded.size());
 *     return recorded;
 *   }
 * }
 * }</pre>
 */
public abstract class ForwardingEventStore implements EventStore {
  private final EventStore delegate;

  /**
   * @param delegate the store that does the work
   */
  protected ForwardingEventStore(EventStore delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
  }

  /** @return the store that does the work */
  protected EventStore delegate() {
    return delegate;
  }

  @Override
  public String name() {
    return delegate.name();
  }

  @Override
  public int priority() {
    return delegate.priority();
  }

  @Override
  public List<RecordedEvent> append(AllianceId alliance, long expectedSequence, List<? extends AllianceEvent> events, Instant recordedAt) {
    return delegate.append(alliance, expectedSequence, events, recordedAt);
  }

  @Override
  public List<RecordedEvent> read(AllianceId alliance, long fromSequence, int maxCount) {
    return delegate.read(alliance, fromSequence, maxCount);
  }

  @Override
  public List<RecordedEvent> read(AllianceId alliance, long fromSequence) {
    return delegate.read(alliance, fromSequence);
  }

  @Override
  public long sequence(AllianceId alliance) {
    return delegate.sequence(alliance);
  }

  @Override
  public Set<AllianceId> alliances() {
    return delegate.alliances();
  }

  @Override
  public Optional<SnapshotStore> snapshots() {
    return delegate.snapshots();
  }

  @Override
  public void close() {
    delegate.close();
  }
}
