/**
 * The alliance library's domain types: pure, immutable, validated values with no runtime
 * dependencies. Immutables generates their implementations at compile time only.
 */
module dev.alliance.api {
  requires static org.immutables.value.annotations;

  exports dev.alliance.api;
  exports dev.alliance.api.partner;
  exports dev.alliance.api.typology;
  exports dev.alliance.api.objective;
  exports dev.alliance.api.contribution;
  exports dev.alliance.api.governance;
  exports dev.alliance.api.event;
  exports dev.alliance.api.command;
  exports dev.alliance.api.agreement;
  exports dev.alliance.api.lifecycle;
  exports dev.alliance.api.alliance;
  exports dev.alliance.api.alignment;
  exports dev.alliance.api.ip;
  exports dev.alliance.api.scoring;
  exports dev.alliance.api.proposal;
  exports dev.alliance.api.negotiation;
  exports dev.alliance.api.trust;
  exports dev.alliance.api.dispute;
}
