/**
 * Burden-sharing analysis: each member's share of the burden against its share of capacity (and of
 * benefit when known), targets such as NATO's 2% of GDP, free-rider flags under stated rules, and
 * the Gini coefficient of the burden-to-capacity ratios, as data ({@link
 * dev.alliance.core.burden.BurdenReport}) with a text rendering.
 */
package dev.alliance.core.burden;
