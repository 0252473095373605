/**
 * Provider discovery: {@link dev.alliance.core.provider.Discovery} finds event stores and scorers
 * with {@link java.util.ServiceLoader}, chooses one by name or priority, falls back to the core's
 * default, and explains its choice ({@link dev.alliance.core.provider.ProviderChoice}).
 */
package dev.alliance.core.provider;
