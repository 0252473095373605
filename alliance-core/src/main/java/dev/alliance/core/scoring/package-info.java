/**
 * The default scorers: partner fit ({@link dev.alliance.core.scoring.DefaultPartnerScorer}, with
 * the {@linkplain dev.alliance.core.scoring.KogutSingh Kogut-Singh index} of cultural distance) and
 * alliance health ({@link dev.alliance.core.scoring.DefaultHealthScorer}), and ranking of
 * candidates ({@link dev.alliance.core.scoring.PartnerRanking}). The health indicators of an
 * alliance's stream are read by {@code dev.alliance.core.health.HealthReader}.
 */
package dev.alliance.core.scoring;
