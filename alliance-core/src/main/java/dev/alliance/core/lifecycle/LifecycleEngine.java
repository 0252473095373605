package dev.alliance.core.lifecycle;

import dev.alliance.api.Checks;
import dev.alliance.api.alliance.Alliance;
import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.command.AllianceCommand;
import dev.alliance.api.command.CommandResult;
import dev.alliance.api.command.CommandDecision;
import dev.alliance.api.command.Rejection;
import dev.alliance.api.event.ConcurrencyConflictException;
import dev.alliance.api.event.RecordedEvent;
import dev.alliance.core.stream.EventLog;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lifecycle engine: handles commands for any number of alliances, records the events in an
 * {@link EventLog}, and answers what an alliance looks like now or at any earlier point.
 *
 * <pre>{@code
 * LifecycleEngine engine = LifecycleEngine.inMemory(Clock.systemUTC());
 * engine.handle(new ProposeAlliance(nato, "NATO", typology, List.of(), Scope.empty(), LocalDate.of(1948, 3, 17)));
 * engine.handle(new OpenNegotiations(nato, LocalDate.of(1948, 7, 6)));
 * CommandResult r = engine.handle(new StartOperations(nato, LocalDate.of(1948, 7, 7)));
 * r.rejection(); // Optional[alliance.transition-not-allowed: the alliance is NEGOTIATING; OperationsStarted is allowed from FORMED]
 * engine.lifecycleAtSequence(nato, 1).state(); // Optional[PROPOSED]
 * }</pre>
 *
 * <p>Commands for one alliance are handled one at a time; different alliances proceed in parallel.
 * The engine keeps each alliance's current state and catches up with events that other engines
 * appended to the same log before it decides. If another writer appends between the decision and
 * the append, the engine decides again on the new state (a few times, then it gives up with the
 * {@link ConcurrencyConflictException}).
 *
 * <p>"Today", for the chronology rule that no command is dated in the future, is the log's clock's
 * day in the clock's zone.
 */
public final class LifecycleEngine {
  private static final Logger LOG = LoggerFactory.getLogger(LifecycleEngine.class);
  private static final int ATTEMPTS = 3;

  private final EventLog log;
  private final CommandHandler handler;
  private final ConcurrentHashMap<AllianceId, AllianceLifecycle> current = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<AllianceId, Object> locks = new ConcurrentHashMap<>();

  private LifecycleEngine(EventLog log, DecisionGate gate) {
    this.log = Objects.requireNonNull(log, "log");
    this.handler = CommandHandler.withGate(gate);
  }

  /**
   * An engine with its own in-memory log and the default gate ({@link
   * DecisionGate#requireReference()}).
   *
   * @param clock the clock that stamps events and says what day it is
   * @return the engine
   */
  public static LifecycleEngine inMemory(Clock clock) {
    return of(EventLog.inMemory(clock), DecisionGate.requireReference());
  }

  /**
   * @param log the log to record in, possibly shared with other engines
   * @param gate the gate that judges governance decisions
   * @return the engine
   */
  public static LifecycleEngine of(EventLog log, DecisionGate gate) {
    return new LifecycleEngine(log, gate);
  }

  /** @return the log the engine records in */
  public EventLog log() {
    return log;
  }

  /**
   * Handles a command: decides it against the alliance's current state and records the events.
   *
   * @param command the command
   * @return the recorded events, or the rejection (then nothing was recorded)
   * @throws ConcurrencyConflictException when other writers kept appending to the stream
   */
  public CommandResult handle(AllianceCommand command) {
    Objects.requireNonNull(command, "command");
    AllianceId id = command.alliance();
    synchronized (lock(id)) {
      for (int attempt = 1; ; attempt++) {
        AllianceLifecycle state = catchUp(id);
        CommandDecision decision = handler.decide(state, command, LocalDate.now(log.clock()));
        if (decision instanceof Rejection rejection) {
          LOG.debug("{}: rejected {}: {}", id, command.getClass().getSimpleName(), rejection);
          return rejection;
        }
        try {
          List<RecordedEvent> recorded = log.append(id, state.sequence(), decision.events());
          AllianceLifecycle next = state;
          for (RecordedEvent event : recorded) {
            next = next.apply(event);
          }
          current.put(id, next);
          return new CommandResult.Recorded(recorded);
        } catch (ConcurrencyConflictException conflict) {
          if (attempt == ATTEMPTS) {
            throw conflict;
          }
          LOG.debug("{}: another writer appended first; deciding again", id, conflict);
        }
      }
    }
  }

  /**
   * @param id an alliance
   * @return its current state; the empty state for an alliance never proposed
   */
  public AllianceLifecycle lifecycle(AllianceId id) {
    Objects.requireNonNull(id, "id");
    synchronized (lock(id)) {
      return catchUp(id);
    }
  }

  /**
   * @param id an alliance
   * @return the alliance as it stands now; empty when it was never proposed
   */
  public Optional<Alliance> alliance(AllianceId id) {
    return lifecycle(id).toAlliance();
  }

  /**
   * The state as of a point in the stream.
   *
   * @param id an alliance
   * @param sequence how many events to fold: 0 for the empty state, up to the stream's length
   * @return the state after event number {@code sequence}
   */
  public AllianceLifecycle lifecycleAtSequence(AllianceId id, long sequence) {
    long last = log.sequence(id);
    Checks.check(
        sequence >= 0 && sequence <= last, "LifecycleEngine.sequence", sequence, "must lie between 0 and " + last);
    return replayWhile(id, event -> event.sequence() <= sequence);
  }

  /**
   * The state as of an instant: every event recorded at or before it. Recording instants never go
   * backwards within a stream, so this is a prefix of the stream.
   *
   * @param id an alliance
   * @param instant the instant
   * @return the state as it was then
   */
  public AllianceLifecycle lifecycleAt(AllianceId id, Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return replayWhile(id, event -> !event.recordedAt().isAfter(instant));
  }

  /**
   * The state as of the end of a day in the world: every event up to the first one dated after it.
   * The chronology rules keep the lifecycle's events in date order, so this too is a prefix.
   *
   * @param id an alliance
   * @param day the day
   * @return the state at the end of that day
   */
  public AllianceLifecycle lifecycleOn(AllianceId id, LocalDate day) {
    Objects.requireNonNull(day, "day");
    return replayWhile(id, event -> !event.event().on().isAfter(day));
  }

  /**
   * @param id an alliance
   * @return its whole stream, in order
   */
  public List<RecordedEvent> history(AllianceId id) {
    return log.read(Objects.requireNonNull(id, "id"), 1);
  }

  private AllianceLifecycle replayWhile(AllianceId id, Predicate<RecordedEvent> included) {
    AllianceLifecycle state = AllianceLifecycle.empty(id);
    for (RecordedEvent event : log.read(id, 1)) {
      if (!included.test(event)) {
        break;
      }
      state = state.apply(event);
    }
    return state;
  }

  private Object lock(AllianceId id) {
    return locks.computeIfAbsent(id, k -> new Object());
  }

  private AllianceLifecycle catchUp(AllianceId id) {
    AllianceLifecycle state = current.getOrDefault(id, AllianceLifecycle.empty(id));
    if (log.sequence(id) > state.sequence()) {
      for (RecordedEvent event : log.read(id, state.sequence() + 1)) {
        state = state.apply(event);
      }
      current.put(id, state);
    }
    return state;
  }
}
