/**
 * The default scorers: partner fit ({@link dev.alliance.core.scoring.DefaultPartnerScorer}, with
 * the {@linkplain dev.alliance.core.scoring.KogutSingh Kogut-Singh index} of cultural distance) and
 * alliance health ({@link dev.alliance.core.scoring.DefaultHealthScorer}), and ranking of
 * candidates ({@link dev.alliance.core.scoring.PartnerRanking}).
 */
package dev.alliance.core.scoring;
