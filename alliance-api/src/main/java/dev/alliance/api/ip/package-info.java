/**
 * Intellectual property in alliances, as values: assets (background IP brought in, foreground IP
 * created jointly, sideground IP created by one partner with the alliance's resources) with their
 * owners, and licences (exclusive or not, limited by field of use, territory and term, with a
 * royalty). Whether a licence may be granted is decided by the register in {@code
 * dev.alliance.core.ip}.
 */
package dev.alliance.api.ip;
