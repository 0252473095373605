/**
 * Proposals put to an alliance's decision, as data: a proposal's identity ({@link
 * dev.alliance.api.proposal.ProposalId}), the act it would authorise ({@link
 * dev.alliance.api.proposal.Motion}), and how its vote ended ({@link
 * dev.alliance.api.proposal.Verdict}).
 *
 * <p>A proposal lives on its alliance's event stream ({@link dev.alliance.api.event.ProposalEvent}):
 * drafted, opened to a vote under the procedure in force for its issue area, voted on, and adopted,
 * rejected, expired or withdrawn. An adopted proposal is the authority for the act its motion names:
 * a command that admits a member or amends the agreement cites it by its {@link
 * dev.alliance.api.governance.DecisionReference} ({@link
 * dev.alliance.api.proposal.ProposalId#toReference()}).
 *
 * <pre>{@code
 * ProposalId id = ProposalId.of("admit-swe");
 * Motion motion = Motion.admit(PartnerId.of("SWE"));
 * motion.describe();              // admit SWE
 * id.toReference();               // the DecisionReference an AdmitMember command cites
 * }</pre>
 */
package dev.alliance.api.proposal;
