/** The tour: every example, chapter by chapter, in one report. */
package dev.alliance.examples.tour;
