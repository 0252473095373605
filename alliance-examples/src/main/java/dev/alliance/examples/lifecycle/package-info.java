/**
 * Lifecycles as event streams: alliances that formed, changed, lost members and ended, replayed
 * command by command through the lifecycle engine, with the rules that shaped them.
 */
package dev.alliance.examples.lifecycle;
