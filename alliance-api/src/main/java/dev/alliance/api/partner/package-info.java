/**
 * Partners: who can ally, what they bring, how they measure and how their cultures differ.
 *
 * <pre>{@code
 * Partner france = Partner.builder()
 *     .id(PartnerId.of("FRA"))
 *     .name("France")
 *     .kind(PartnerKind.STATE)
 *     .addCapabilities(Capability.MILITARY_ASSETS, Capability.INTELLIGENCE)
 *     .putAttributes(Measure.POPULATION, new BigDecimal("68000000"))
 *     .build();
 * }</pre>
 */
package dev.alliance.api.partner;
