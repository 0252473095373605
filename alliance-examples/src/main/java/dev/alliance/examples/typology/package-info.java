/** Typology examples: how alliances are classified, and what their agreements contain. */
package dev.alliance.examples.typology;
