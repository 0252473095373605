package dev.alliance.core.statemachine;

import dev.alliance.api.Checks;
import dev.alliance.api.command.Rejection;
import dev.alliance.api.event.AllianceEvent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The single source of truth for one lifecycle: its states, and for each event the states it may
 * leave, the state it enters, the command that asks for it and the guards it needs.
 *
 * <p>Engines ask the table whether an event is allowed ({@link #check}) and where it leads ({@link
 * #target}); {@link TableDiagrams} renders it as Markdown, Mermaid and DOT. Besides the guards of
 * its rows, every table enforces four general rules whose ids start with the table's name: {@code
 * <name>.unknown} (only the first event may come before the entity exists), {@code
 * <name>.already-exists}, {@code <name>.terminal-state} (nothing leaves a terminal state) and
 * {@code <name>.transition-not-allowed}.
 *
 * <pre>{@code
 * TransitionTable<ProposalState, Tally> proposals =
 *     TransitionTable.<ProposalState, Tally>builder(ProposalState.class, "proposal", "Proposal lifecycle")
 *         .describe(ProposalState.DRAFT, "being drafted")
 *         // ... one description per state
 *         .terminal(ProposalState.ADOPTED, ProposalState.REJECTED)
 *         .initial(ProposalDrafted.class, ProposalState.DRAFT).by(DraftProposal.class).means("a member drafts it")
 *         .on(BallotOpened.class).from(ProposalState.DRAFT).to(ProposalState.OPEN).by(OpenBallot.class)
 *             .guard(quorumDefined).means("the ballot opens")
 *         .build();
 * }</pre>
 *
 * @param <S> the states, an enum
 * @param <X> the context the guards see
 */
public final class TransitionTable<S extends Enum<S>, X> {
  private final Class<S> states;
  private final String name;
  private final String title;
  private final Map<S, String> descriptions;
  private final Set<S> terminal;
  private final List<Transition<S, X>> transitions;
  private final Map<Class<?>, Transition<S, X>> initial = new HashMap<>();
  private final Map<Class<?>, Map<S, Transition<S, X>>> rows = new HashMap<>();
  private final Map<S, List<Transition<S, X>>> automatic;
  private final Rule unknown;
  private final Rule alreadyExists;
  private final Rule terminalState;
  private final Rule notAllowed;

  private TransitionTable(Builder<S, X> builder) {
    this.states = builder.states;
    this.name = builder.name;
    this.title = builder.title;
    this.descriptions = Collections.unmodifiableMap(new EnumMap<>(builder.descriptions));
    this.terminal = Collections.unmodifiableSet(EnumSet.copyOf(builder.terminal));
    this.transitions = List.copyOf(builder.transitions);
    this.automatic = new EnumMap<>(states);
    for (Transition<S, X> transition : transitions) {
      if (transition.from().isEmpty()) {
        initial.put(transition.event(), transition);
      } else {
        rows.computeIfAbsent(transition.event(), e -> new EnumMap<>(states)).put(transition.from().get(), transition);
        if (transition.isAutomatic()) {
          automatic.computeIfAbsent(transition.from().get(), s -> new ArrayList<>()).add(transition);
        }
      }
    }
    String firsts = initial.keySet().stream().map(Class::getSimpleName).sorted().collect(Collectors.joining(", "));
    this.unknown =
        new Rule(name + ".unknown", "only the first event (" + firsts + ") may come before the " + name + " exists");
    this.alreadyExists =
        new Rule(name + ".already-exists", "the first event (" + firsts + ") cannot come again once the " + name + " exists");
    this.terminalState =
        new Rule(
            name + ".terminal-state",
            "nothing leaves a terminal state (" + names(terminal) + "): the " + name + " accepts no further command");
    this.notAllowed =
        new Rule(
            name + ".transition-not-allowed",
            "the event is allowed from the " + name + "'s current state: the table has a row for the pair");
  }

  /**
   * Starts a table.
   *
   * @param states the enum of states
   * @param name the lifecycle's short name, such as {@code "alliance"}: the prefix of its general
   *     rules' ids
   * @param title its title in documentation, such as {@code "Alliance lifecycle"}
   * @param <S> the states
   * @param <X> the context guards see
   * @return a builder
   */
  public static <S extends Enum<S>, X> Builder<S, X> builder(Class<S> states, String name, String title) {
    return new Builder<>(states, name, title);
  }

  /** @return the enum of states */
  public Class<S> states() {
    return states;
  }

  /** @return the lifecycle's short name, the prefix of its general rules */
  public String name() {
    return name;
  }

  /** @return the title for documentation */
  public String title() {
    return title;
  }

  /**
   * @param state a state
   * @return what the state means
   */
  public String describe(S state) {
    return descriptions.get(state);
  }

  /** @return the terminal states, which nothing leaves */
  public Set<S> terminalStates() {
    return terminal;
  }

  /** @return every row, in the order they were declared */
  public List<Transition<S, X>> transitions() {
    return transitions;
  }

  /** @return the four general rules every table enforces, in the order they are checked */
  public List<Rule> generalRules() {
    return List.of(unknown, alreadyExists, terminalState, notAllowed);
  }

  /**
   * @param event an event type
   * @return true when some row records it: the lifecycle folds it
   */
  public boolean knows(Class<?> event) {
    return initial.containsKey(event) || rows.containsKey(event);
  }

  /**
   * Finds a row.
   *
   * @param from the current state; empty before the entity exists
   * @param event the event type
   * @return the row; empty when the table has none for the pair
   */
  public Optional<Transition<S, X>> find(Optional<S> from, Class<?> event) {
    if (from.isEmpty()) {
      return Optional.ofNullable(initial.get(event));
    }
    Map<S, Transition<S, X>> byState = rows.get(event);
    return byState == null ? Optional.empty() : Optional.ofNullable(byState.get(from.get()));
  }

  /**
   * Where an event leads.
   *
   * @param from the current state; empty before the entity exists
   * @param event the event type
   * @return the state it enters; empty when the table has no row for the pair
   */
  public Optional<S> target(Optional<S> from, Class<?> event) {
    return find(from, event).map(Transition::to);
  }

  /**
   * @param state a state
   * @return the automatic rows that leave it, in declaration order
   */
  public List<Transition<S, X>> automaticFrom(S state) {
    return automatic.getOrDefault(state, List.of());
  }

  /**
   * Checks the general rules that concern the entity's existence and terminal states, without
   * looking for a row: used when an event concerns the entity without moving it (a membership event
   * needs an existing alliance that is not terminal).
   *
   * @param from the entity's current state; empty before it exists
   * @param event the event type
   * @param subject how reasons name the entity, such as {@code "the alliance"} or {@code "GBR"}
   * @return the rejection; empty when the entity may take the event
   */
  public Optional<Rejection> checkSubject(Optional<S> from, Class<?> event, String subject) {
    boolean first = initial.containsKey(event);
    if (from.isEmpty()) {
      return first
          ? Optional.empty()
          : Optional.of(
              unknown.reject(subject + " does not exist yet: " + event.getSimpleName() + " needs it to start with " + firstEvents()));
    }
    S state = from.get();
    if (terminal.contains(state)) {
      return Optional.of(
          terminalState.reject(subject + " is " + state + ", a terminal state: " + event.getSimpleName() + " cannot follow"));
    }
    if (first && find(from, event).isEmpty()) {
      return Optional.of(
          alreadyExists.reject(subject + " already exists (" + state + "): " + event.getSimpleName() + " only starts a new one"));
    }
    return Optional.empty();
  }

  /**
   * Checks whether an event may be recorded: the general rules, then the row, then its guards.
   *
   * @param from the entity's current state; empty before it exists
   * @param candidate the event
   * @param context what the guards see
   * @param subject how reasons name the entity
   * @return the first rejection; empty when the event may be recorded
   */
  public Optional<Rejection> check(Optional<S> from, AllianceEvent candidate, X context, String subject) {
    Objects.requireNonNull(candidate, "candidate");
    Class<?> event = candidate.getClass();
    if (!knows(event)) {
      throw new IllegalArgumentException("the " + name + " table has no row for " + event.getSimpleName());
    }
    Optional<Rejection> general = checkSubject(from, event, subject);
    if (general.isPresent()) {
      return general;
    }
    Optional<Transition<S, X>> row = find(from, event);
    if (row.isEmpty()) {
      return Optional.of(
          notAllowed.reject(
              subject + " is " + from.get() + "; " + event.getSimpleName() + " is allowed from " + sourcesOf(event)));
    }
    return row.get().check(context, candidate);
  }

  /**
   * Lists the states the first events lead to and every state reachable from them by the rows,
   * guards aside.
   *
   * @return the reachable states
   */
  public Set<S> reachableStates() {
    Set<S> reached = EnumSet.noneOf(states);
    Deque<S> queue = new ArrayDeque<>();
    initial.values().forEach(t -> queue.add(t.to()));
    while (!queue.isEmpty()) {
      S state = queue.poll();
      if (reached.add(state)) {
        for (Transition<S, X> t : transitions) {
          if (t.from().equals(Optional.of(state))) {
            queue.add(t.to());
          }
        }
      }
    }
    return reached;
  }

  private String firstEvents() {
    return initial.keySet().stream().map(Class::getSimpleName).sorted().collect(Collectors.joining(" or "));
  }

  private String sourcesOf(Class<?> event) {
    Map<S, Transition<S, X>> byState = rows.get(event);
    if (byState == null) {
      return "nothing: it creates the " + name;
    }
    return names(byState.keySet());
  }

  private static String names(Set<? extends Enum<?>> states) {
    return states.stream().map(Enum::name).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return title + " (" + transitions.size() + " transitions)";
  }

  /**
   * Builds a {@link TransitionTable}. Each row starts with {@link #initial} or {@link #on} and ends
   * with {@link Row#means}.
   *
   * @param <S> the states
   * @param <X> the context guards see
   */
  public static final class Builder<S extends Enum<S>, X> {
    private final Class<S> states;
    private final String name;
    private final String title;
    private final Map<S, String> descriptions;
    private final Set<S> terminal;
    private final List<Transition<S, X>> transitions = new ArrayList<>();

    private Builder(Class<S> states, String name, String title) {
      this.states = Objects.requireNonNull(states, "states");
      this.name = Objects.requireNonNull(name, "name");
      this.title = Checks.notBlank("TransitionTable.title", title);
      this.descriptions = new EnumMap<>(states);
      this.terminal = EnumSet.noneOf(states);
      // The name prefixes the general rules' ids: fail now, not when the first rule is built.
      new Rule(name + ".unknown", "a valid rule id");
    }

    /**
     * @param state a state
     * @param description what it means
     * @return this builder
     */
    public Builder<S, X> describe(S state, String description) {
      descriptions.put(Objects.requireNonNull(state, "state"), Checks.notBlank("TransitionTable.description", description));
      return this;
    }

    /**
     * @param terminalStates the states nothing may leave
     * @return this builder
     */
    @SafeVarargs
    public final Builder<S, X> terminal(S... terminalStates) {
      for (S state : terminalStates) {
        terminal.add(state);
      }
      return this;
    }

    /**
     * Starts the row of the event that creates the entity.
     *
     * @param event the event type
     * @param to the state it enters
     * @param <E> the event type
     * @return the row
     */
    public <E extends AllianceEvent> Row<E> initial(Class<E> event, S to) {
      return new Row<>(this, event, true).to(to);
    }

    /**
     * Starts a row (one per source state, when {@link Row#from} lists several).
     *
     * @param event the event type
     * @param <E> the event type
     * @return the row
     */
    public <E extends AllianceEvent> Row<E> on(Class<E> event) {
      return new Row<>(this, event, false);
    }

    /**
     * @return the table
     * @throws IllegalStateException when a state lacks a description, a pair has two rows, or a row
     *     leaves a terminal state
     */
    public TransitionTable<S, X> build() {
      List<String> problems = new ArrayList<>();
      for (S state : states.getEnumConstants()) {
        if (!descriptions.containsKey(state)) {
          problems.add(state + " has no description");
        }
      }
      Map<String, Transition<S, X>> seen = new LinkedHashMap<>();
      for (Transition<S, X> t : transitions) {
        String key = t.from().map(Enum::name).orElse("[*]") + "/" + t.event().getName();
        if (seen.put(key, t) != null) {
          problems.add("two rows for " + t);
        }
        t.from().filter(terminal::contains).ifPresent(s -> problems.add(t + " leaves the terminal state " + s));
      }
      if (transitions.stream().noneMatch(t -> t.from().isEmpty())) {
        problems.add("no first event");
      }
      if (!problems.isEmpty()) {
        throw new IllegalStateException(title + " is inconsistent: " + problems);
      }
      return new TransitionTable<>(this);
    }

    /**
     * One row under construction.
     *
     * @param <E> the event type
     */
    public final class Row<E extends AllianceEvent> {
      private final Builder<S, X> table;
      private final Class<E> event;
      private final boolean first;
      private final List<S> from = new ArrayList<>();
      private S to;
      private boolean stays;
      private Class<?> command;
      private final List<Guard<X, AllianceEvent>> guards = new ArrayList<>();
      private Function<X, Optional<AllianceEvent>> automatic;

      private Row(Builder<S, X> table, Class<E> event, boolean first) {
        this.table = table;
        this.event = Objects.requireNonNull(event, "event");
        this.first = first;
      }

      /**
       * @param sources the states the event may leave; one row each
       * @return this row
       */
      @SafeVarargs
      public final Row<E> from(S... sources) {
        if (first) {
          throw new IllegalStateException(event.getSimpleName() + " creates the entity: it leaves no state");
        }
        for (S source : sources) {
          from.add(source);
        }
        return this;
      }

      /**
       * @param target the state the event enters
       * @return this row
       */
      public Row<E> to(S target) {
        this.to = Objects.requireNonNull(target, "target");
        return this;
      }

      /** @return this row, made a self-transition for each source state */
      public Row<E> stay() {
        this.stays = true;
        return this;
      }

      /**
       * @param commandType the command that asks for the event
       * @return this row
       */
      public Row<E> by(Class<?> commandType) {
        this.command = Objects.requireNonNull(commandType, "commandType");
        return this;
      }

      /**
       * @param guard a guard the transition needs; guards are checked in the order added
       * @return this row
       */
      public Row<E> guard(Guard<? super X, ? super E> guard) {
        guards.add(Transition.erase(event, guard));
        return this;
      }

      /**
       * Makes the transition automatic: after every event the engine builds this event and records
       * it when the guards hold.
       *
       * @param factory builds the event from the context
       * @return this row
       */
      public Row<E> automatic(Function<? super X, ? extends E> factory) {
        Objects.requireNonNull(factory, "factory");
        this.automatic = context -> Optional.of(factory.apply(context));
        return this;
      }

      /**
       * Makes the transition automatic for events that exist only in some situations: after every
       * event the engine asks the factory, and records what it builds when the guards hold. Use it
       * when the event's own validation would refuse the values of other situations (an adoption
       * carries an adopted verdict, so there is none to build while the vote is undecided).
       *
       * @param factory builds the event from the context, or nothing
       * @return this row
       */
      public Row<E> automaticWhen(Function<? super X, ? extends Optional<? extends E>> factory) {
        Objects.requireNonNull(factory, "factory");
        this.automatic = context -> factory.apply(context).map(event -> (AllianceEvent) event);
        return this;
      }

      /**
       * Ends the row.
       *
       * @param description what the transition means, in words
       * @return the table builder
       */
      public Builder<S, X> means(String description) {
        Checks.notBlank("Transition.description", description);
        boolean sourcesRight = first ? from.isEmpty() : !from.isEmpty();
        boolean targetRight = stays ? to == null : to != null;
        if (!sourcesRight || !targetRight) {
          throw new IllegalStateException(
              event.getSimpleName() + ": a row needs its source states (unless it is the first event) and either a target or stay()");
        }
        if ((command == null) == (automatic == null)) {
          throw new IllegalStateException(
              event.getSimpleName() + ": a row is asked for by a command or fires automatically, exactly one");
        }
        if (first) {
          table.transitions.add(
              new Transition<>(Optional.empty(), event, to, Optional.ofNullable(command), guards, Optional.ofNullable(automatic), description));
        }
        for (S source : from) {
          table.transitions.add(
              new Transition<>(
                  Optional.of(source),
                  event,
                  stays ? source : to,
                  Optional.ofNullable(command),
                  guards,
                  Optional.ofNullable(automatic),
                  description));
        }
        return table;
      }
    }
  }
}
