package dev.alliance.core.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.core.scoring.DefaultHealthScorer;
import dev.alliance.core.scoring.DefaultPartnerScorer;
import dev.alliance.core.store.InMemoryEventStore;
import dev.alliance.spi.store.EventStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Discovery in each case the issue names: no provider, one, several (with the tie-break), one that
 * fails to start, and an explicit choice by the caller or by system property. Each test declares
 * its providers in a {@code META-INF/services} file of its own class loader, so the real {@link
 * java.util.ServiceLoader} path is exercised.
 */
class DiscoveryTest {
  @TempDir Path dir;

  private ClassLoader declaring(Class<?>... stores) throws IOException {
    return declaringNames(java.util.Arrays.stream(stores).map(Class::getName).toArray(String[]::new));
  }

  private ClassLoader declaringNames(String... classNames) throws IOException {
    Path services = Files.createDirectories(dir.resolve("META-INF/services"));
    Files.writeString(services.resolve(EventStore.class.getName()), String.join("\n", classNames) + "\n");
    return new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
  }

  private Discovery<EventStore> stores(ClassLoader loader) {
    return Discovery.eventStore().classLoader(loader).properties(name -> null);
  }

  @Test
  void withNoProviderTheInMemoryDefaultIsUsedAndSaysSo() throws IOException {
    ProviderChoice<EventStore> choice = stores(declaring()).choose();
    assertInstanceOf(InMemoryEventStore.class, choice.provider());
    assertEquals(ChoiceReason.DEFAULT, choice.reason());
    assertEquals(List.of(), choice.candidates());
    assertEquals(List.of("EventStore: no provider found", "EventStore: chose in-memory (the built-in default)"), choice.lines());
  }

  @Test
  void theOnlyProviderIsChosen() throws IOException {
    ProviderChoice<EventStore> choice = stores(declaring(TestStores.Low.class)).choose();
    assertInstanceOf(TestStores.Low.class, choice.provider());
    assertEquals(ChoiceReason.HIGHEST_PRIORITY, choice.reason());
    assertEquals("EventStore: chose low (the only candidate)", choice.lines().get(1));
  }

  @Test
  void ofSeveralProvidersTheHighestPriorityWinsAndAllAreListed() throws IOException {
    int closedBefore = TestStores.CLOSED.get();
    ProviderChoice<EventStore> choice = stores(declaring(TestStores.Low.class, TestStores.High.class)).choose();
    assertInstanceOf(TestStores.High.class, choice.provider());
    assertEquals(List.of("high", "low"), choice.candidates().stream().map(ProviderCandidate::name).toList());
    assertEquals(
        List.of(
            "EventStore: 2 candidates: high (priority 50, " + TestStores.High.class.getName() + "), low (priority 10, "
                + TestStores.Low.class.getName() + ")",
            "EventStore: chose high (highest priority)"),
        choice.lines());
    assertEquals(closedBefore + 1, TestStores.CLOSED.get(), "the candidate not chosen is closed");
  }

  @Test
  void equalPrioritiesAreBrokenByNameWhateverTheDeclarationOrder() throws IOException {
    assertEquals("alpha", stores(declaring(TestStores.Beta.class, TestStores.Alpha.class)).get().name());
    dir = Files.createTempDirectory("discovery");
    assertEquals("alpha", stores(declaring(TestStores.Alpha.class, TestStores.Beta.class)).get().name());
  }

  @Test
  void aProviderThatFailsToStartIsReportedAndSkipped() throws IOException {
    ProviderChoice<EventStore> choice =
        stores(declaringNames(TestStores.Failing.class.getName(), "com.example.MissingStore", TestStores.Blank.class.getName(), TestStores.Low.class.getName()))
            .choose();
    assertInstanceOf(TestStores.Low.class, choice.provider());
    assertEquals(3, choice.failures().size(), choice.failures().toString());
    assertTrue(choice.failures().get(0).type().contains("Failing"), choice.failures().toString());
    assertTrue(choice.failures().get(0).problem().contains("database unreachable at jdbc:nowhere"), choice.failures().toString());
    assertTrue(choice.failures().get(1).problem().contains("com.example.MissingStore"), choice.failures().toString());
    assertEquals(TestStores.Blank.class.getName(), choice.failures().get(2).type());
    assertEquals("its name is blank", choice.failures().get(2).problem());
    assertTrue(choice.lines().get(0).startsWith("EventStore: provider "), choice.lines().toString());
    assertTrue(choice.lines().get(0).contains("failed to start and was skipped"), choice.lines().toString());
  }

  @Test
  void whenEveryProviderFailsTheDefaultIsUsed() throws IOException {
    ProviderChoice<EventStore> choice = stores(declaring(TestStores.Failing.class)).choose();
    assertInstanceOf(InMemoryEventStore.class, choice.provider());
    assertEquals(ChoiceReason.DEFAULT, choice.reason());
    assertEquals(1, choice.failures().size());
  }

  @Test
  void theCallersChoiceOverridesPriorityAndTheSystemProperty() throws IOException {
    ClassLoader loader = declaring(TestStores.Low.class, TestStores.High.class);
    ProviderChoice<EventStore> choice = stores(loader).properties(Map.of(Discovery.STORE_PROPERTY, "high")::get).named("low").choose();
    assertInstanceOf(TestStores.Low.class, choice.provider());
    assertEquals(ChoiceReason.NAMED_BY_CALLER, choice.reason());
    assertEquals("EventStore: chose low (named by the caller)", choice.lines().get(1));
  }

  @Test
  void theSystemPropertyOverridesPriority() throws IOException {
    ProviderChoice<EventStore> choice =
        stores(declaring(TestStores.Low.class, TestStores.High.class)).properties(Map.of(Discovery.STORE_PROPERTY, " low ")::get).choose();
    assertInstanceOf(TestStores.Low.class, choice.provider());
    assertEquals(ChoiceReason.NAMED_BY_SYSTEM_PROPERTY, choice.reason());
  }

  @Test
  void theDefaultCanBeChosenByNameOverAHigherPriority() throws IOException {
    EventStore store = stores(declaring(TestStores.High.class)).named(InMemoryEventStore.NAME).get();
    assertInstanceOf(InMemoryEventStore.class, store);
  }

  @Test
  void aNameThatNoProviderAnswersToIsAnError() throws IOException {
    ProviderNotFoundException missing =
        assertThrows(ProviderNotFoundException.class, () -> stores(declaring(TestStores.Low.class, TestStores.Failing.class)).named("redis").choose());
    assertTrue(missing.getMessage().startsWith("EventStore: no provider named \"redis\" started; available: low, in-memory"), missing.getMessage());
    assertTrue(missing.getMessage().contains("database unreachable"), missing.getMessage());
  }

  @Test
  void scorersFallBackToTheirDefaults() {
    assertInstanceOf(DefaultPartnerScorer.class, Discovery.partnerScorer().properties(name -> null).get());
    assertInstanceOf(DefaultHealthScorer.class, Discovery.healthScorer().properties(name -> null).get());
    assertEquals("alliance.partner-scorer", Discovery.partnerScorer().property());
  }

  @Test
  void theChoiceIsLogged() throws IOException {
    ClassLoader loader = declaring();
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      stores(loader).choose();
    } finally {
      System.setErr(original);
    }
    String log = captured.toString(StandardCharsets.UTF_8);
    assertTrue(log.contains("EventStore: no provider found"), log);
    assertTrue(log.contains("EventStore: chose in-memory (the built-in default)"), log);
  }
}
