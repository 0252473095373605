/**
 * JMH benchmarks. Each benchmark builds its inputs from a fixed seed in a {@code @State} setup and,
 * where one makes sense, sits next to a baseline measured in the same run, because on a small
 * shared machine the ratio is what can be trusted. See docs/performance.md.
 */
package dev.alliance.benchmarks;
