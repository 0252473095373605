/**
 * Negotiation, trust and disputes as the tour tells them: the Camp David Accords (no zone of
 * agreement on the parties' positions, one once the mediator's package is on the table), Suez 1956
 * (unilateral action and the collapse of trust), AUKUS and France in 2021-2022 (the repair of trust,
 * and its limits), and a dispute climbing a WTO-style ladder.
 */
package dev.alliance.examples.negotiation;
