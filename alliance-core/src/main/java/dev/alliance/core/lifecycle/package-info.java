/**
 * The lifecycle engine: alliances and memberships as event streams.
 *
 * <ul>
 *   <li>{@link dev.alliance.core.lifecycle.LifecycleTables}: the alliance and membership transition
 *       tables with their guards, the single source of truth (rendered in {@code
 *       docs/lifecycle.md}).
 *   <li>{@link dev.alliance.core.lifecycle.AllianceLifecycle}: an alliance's state as a pure left
 *       fold of its stream, kept in persistent collections, with the api view on demand ({@link
 *       dev.alliance.core.lifecycle.AllianceLifecycle#toAlliance()}) and its proposals ({@code
 *       dev.alliance.core.proposal}), whose commands the same engine handles.
 *   <li>{@link dev.alliance.core.lifecycle.CommandHandler}: decides a command against a state,
 *       purely, into events or a rejection.
 *   <li>{@link dev.alliance.core.lifecycle.DecisionGate}: the seam through which governed acts are
 *       authorised: by any named decision ({@code requireReference()}, the default), or only by an
 *       adopted proposal of the same stream for exactly that act ({@code requireAdoptedProposal()}).
 *   <li>{@link dev.alliance.core.lifecycle.LifecycleEngine}: handles commands, records events in an
 *       {@link dev.alliance.core.stream.EventLog} and answers what an alliance looked like at any
 *       sequence number, instant or day.
 * </ul>
 *
 * <pre>{@code
 * LifecycleEngine engine = LifecycleEngine.inMemory(Clock.systemUTC());
 * engine.handle(new GiveWithdrawalNotice(eu, gbr, LocalDate.of(2017, 3, 29)));
 * engine.handle(new CompleteWithdrawal(eu, gbr, LocalDate.of(2018, 6, 23))).rejection();
 * // Optional[withdrawal.notice-period-must-run: GBR's withdrawal takes effect on 2019-03-29; 2018-06-23 is earlier]
 * engine.lifecycleOn(eu, LocalDate.of(2018, 6, 23)).member(gbr).orElseThrow().canVote(); // true
 * }</pre>
 *
 * <p>Public methods take and return JDK and api types; vavr serves inside. Commands never throw for
 * a broken rule: they are rejected with the rule's id and the figures.
 */
package dev.alliance.core.lifecycle;
