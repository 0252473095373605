/**
 * Disputes on the alliance's event stream: the dispute table ({@link
 * dev.alliance.core.dispute.DisputeTables}), the pure command handler ({@link
 * dev.alliance.core.dispute.DisputeHandler}), the projection of a stream into its open and closed
 * disputes ({@link dev.alliance.core.dispute.DisputeBook}), and the {@link
 * dev.alliance.core.dispute.Remedy remedies} a dispute left unresolved grants. The engine that
 * records dispute commands is {@code dev.alliance.core.relations.RelationsEngine}; the rules are
 * rendered in docs/relations.md by {@code dev.alliance.core.relations.RelationsDocs}.
 */
package dev.alliance.core.dispute;
