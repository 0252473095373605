/**
 * Alliance health read off the alliance's own event stream. {@link
 * dev.alliance.core.health.HealthReader} folds a stream up to a day with the existing folds (the
 * contribution ledger, the lifecycle, the relations state with the standard trust extractor) and
 * returns the {@link dev.alliance.api.scoring.HealthIndicators} with the lines that explain them
 * ({@link dev.alliance.core.health.HealthReading}), ready for any {@code HealthScorer}.
 */
package dev.alliance.core.health;
