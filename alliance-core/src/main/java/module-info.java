/**
 * The alliance engine. Depends at run time on the api and spi modules, vavr and the SLF4J API
 * only.
 */
module dev.alliance.core {
  requires transitive dev.alliance.api;
  requires transitive dev.alliance.spi;
  requires io.vavr;
  requires org.slf4j;

  exports dev.alliance.core.statemachine;
  exports dev.alliance.core.stream;
  exports dev.alliance.core.lifecycle;
  exports dev.alliance.core.power;
  exports dev.alliance.core.typology;
  exports dev.alliance.core.alignment.balance;
  exports dev.alliance.core.alignment.landscape;
  exports dev.alliance.core.governance;
  exports dev.alliance.core.exact;
  exports dev.alliance.core.text;
  exports dev.alliance.core.contribution;
  exports dev.alliance.core.costsharing;
  exports dev.alliance.core.burden;
  exports dev.alliance.core.benefit;
  exports dev.alliance.core.ip;
  exports dev.alliance.core.proposal;
  exports dev.alliance.core.store;
  exports dev.alliance.core.provider;
  exports dev.alliance.core.scoring;

  exports dev.alliance.core.negotiation;
  exports dev.alliance.core.trust;
  exports dev.alliance.core.dispute;
  exports dev.alliance.core.relations;
  exports dev.alliance.core.health;
  uses dev.alliance.spi.store.EventStore;
  uses dev.alliance.spi.scoring.PartnerScorer;
  uses dev.alliance.spi.scoring.HealthScorer;
}
