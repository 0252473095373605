/**
 * Exact arithmetic the engines share: {@link dev.alliance.core.exact.Rational}, a fraction of
 * arbitrary-precision integers, for results such as Shapley values and unrounded quotas that must
 * add up exactly.
 */
package dev.alliance.core.exact;
