/**
 * The agreement that founds an alliance, and its clauses. An agreement can be incomplete while it
 * is negotiated; {@link dev.alliance.api.agreement.Agreement#missingEssentialClauses()} says what
 * it still lacks, and an alliance cannot form on an agreement that lacks anything essential.
 */
package dev.alliance.api.agreement;
