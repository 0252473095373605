/**
 * Disputes among the members of an alliance: their identities, who a dispute is against (another
 * member, or a decision of the alliance), and where a dispute stands. A dispute climbs the
 * escalation ladder of the agreement's {@link dev.alliance.api.agreement.DisputeResolutionClause};
 * its events are {@link dev.alliance.api.event.DisputeEvent}s and its commands {@link
 * dev.alliance.api.command.DisputeCommand}s. The rules (ladder order, time limits, binding stages)
 * are enforced by {@code dev.alliance.core.dispute} and documented in {@code docs/disputes.md}.
 */
package dev.alliance.api.dispute;
