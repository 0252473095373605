/**
 * Relations among an alliance's members on its event stream: the engine that records their
 * conduct toward each other and their disputes ({@link dev.alliance.core.relations.RelationsEngine}),
 * the fold of a stream into lifecycle, disputes and trust observations ({@link
 * dev.alliance.core.relations.RelationsState}), the rules a relations event must meet ({@link
 * dev.alliance.core.relations.RelationsRules}), the dispute and trust inputs to alliance health
 * ({@link dev.alliance.core.relations.RelationsHealth}), and the generated docs/relations.md ({@link
 * dev.alliance.core.relations.RelationsDocs}).
 */
package dev.alliance.core.relations;
