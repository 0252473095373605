/**
 * The alliance domain as pure, immutable, validated values.
 *
 * <h2>Contract for every package of this module</h2>
 *
 * <ul>
 *   <li><b>Immutable and thread-safe.</b> Every value type is immutable; modified copies come from
 *       {@code with*} methods, new values from {@code of(...)} factories or {@code builder()}.
 *   <li><b>No nulls.</b> No method accepts or returns {@code null}; an absent value is an {@link
 *       java.util.Optional}. Passing {@code null} is a programming error and throws {@link
 *       java.lang.NullPointerException} naming the parameter.
 *   <li><b>Validated at construction.</b> An invalid value never exists: construction fails with
 *       an {@link dev.alliance.api.InvalidValueException} whose message names the field, the value
 *       and the rule it broke, for example {@code Member.weight = -1: must not be negative}.
 *   <li><b>Derived, never stored.</b> Facts that follow from other facts (an alliance's structure
 *       from its membership, an objective's direction from baseline and target) are computed on
 *       demand, so they can never disagree with what they derive from.
 * </ul>
 *
 * <p>The Immutables style below applies to this package and every package under it: generated
 * implementation classes stay package-private behind the abstract types' {@code of(...)} and
 * {@code builder()} factories, and nothing of Immutables is needed to compile against this module
 * or to run it.
 */
@Value.Style(
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    get = {"is*", "has*"},
    // No auto-discovered annotations (Immutables' @Generated among them) on generated code: users
    // compiling against the api with -Werror must not need Immutables on their class path.
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true))
package dev.alliance.api;

import org.immutables.value.Value;
