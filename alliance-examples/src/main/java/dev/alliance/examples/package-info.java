/**
 * Historical cases turned into executable theory. Every {@link dev.alliance.examples.Example} is a
 * runnable program with a test that asserts its lesson; the {@link dev.alliance.examples.tour.Tour}
 * runs them all, chapter by chapter, and prints a report.
 *
 * <p>Run the tour: {@code mvn -q install -DskipTests && mvn -q -pl alliance-examples exec:java}.
 * Run one example: {@code mvn -q -pl alliance-examples exec:java
 * -Dexec.mainClass=dev.alliance.examples.typology.TreatyOfKadesh}.
 */
package dev.alliance.examples;
