/**
 * The intellectual-property register: assets with their owners, licences with their field of use,
 * territory, term and royalty, and the rule that nothing is granted on ground an exclusive licence
 * covers. The values live in {@code dev.alliance.api.ip}.
 */
package dev.alliance.core.ip;
