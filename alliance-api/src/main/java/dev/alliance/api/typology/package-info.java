/**
 * Typology: the dimensions along which alliances are classified.
 *
 * <p>Purpose, governance style, duration, formality and form are chosen by the founders and
 * stored in a {@link dev.alliance.api.typology.Typology}. Structure (bilateral or multilateral)
 * and power symmetry are facts about the membership, so they are never stored: {@link
 * dev.alliance.api.typology.Structure#of(int)} and {@link
 * dev.alliance.api.typology.PowerSymmetry#classify(java.util.Collection)} derive them.
 */
package dev.alliance.api.typology;
