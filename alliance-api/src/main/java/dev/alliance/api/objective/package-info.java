/**
 * Objectives and scope: what an alliance sets out to achieve, and what it will and will not do.
 *
 * <p>Objectives are SMART: a {@linkplain dev.alliance.api.objective.Objective#metric() metric}
 * with a baseline and a target, and a deadline. Core objectives form the minimum viable alliance;
 * aspirational ones are stretch goals. The {@link dev.alliance.api.objective.Scope} answers
 * whether an activity is in scope, explicitly excluded, or mission creep.
 */
package dev.alliance.api.objective;
