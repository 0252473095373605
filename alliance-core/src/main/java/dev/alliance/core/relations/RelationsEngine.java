package dev.alliance.core.relations;

import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.command.AllianceCommand;
import dev.alliance.api.command.CommandDecision;
import dev.alliance.api.command.CommandResult;
import dev.alliance.api.command.DisputeCommand;
import dev.alliance.api.command.RelationsCommand;
import dev.alliance.api.command.Rejection;
import dev.alliance.api.event.ConcurrencyConflictException;
import dev.alliance.api.event.RecordedEvent;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.dispute.DisputeBook;
import dev.alliance.core.dispute.DisputeHandler;
import dev.alliance.core.stream.EventLog;
import dev.alliance.core.trust.DefaultTrustModel;
import dev.alliance.core.trust.ObservationExtractor;
import dev.alliance.core.trust.TrustAssessment;
import dev.alliance.core.trust.TrustModel;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The relations engine: records the members' conduct toward each other ({@link RelationsCommand})
 * and their disputes ({@link DisputeCommand}) in an {@link EventLog}, usually the one a {@code
 * LifecycleEngine} writes the same alliances' lifecycles to, and answers what the alliance's
 * disputes, trust and relations health look like now or on any earlier day.
 *
 * <pre>{@code
 * EventLog log = EventLog.inMemory(clock);
 * LifecycleEngine lifecycle = LifecycleEngine.of(log, DecisionGate.requireReference());
 * RelationsEngine relations = RelationsEngine.of(log);
 * // ... form the alliance through the lifecycle engine, then:
 * relations.handle(new RaiseDispute(wto, DisputeId.of("DS1"), BRA, Respondent.member(USA), "cotton subsidies", day));
 * relations.disputes(wto).open();                       // [Dispute[DS1 BRA v USA, OPEN at DIRECT_NEGOTIATION ...]]
 * relations.trust(wto, FRA, USA, day).level();
 * relations.health(wto, day).lines();
 * }</pre>
 *
 * <p>The engine folds each stream three ways ({@link RelationsState}). It catches up with events
 * other engines appended before it decides; if another writer appends between its decision and its
 * append, it decides again (a few times, then it gives up with the {@link
 * ConcurrencyConflictException}). "Today" is the log's clock's day in the clock's zone.
 */
public final class RelationsEngine {
  private static final Logger LOG = LoggerFactory.getLogger(RelationsEngine.class);
  private static final int ATTEMPTS = 3;

  private final EventLog log;
  private final TrustModel model;
  private final ObservationExtractor extractor;
  private final ConcurrentHashMap<AllianceId, Folded> current = new ConcurrentHashMap<>();

  private RelationsEngine(EventLog log, TrustModel model, ObservationExtractor extractor) {
    this.log = Objects.requireNonNull(log, "log");
    this.model = Objects.requireNonNull(model, "model");
    this.extractor = Objects.requireNonNull(extractor, "extractor");
  }

  /**
   * @param log the log to record in, shared with the lifecycle engine
   * @return an engine with the default trust model, reading observations off relations and
   *     contribution events ({@link ObservationExtractor#standard()})
   */
  public static RelationsEngine of(EventLog log) {
    return of(log, DefaultTrustModel.standard(), ObservationExtractor.standard());
  }

  /**
   * @param log the log to record in
   * @param model the trust model
   * @param extractor how trust observations are read off events (combine extractors with {@link
   *     ObservationExtractor#and})
   * @return the engine
   */
  public static RelationsEngine of(EventLog log, TrustModel model, ObservationExtractor extractor) {
    return new RelationsEngine(log, model, extractor);
  }

  /** @return the log the engine records in */
  public EventLog log() {
    return log;
  }

  /** @return the trust model */
  public TrustModel model() {
    return model;
  }

  /**
   * @param command a dispute command
   * @return the recorded events, or the rejection (then nothing was recorded)
   */
  public CommandResult handle(DisputeCommand command) {
    return record(command, (state, today) -> DisputeHandler.decide(state.lifecycle(), state.disputes(), command, today));
  }

  /**
   * @param command a relations command
   * @return the recorded event, or the rejection (then nothing was recorded)
   */
  public CommandResult handle(RelationsCommand command) {
    return record(command, (state, today) -> RelationsRules.decide(state.lifecycle(), command, today));
  }

  /**
   * @param id an alliance
   * @return its relations now: every event recorded so far folded
   */
  public RelationsState state(AllianceId id) {
    Objects.requireNonNull(id, "id");
    Folded folded = current.computeIfAbsent(id, k -> new Folded(RelationsState.empty(k, extractor)));
    synchronized (folded) {
      return catchUp(id, folded);
    }
  }

  /**
   * The relations at the end of a day in the world: every event up to the first one dated after it
   * (the chronology rules keep streams in date order, so this is a prefix).
   *
   * @param id an alliance
   * @param day the day
   * @return the state at the end of that day
   */
  public RelationsState stateOn(AllianceId id, LocalDate day) {
    Objects.requireNonNull(day, "day");
    RelationsState state = RelationsState.empty(id, extractor);
    for (RecordedEvent event : log.read(id, 1)) {
      if (event.event().on().isAfter(day)) {
        break;
      }
      state = state.apply(event);
    }
    return state;
  }

  /**
   * @param id an alliance
   * @return its disputes now
   */
  public DisputeBook disputes(AllianceId id) {
    return state(id).disputes();
  }

  /**
   * @param id an alliance
   * @param observer a member
   * @param subject another member
   * @param day the day
   * @return the observer's trust in the subject at the end of that day, by the engine's model
   */
  public TrustAssessment trust(AllianceId id, PartnerId observer, PartnerId subject, LocalDate day) {
    return stateOn(id, day).trust().assess(model, observer, subject, day, Optional.empty());
  }

  /**
   * @param id an alliance
   * @param day the day
   * @return the dispute and trust components of its health at the end of that day
   */
  public RelationsHealth health(AllianceId id, LocalDate day) {
    return RelationsHealth.of(stateOn(id, day), model, day);
  }

  private CommandResult record(AllianceCommand command, Decider decider) {
    Objects.requireNonNull(command, "command");
    AllianceId id = command.alliance();
    Folded folded = current.computeIfAbsent(id, k -> new Folded(RelationsState.empty(k, extractor)));
    synchronized (folded) {
      for (int attempt = 1; ; attempt++) {
        RelationsState state = catchUp(id, folded);
        CommandDecision decision = decider.decide(state, LocalDate.now(log.clock()));
        if (decision instanceof Rejection rejection) {
          LOG.debug("{}: rejected {}: {}", id, command.getClass().getSimpleName(), rejection);
          return rejection;
        }
        try {
          List<RecordedEvent> recorded = log.append(id, state.sequence(), decision.events());
          RelationsState next = state;
          for (RecordedEvent event : recorded) {
            next = next.apply(event);
          }
          folded.state = next;
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

  private RelationsState catchUp(AllianceId id, Folded folded) {
    RelationsState state = folded.state;
    if (log.sequence(id) > state.sequence()) {
      for (RecordedEvent event : log.read(id, state.sequence() + 1)) {
        state = state.apply(event);
      }
      folded.state = state;
    }
    return state;
  }

  /** Decides a command against the folded state and the day. */
  @FunctionalInterface
  private interface Decider {
    CommandDecision decide(RelationsState state, LocalDate today);
  }

  /** The folded state of one alliance; guarded by its own monitor. */
  private static final class Folded {
    private RelationsState state;

    private Folded(RelationsState state) {
      this.state = state;
    }
  }
}
