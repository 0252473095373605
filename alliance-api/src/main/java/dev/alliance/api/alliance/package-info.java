/**
 * The alliance aggregate: the view that ties partners, typology, agreement, governance,
 * objectives, scope and lifecycle state together.
 */
package dev.alliance.api.alliance;
