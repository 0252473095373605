/**
 * The states of the three lifecycles the library models: of an alliance, of a membership, and of
 * a proposal. The transitions between them are driven by the lifecycle engine in {@code
 * alliance-core}.
 */
package dev.alliance.api.lifecycle;
