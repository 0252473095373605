/**
 * Transition tables: one data structure per lifecycle from which everything else is derived.
 *
 * <p>A {@link dev.alliance.core.statemachine.TransitionTable} lists, for an enum of states, which
 * event may move an entity from which state to which, which command asks for it, and the {@link
 * dev.alliance.core.statemachine.Guard guards} (named {@link dev.alliance.core.statemachine.Rule
 * rules}) that must hold. Engines consult it to accept or reject commands and to fold events;
 * {@link dev.alliance.core.statemachine.TableDiagrams} renders the same table as Markdown, Mermaid
 * and Graphviz DOT, so the documentation cannot drift from the code.
 *
 * <p>The package knows nothing of any particular lifecycle: the alliance and membership tables live
 * in {@code dev.alliance.core.lifecycle}, and other engines (proposals, disputes) build their own
 * tables with the same type.
 */
package dev.alliance.core.statemachine;
