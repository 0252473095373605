/**
 * Classifying alliances with explanations: the derived dimensions of the typology (structure,
 * power symmetry) together with the figures they were derived from.
 */
package dev.alliance.core.typology;
