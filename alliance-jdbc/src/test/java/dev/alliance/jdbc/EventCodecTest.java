package dev.alliance.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import dev.alliance.api.event.AllianceEvent;
import dev.alliance.testkit.EventGenerators;
import org.junit.jupiter.api.Test;

/** Every event type survives the trip to JSON and back. */
class EventCodecTest {
  private final EventCodec codec = EventCodec.create();

  @Test
  void everySampleRoundTrips() {
    for (AllianceEvent sample : EventGenerators.samples()) {
      EventCodec.Encoded encoded = codec.encode(sample);
      assertEquals(sample, codec.decode(encoded.type(), encoded.version(), encoded.payload()), encoded.payload());
    }
  }

  @Test
  void randomEventsRoundTrip() {
    qt().forAll(EventGenerators.events())
        .checkAssert(
            event -> {
              EventCodec.Encoded encoded = codec.encode(event);
              assertEquals(event, codec.decode(encoded.type(), encoded.version(), encoded.payload()), encoded.payload());
            });
  }
}
