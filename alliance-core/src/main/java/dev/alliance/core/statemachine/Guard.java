package dev.alliance.core.statemachine;

import dev.alliance.api.command.Rejection;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A condition a transition needs, as a named {@link Rule} and a check. The check sees the context
 * the engine supplies (typically the current state) and the event the transition would record, and
 * either passes or returns the rejection.
 *
 * <pre>{@code
 * Guard<Situation, AgreementSigned> complete = Guard.of(
 *     new Rule("formation.requires-complete-agreement", "the agreement has every essential clause"),
 *     (situation, signed) -> signed.agreement().isComplete()
 *         ? Optional.empty()
 *         : Optional.of("the agreement lacks " + signed.agreement().missingEssentialClauses()));
 * }</pre>
 *
 * @param <X> the context the engine supplies
 * @param <E> the event the transition records
 */
public interface Guard<X, E> {

  /** @return the rule this guard enforces */
  Rule rule();

  /**
   * Checks the guard.
   *
   * @param context what the engine knows, typically the current state
   * @param event the event the transition would record
   * @return the rejection when the guard fails; empty when it holds
   */
  Optional<Rejection> check(X context, E event);

  /**
   * Builds a guard from a rule and a function that explains a violation.
   *
   * @param rule the rule
   * @param violation returns the reason, with its figures, when the rule is broken; empty when it
   *     holds
   * @param <X> the context
   * @param <E> the event
   * @return the guard
   */
  static <X, E> Guard<X, E> of(Rule rule, BiFunction<? super X, ? super E, Optional<String>> violation) {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(violation, "violation");
    return new Guard<>() {
      @Override
      public Rule rule() {
        return rule;
      }

      @Override
      public Optional<Rejection> check(X context, E event) {
        return violation.apply(context, event).map(rule::reject);
      }

      @Override
      public String toString() {
        return rule.id();
      }
    };
  }
}
