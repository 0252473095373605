/**
 * Contributions: what partners put into an alliance, tangible or intangible, committed or
 * delivered, with a valuation.
 */
package dev.alliance.api.contribution;
