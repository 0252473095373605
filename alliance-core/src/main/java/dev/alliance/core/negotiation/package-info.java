/**
 * Negotiation analysis: {@link dev.alliance.core.negotiation.Bargaining} takes a {@link
 * dev.alliance.api.negotiation.Negotiation} and computes, exactly, the zone of possible agreement
 * per issue and overall (or how far the positions miss), each party's verdict on an offer, the
 * Nash bargaining solution with the leverage a better BATNA gives, log-rolling trades and package
 * deals between two parties, and what a mediator's proposal does for each party. The utility model
 * is documented on {@code Bargaining} and in docs/decisions/0080-negotiation-model.md.
 */
package dev.alliance.core.negotiation;
