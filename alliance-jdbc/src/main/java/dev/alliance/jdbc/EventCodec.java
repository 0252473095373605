package dev.alliance.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.alliance.api.event.AllianceEvent;
import dev.alliance.spi.store.EventStoreException;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns events into JSON and back: each event is stored as its type tag (its {@linkplain
 * SealedTypes#name name} in the sealed {@link AllianceEvent} hierarchy, such as {@code
 * LifecycleEvent.AllianceProposed}), the payload's schema version, and the JSON of its record
 * components. Every permitted event type is known from the hierarchy itself, so families added
 * later need no registration. Thread-safe.
 *
 * <pre>{@code
 * EventCodec codec = EventCodec.create();
 * EventCodec.Encoded row = codec.encode(new LifecycleEvent.NegotiationsOpened(LocalDate.of(1948, 7, 6)));
 * row.type();     // "LifecycleEvent.NegotiationsOpened"
 * row.payload();  // {"on":"1948-07-06"}
 * codec.decode(row.type(), row.version(), row.payload()); // equal to the event
 * }</pre>
 *
 * <p>Payload versions: every payload written today is version {@value #VERSION}. When an event's
 * shape changes incompatibly, the version rises and the reader converts older payloads before
 * reading them; a payload from a newer library than this one is refused with a clear error rather
 * than misread.
 */
public final class EventCodec {
  /** The payload schema version this library writes. */
  public static final int VERSION = 1;

  private final ObjectMapper mapper;
  private final Map<String, Class<?>> types;
  private final Map<Class<?>, ObjectWriter> writers = new ConcurrentHashMap<>();
  private final Map<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();

  private EventCodec() {
    this.mapper =
        JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .addModule(new AllianceJacksonModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // Only public api: the codec works on the module path, where the api opens nothing.
            .disable(MapperFeature.CAN_OVERRIDE_ACCESS_MODIFIERS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();
    this.types = SealedTypes.leaves(AllianceEvent.class);
  }

  /** @return a codec for every event type of the sealed hierarchy */
  public static EventCodec create() {
    return new EventCodec();
  }

  /**
   * An event as stored.
   *
   * @param type the event's type tag
   * @param version the payload's schema version
   * @param payload the event's JSON
   */
  public record Encoded(String type, int version, String payload) {
    /** Checks for nulls. */
    public Encoded {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(payload, "payload");
    }
  }

  /**
   * @param event an event
   * @return its type tag, version and JSON
   * @throws EventStoreException when the event cannot be written as JSON
   */
  public Encoded encode(AllianceEvent event) {
    Objects.requireNonNull(event, "event");
    try {
      String payload = writers.computeIfAbsent(event.getClass(), mapper::writerFor).writeValueAsString(event);
      return new Encoded(SealedTypes.name(event.getClass()), VERSION, payload);
    } catch (JsonProcessingException e) {
      throw new EventStoreException("cannot write " + event.getClass().getName() + " as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * @param type the event's type tag
   * @param version the payload's schema version
   * @param payload the event's JSON
   * @return the event
   * @throws EventStoreException when the type is unknown, the version newer than this library's,
   *     or the payload not a valid event of that type
   */
  public AllianceEvent decode(String type, int version, String payload) {
    Class<?> eventType = types.get(type);
    if (eventType == null) {
      throw new EventStoreException("unknown event type \"" + type + "\"; this library knows " + types.keySet());
    }
    if (version > VERSION || version < 1) {
      throw new EventStoreException(
          "event type " + type + " payload version " + version + ": this library reads versions 1 to " + VERSION);
    }
    try {
      return (AllianceEvent) readers.computeIfAbsent(eventType, mapper::readerFor).readValue(payload);
    } catch (JsonProcessingException e) {
      throw new EventStoreException("cannot read a " + type + " from " + payload + ": " + e.getOriginalMessage(), e);
    }
  }

  /** @return the type tags of every event type, in hierarchy order */
  public Set<String> types() {
    return types.keySet();
  }
}
