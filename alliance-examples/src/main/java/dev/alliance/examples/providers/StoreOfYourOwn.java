package dev.alliance.examples.providers;

import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.command.CommandResult;
import dev.alliance.api.command.LifecycleCommand;
import dev.alliance.api.event.ConcurrencyConflictException;
import dev.alliance.api.event.LifecycleEvent;
import dev.alliance.api.event.RecordedEvent;
import dev.alliance.api.objective.Scope;
import dev.alliance.api.typology.Form;
import dev.alliance.api.typology.Formality;
import dev.alliance.api.typology.GovernanceStyle;
import dev.alliance.api.typology.Lifespan;
import dev.alliance.api.typology.Purpose;
import dev.alliance.api.typology.Typology;
import dev.alliance.core.lifecycle.DecisionGate;
import dev.alliance.core.lifecycle.LifecycleEngine;
import dev.alliance.core.provider.Discovery;
import dev.alliance.core.provider.ProviderChoice;
import dev.alliance.core.stream.EventLog;
import dev.alliance.examples.Example;
import dev.alliance.examples.Report;
import dev.alliance.spi.store.EventStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * For framework authors: a store of your own, plugged in with a few lines. The {@link
 * KeyValueEventStore} keeps streams in a key-value store with compare-and-set; one line in {@code
 * META-INF/services} lets discovery find it, and the lifecycle engine runs on it unchanged. The
 * history is Airbus's start: the French and West German ministers launched the A300 by an
 * agreement signed at the Paris Air Show on 29 May 1969, after British, French and German ministers
 * had agreed in July 1967 to develop an airbus together; the GIE followed on 18 December 1970.
 */
public final class StoreOfYourOwn implements Example {
  static final AllianceId AIRBUS = AllianceId.of("airbus-industrie");
  static final Instant RECORDED = Instant.parse("2026-01-01T00:00:00Z");

  @Override
  public String title() {
    return "A store of your own: Airbus Industrie's first events in a key-value store";
  }

  @Override
  public String lesson() {
    return "A store needs one atomic compare-and-set to keep the whole contract; discovery finds it by"
        + " its service declaration, the engine runs on it unchanged, and a writer working from a stale"
        + " view of the stream is stopped instead of overwriting history.";
  }

  /** What the example computed. */
  record Outcome(ProviderChoice<EventStore> choice, List<RecordedEvent> history, ConcurrencyConflictException staleWriter) {}

  Outcome compute() {
    ProviderChoice<EventStore> choice = Discovery.eventStore().properties(name -> null).choose();
    EventStore store = choice.provider();
    LifecycleEngine engine = LifecycleEngine.of(EventLog.of(store, Clock.fixed(RECORDED, ZoneOffset.UTC)), DecisionGate.requireReference());
    Typology consortium =
        Typology.builder()
            .addPurposes(Purpose.ECONOMIC, Purpose.KNOWLEDGE_SHARING)
            .governanceStyle(GovernanceStyle.EGALITARIAN)
            .duration(Lifespan.permanent())
            .formality(Formality.CONTRACT)
            .form(Form.CONSORTIUM)
            .build();
    CommandResult proposed =
        engine.handle(new LifecycleCommand.ProposeAlliance(AIRBUS, "Airbus Industrie", consortium, List.of(), Scope.empty(), LocalDate.of(1969, 5, 29)));
    engine.handle(new LifecycleCommand.OpenNegotiations(AIRBUS, LocalDate.of(1969, 5, 29)));
    ConcurrencyConflictException stale = null;
    try {
      // A second writer that read the stream after the proposal, before negotiations opened.
      store.append(AIRBUS, proposed.recorded().size(), List.of(new LifecycleEvent.FormationAbandoned("written from a stale view", LocalDate.of(1969, 5, 29))), RECORDED);
    } catch (ConcurrencyConflictException conflict) {
      stale = conflict;
    }
    return new Outcome(choice, engine.history(AIRBUS), stale);
  }

  @Override
  public Report run() {
    Outcome outcome = compute();
    Report.Builder report = Report.of(this);
    report.line("Discovery, with KeyValueEventStore declared in META-INF/services:");
    outcome.choice().lines().forEach(line -> report.line("  " + line));
    report.line("The lifecycle engine's stream, read back from the key-value store:");
    for (RecordedEvent event : outcome.history()) {
      report.line("  " + event.sequence() + "  " + event.event().on() + "  " + event.event().getClass().getSimpleName());
    }
    report.line("A writer with a stale view appends after event 1: " + outcome.staleWriter().getMessage());
    return report.build();
  }

  /**
   * Runs this example alone.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Example.runAlone(new StoreOfYourOwn());
  }
}
