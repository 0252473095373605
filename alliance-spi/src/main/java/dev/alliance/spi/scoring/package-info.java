/**
 * The scoring service-provider interfaces: {@link dev.alliance.spi.scoring.PartnerScorer} (how
 * well a candidate fits an alliance) and {@link dev.alliance.spi.scoring.HealthScorer} (how healthy
 * an alliance is). Scores and their inputs are api values ({@code dev.alliance.api.scoring}).
 */
package dev.alliance.spi.scoring;
