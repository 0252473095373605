/**
 * Test support for the alliance library: QuickTheories generators for every domain type,
 * assertions for value types, the architecture rules every module checks, and access to the
 * shared real-world data sets.
 *
 * <p>Generators are built with {@code map}, {@code zip} and {@code flatMap} from QuickTheories'
 * own sources, so every failure shrinks, and each domain generator describes its values
 * readably. Use them in your own tests:
 *
 * <pre>{@code
 * qt().forAll(AllianceGenerators.alliances())
 *     .check(a -> a.structure().isPresent() == a.parties().size() >= 2);
 * }</pre>
 */
package dev.alliance.testkit;
