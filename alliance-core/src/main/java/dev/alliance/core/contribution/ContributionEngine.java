package dev.alliance.core.contribution;

import dev.alliance.api.Checks;
import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.command.CommandDecision;
import dev.alliance.api.command.CommandResult;
import dev.alliance.api.command.ContributionCommand;
import dev.alliance.api.command.Rejection;
import dev.alliance.api.event.ConcurrencyConflictException;
import dev.alliance.api.event.RecordedEvent;
import dev.alliance.core.lifecycle.AllianceLifecycle;
import dev.alliance.core.stream.EventLog;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The contribution engine: handles contribution commands for any number of alliances, records the
 * events in an {@link EventLog} (usually the one a {@link dev.alliance.core.lifecycle.LifecycleEngine}
 * writes the same alliances' lifecycles to), and answers what an alliance's contributions look like
 * now or at any earlier point.
 *
 * <pre>{@code
 * EventLog log = EventLog.inMemory(clock);
 * LifecycleEngine lifecycle = LifecycleEngine.of(log, DecisionGate.requireReference());
 * ContributionEngine contributions = ContributionEngine.of(log);
 * // ... form the alliance through the lifecycle engine, then:
 * contributions.handle(new CommitContribution(id, CommitmentId.of("dues-2024-P1"), p1, ContributionKind.CAPITAL,
 *     "dues 2024", Valuation.of("100", "EUR"), LocalDate.of(2024, 3, 31), LocalDate.of(2024, 1, 2)));
 * contributions.ledger(id).arrears(LocalDate.of(2024, 4, 2)); // [Commitment[id=dues-2024-P1, ...]]
 * }</pre>
 *
 * <p>The engine folds each stream twice: into the lifecycle (for membership and the alliance's
 * state, which the rules consult) and into the ledger. It catches up with events other engines
 * appended before it decides; if another writer appends between its decision and its append, it
 * decides again on the new state (a few times, then it gives up with the {@link
 * ConcurrencyConflictException}). "Today" is the log's clock's day in the clock's zone.
 */
public final class ContributionEngine {
  private static final Logger LOG = LoggerFactory.getLogger(ContributionEngine.class);
  private static final int ATTEMPTS = 3;

  private final EventLog log;
  private final ConcurrentHashMap<AllianceId, Folded> current = new ConcurrentHashMap<>();

  private ContributionEngine(EventLog log) {
    this.log = Objects.requireNonNull(log, "log");
  }

  /**
   * @param log the log to record in, shared with the engines that record the same alliances'
   *     lifecycles
   * @return the engine
   */
  public static ContributionEngine of(EventLog log) {
    return new ContributionEngine(log);
  }

  /**
   * @param clock the clock that stamps events and says what day it is
   * @return an engine with its own in-memory log
   */
  public static ContributionEngine inMemory(Clock clock) {
    return of(EventLog.inMemory(clock));
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
  public CommandResult handle(ContributionCommand command) {
    Objects.requireNonNull(command, "command");
    AllianceId id = command.alliance();
    synchronized (current.computeIfAbsent(id, Folded::empty)) {
      for (int attempt = 1; ; attempt++) {
        Folded state = catchUp(id);
        CommandDecision decision = ContributionHandler.decide(state.lifecycle, state.ledger, command, LocalDate.now(log.clock()));
        if (decision instanceof Rejection rejection) {
          LOG.debug("{}: rejected {}: {}", id, command.getClass().getSimpleName(), rejection);
          return rejection;
        }
        try {
          List<RecordedEvent> recorded = log.append(id, state.ledger.sequence(), decision.events());
          state.advance(recorded);
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
   * @return its ledger now: every event recorded so far folded
   */
  public ContributionLedger ledger(AllianceId id) {
    Objects.requireNonNull(id, "id");
    synchronized (current.computeIfAbsent(id, Folded::empty)) {
      return catchUp(id).ledger;
    }
  }

  /**
   * The ledger at the end of a day in the world: every event up to the first one dated after it.
   * The chronology rules keep streams in date order, so this is a prefix of the stream.
   *
   * @param id an alliance
   * @param day the day
   * @return the ledger at the end of that day
   */
  public ContributionLedger ledgerOn(AllianceId id, LocalDate day) {
    Objects.requireNonNull(day, "day");
    return replayWhile(id, event -> !event.event().on().isAfter(day));
  }

  /**
   * @param id an alliance
   * @param sequence how many events to fold: 0 for the empty ledger, up to the stream's length
   * @return the ledger after event number {@code sequence}
   */
  public ContributionLedger ledgerAtSequence(AllianceId id, long sequence) {
    long last = log.sequence(id);
    Checks.check(sequence >= 0 && sequence <= last, "ContributionEngine.sequence", sequence, "must lie between 0 and " + last);
    return replayWhile(id, event -> event.sequence() <= sequence);
  }

  private ContributionLedger replayWhile(AllianceId id, Predicate<RecordedEvent> included) {
    ContributionLedger ledger = ContributionLedger.empty(id);
    for (RecordedEvent event : log.read(id, 1)) {
      if (!included.test(event)) {
        break;
      }
      ledger = ledger.apply(event);
    }
    return ledger;
  }

  private Folded catchUp(AllianceId id) {
    Folded state = current.get(id);
    if (log.sequence(id) > state.ledger.sequence()) {
      state.advance(log.read(id, state.ledger.sequence() + 1));
    }
    return state;
  }

  /** The two folds of one stream, kept at the same sequence number; guarded by its own monitor. */
  private static final class Folded {
    private AllianceLifecycle lifecycle;
    private ContributionLedger ledger;

    private Folded(AllianceId id) {
      this.lifecycle = AllianceLifecycle.empty(id);
      this.ledger = ContributionLedger.empty(id);
    }

    private static Folded empty(AllianceId id) {
      return new Folded(id);
    }

    private void advance(List<RecordedEvent> events) {
      for (RecordedEvent event : events) {
        lifecycle = lifecycle.apply(event);
        ledger = ledger.apply(event);
      }
    }
  }
}
