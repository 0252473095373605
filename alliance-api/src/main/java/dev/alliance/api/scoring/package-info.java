/**
 * Scores as data: a value in {@code [0, 1]} with the named components it was computed from, their
 * values, weights and the basis of each, so that a user can see why one partner outranks another
 * or why an alliance looks unhealthy. Also the inputs of the two kinds of score the library
 * knows: partner fit ({@link dev.alliance.api.scoring.PartnerSearch} and {@link
 * dev.alliance.api.scoring.Candidate}) and alliance health ({@link
 * dev.alliance.api.scoring.HealthIndicators}).
 *
 * <p>The scorers themselves are service providers ({@code dev.alliance.spi.scoring}); the core
 * ships documented defaults.
 *
 * <pre>{@code
 * Score score = Score.of(List.of(
 *     ScoreComponent.scored("reputation", 0.75, 1.0, "2 of 2 commitments honored"),
 *     ScoreComponent.scored("value alignment", 0.5, 1.0, "mean gap 0.5 over 1 value")));
 * score.value();      // 0.625
 * score.describe();   // 0.625 = 0.5 x reputation 0.75 + 0.5 x value alignment 0.5
 * }</pre>
 */
package dev.alliance.api.scoring;
