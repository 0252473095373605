package dev.alliance.examples.providers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.alliance.api.event.LifecycleEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The custom store's lesson: found by discovery, the engine runs on it, a stale writer is stopped. */
class StoreOfYourOwnTest {
  @Test
  void discoveryFindsTheStoreAndTheEngineRunsOnIt() {
    StoreOfYourOwn.Outcome outcome = new StoreOfYourOwn().compute();
    assertInstanceOf(KeyValueEventStore.class, outcome.choice().provider());
    assertEquals(
        List.of(LifecycleEvent.AllianceProposed.class, LifecycleEvent.NegotiationsOpened.class),
        outcome.history().stream().map(e -> e.event().getClass()).toList());
    assertEquals(1, outcome.staleWriter().expectedSequence());
    assertEquals(2, outcome.staleWriter().actualSequence());
    assertEquals(2, outcome.choice().provider().sequence(StoreOfYourOwn.AIRBUS), "the stale writer wrote nothing");
  }
}
