/**
 * Examples of the service-provider interfaces: ranking partners with the default scorer (for
 * application developers), and a scorer and an event store of your own, found by discovery (for
 * framework authors).
 */
package dev.alliance.examples.providers;
