/**
 * What every service provider has in common: a name to be chosen by and a priority to be ranked
 * by. The storage and scoring interfaces build on {@link dev.alliance.spi.Provider}.
 *
 * <p>Contract: providers are stateless or thread-safe, never return {@code null}, and report
 * infrastructure failures with unchecked exceptions.
 */
package dev.alliance.spi;
