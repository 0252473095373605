package dev.alliance.core.statemachine;

import dev.alliance.api.command.Rejection;
import dev.alliance.api.event.AllianceEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One row of a {@link TransitionTable}: an event that moves an entity from one state (or, for the
 * first event, from nothing) to another, who asks for it (a command, or the engine itself when the
 * transition is automatic), the guards it needs, and what it means.
 *
 * @param <S> the states
 * @param <X> the context guards see
 */
public final class Transition<S extends Enum<S>, X> {
  private final Optional<S> from;
  private final Class<? extends AllianceEvent> event;
  private final S to;
  private final Optional<Class<?>> command;
  private final List<Guard<X, AllianceEvent>> guards;
  private final Optional<Function<X, Optional<AllianceEvent>>> automatic;
  private final String description;

  Transition(
      Optional<S> from,
      Class<? extends AllianceEvent> event,
      S to,
      Optional<Class<?>> command,
      List<Guard<X, AllianceEvent>> guards,
      Optional<Function<X, Optional<AllianceEvent>>> automatic,
      String description) {
    this.from = from;
    this.event = event;
    this.to = to;
    this.command = command;
    this.guards = List.copyOf(guards);
    this.automatic = automatic;
    this.description = description;
  }

  /** @return the state the transition leaves; empty for the event that creates the entity */
  public Optional<S> from() {
    return from;
  }

  /** @return the event that records the transition */
  public Class<? extends AllianceEvent> event() {
    return event;
  }

  /** @return the state the transition enters (the same as {@link #from()} for a self-transition) */
  public S to() {
    return to;
  }

  /** @return the command that asks for the transition; empty when the engine fires it itself */
  public Optional<Class<?>> command() {
    return command;
  }

  /** @return true when the engine records the transition by itself as soon as its guards hold */
  public boolean isAutomatic() {
    return automatic.isPresent();
  }

  /** @return the rules of the guards, in the order they are checked */
  public List<Rule> rules() {
    List<Rule> rules = new ArrayList<>();
    guards.forEach(guard -> rules.add(guard.rule()));
    return rules;
  }

  /** @return what the transition means, in words */
  public String description() {
    return description;
  }

  /**
   * Checks the guards in order.
   *
   * @param context what the engine knows
   * @param candidate the event the transition would record; of type {@link #event()}
   * @return the first guard's rejection; empty when every guard holds
   */
  public Optional<Rejection> check(X context, AllianceEvent candidate) {
    if (!event.isInstance(candidate)) {
      throw new IllegalArgumentException(
          "transition " + this + " records " + event.getSimpleName() + ", not " + candidate.getClass().getSimpleName());
    }
    for (Guard<X, AllianceEvent> guard : guards) {
      Optional<Rejection> rejection = guard.check(context, candidate);
      if (rejection.isPresent()) {
        return rejection;
      }
    }
    return Optional.empty();
  }

  /**
   * For an automatic transition: builds the event the engine would record now, and keeps it when
   * every guard holds.
   *
   * @param context what the engine knows after the event that may trigger the transition
   * @return the event to record; empty when the transition is not automatic, its factory builds
   *     nothing, or a guard fails
   */
  public Optional<AllianceEvent> fire(X context) {
    if (automatic.isEmpty()) {
      return Optional.empty();
    }
    return automatic.get().apply(context).filter(candidate -> check(context, candidate).isEmpty());
  }

  @Override
  public String toString() {
    return from.map(Enum::name).orElse("[*]") + " --" + event.getSimpleName() + "--> " + to;
  }

  /** Carries the typed guard into the erased list; the table checks the event type first. */
  static <X, E extends AllianceEvent> Guard<X, AllianceEvent> erase(Class<E> type, Guard<? super X, ? super E> guard) {
    Objects.requireNonNull(guard, "guard");
    return new Guard<>() {
      @Override
      public Rule rule() {
        return guard.rule();
      }

      @Override
      public Optional<Rejection> check(X context, AllianceEvent event) {
        return guard.check(context, type.cast(event));
      }
    };
  }
}
