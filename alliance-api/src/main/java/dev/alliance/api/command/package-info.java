/**
 * Commands: requests to change an alliance, and what handling them returns.
 *
 * <p>{@link dev.alliance.api.command.AllianceCommand} is the sealed root; each theme adds one family,
 * a sealed sub-interface in this package with its commands nested in it ({@link
 * dev.alliance.api.command.LifecycleCommand}, {@link dev.alliance.api.command.MembershipCommand},
 * {@link dev.alliance.api.command.ProposalCommand}).
 * Every command names its alliance and the day the act happens ({@code on}). A command is validated
 * as a value when it is built ({@link dev.alliance.api.InvalidValueException} for a blank reason, a
 * negative weight); whether it is allowed in the alliance's current state is decided by the engine
 * that handles it.
 *
 * <p>Handling a command never throws for a broken rule. It either emits events ({@link
 * dev.alliance.api.command.CommandDecision.Accepted}, and once recorded {@link
 * dev.alliance.api.command.CommandResult.Recorded}) or returns a {@link
 * dev.alliance.api.command.Rejection} that names the rule with a stable id and explains it with the
 * figures involved, and changes nothing:
 *
 * <pre>{@code
 * CommandResult result = engine.handle(new CompleteWithdrawal(eu, gbr, LocalDate.of(2019, 3, 29)));
 * result.rejection();
 * // Optional[withdrawal.notice-period-must-run: GBR's withdrawal takes effect on 2019-04-12; 2019-03-29 is earlier]
 * }</pre>
 */
package dev.alliance.api.command;
