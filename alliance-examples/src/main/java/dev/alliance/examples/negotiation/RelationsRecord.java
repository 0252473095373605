package dev.alliance.examples.negotiation;

import dev.alliance.api.agreement.Agreement;
import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.alliance.Role;
import dev.alliance.api.command.AllianceCommand;
import dev.alliance.api.command.CommandResult;
import dev.alliance.api.command.DisputeCommand;
import dev.alliance.api.command.LifecycleCommand;
import dev.alliance.api.command.MembershipCommand;
import dev.alliance.api.command.RelationsCommand;
import dev.alliance.api.command.Rejection;
import dev.alliance.api.event.AllianceEvent;
import dev.alliance.api.event.DisputeEvent;
import dev.alliance.api.event.RecordedEvent;
import dev.alliance.api.event.RelationsEvent;
import dev.alliance.api.objective.Scope;
import dev.alliance.api.partner.Partner;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.typology.Typology;
import dev.alliance.core.dispute.DisputeBook;
import dev.alliance.core.lifecycle.DecisionGate;
import dev.alliance.core.lifecycle.LifecycleEngine;
import dev.alliance.core.relations.RelationsEngine;
import dev.alliance.core.relations.RelationsHealth;
import dev.alliance.core.stream.EventLog;
import dev.alliance.core.trust.TrustAssessment;
import dev.alliance.core.trust.TrustLedger;
import dev.alliance.examples.TextTable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One alliance's relations as the examples tell them: a lifecycle engine and a relations engine on
 * one log, commands that history shows happened, attempts the rules refuse (kept with their
 * rejections), and the relations and dispute events printed as a timeline. The clock stands at the
 * time of writing, so every historical date is in its past.
 */
final class RelationsRecord {
  /** When the examples are recorded; only the stream's order and days matter to them. */
  static final Instant RECORDED = Instant.parse("2026-01-01T00:00:00Z");

  private final AllianceId id;
  private final EventLog log = EventLog.inMemory(Clock.fixed(RECORDED, ZoneOffset.UTC));
  private final LifecycleEngine lifecycle = LifecycleEngine.of(log, DecisionGate.requireReference());
  private final RelationsEngine relations = RelationsEngine.of(log);
  private final List<Refusal> refusals = new ArrayList<>();

  /** An attempt the rules refused. */
  record Refusal(AllianceCommand command, Rejection rejection) {}

  RelationsRecord(AllianceId id) {
    this.id = id;
  }

  /** Forms and starts the alliance on one day: proposed, negotiated, founders invited, acceding and signing. */
  RelationsRecord found(String name, Typology typology, List<Partner> founders, Agreement agreement, LocalDate day) {
    act(new LifecycleCommand.ProposeAlliance(id, name, typology, List.of(), Scope.empty(), day));
    act(new LifecycleCommand.OpenNegotiations(id, day));
    Set<PartnerId> signatories = new LinkedHashSet<>();
    for (Partner founder : founders) {
      act(new MembershipCommand.InviteMember(id, founder, Role.FOUNDER, day));
      act(new MembershipCommand.BeginAccession(id, founder.id(), day));
      signatories.add(founder.id());
    }
    act(new LifecycleCommand.SignAgreement(id, agreement, signatories, day));
    act(new LifecycleCommand.StartOperations(id, day));
    return this;
  }

  /** Runs a command that history shows happened; a rejection means the example is wrong. */
  List<AllianceEvent> act(AllianceCommand command) {
    CommandResult result = run(command);
    if (!result.isAccepted()) {
      throw new IllegalStateException("the example's history breaks a rule: " + command + " -> " + result.rejection().orElseThrow());
    }
    return result.recorded().stream().map(RecordedEvent::event).toList();
  }

  /** Records a relations event that history shows happened. */
  void record(RelationsEvent event) {
    act(new RelationsCommand.RecordRelationsEvent(id, event));
  }

  /** Runs a command that the rules must refuse, and keeps the refusal for the report. */
  Rejection attempt(AllianceCommand command) {
    Rejection rejection = run(command).rejection().orElseThrow(() -> new IllegalStateException("the rules let this through: " + command));
    refusals.add(new Refusal(command, rejection));
    return rejection;
  }

  private CommandResult run(AllianceCommand command) {
    if (command instanceof DisputeCommand dispute) {
      return relations.handle(dispute);
    }
    if (command instanceof RelationsCommand relation) {
      return relations.handle(relation);
    }
    return lifecycle.handle(command);
  }

  List<Refusal> refusals() {
    return List.copyOf(refusals);
  }

  TrustAssessment trust(PartnerId observer, PartnerId subject, LocalDate day) {
    return relations.trust(id, observer, subject, day);
  }

  /** The trust observations the stream yields, up to the end of a day. */
  TrustLedger trustLedger(LocalDate day) {
    return relations.stateOn(id, day).trust();
  }

  DisputeBook disputes() {
    return relations.disputes(id);
  }

  DisputeBook disputesOn(LocalDate day) {
    return relations.stateOn(id, day).disputes();
  }

  RelationsHealth health(LocalDate day) {
    return relations.health(id, day);
  }

  List<RecordedEvent> history() {
    return log.read(id, 1);
  }

  /** The relations and dispute events as a table. */
  TextTable timeline() {
    TextTable table = new TextTable("#", "day", "event", "details");
    for (RecordedEvent recorded : history()) {
      AllianceEvent event = recorded.event();
      if (event instanceof RelationsEvent r) {
        table.row("#" + recorded.sequence(), event.on(), event.getClass().getSimpleName(), r.actor() + " to " + r.counterparts() + ": " + r.description());
      } else if (event instanceof DisputeEvent d) {
        table.row("#" + recorded.sequence(), event.on(), event.getClass().getSimpleName(), d.dispute() + " " + details(d));
      }
    }
    return table;
  }

  private static String details(DisputeEvent event) {
    if (event instanceof DisputeEvent.DisputeRaised e) {
      return e.complainant() + " v " + e.respondent() + ", " + e.subject() + ", at " + e.stage();
    }
    if (event instanceof DisputeEvent.DisputeEscalated e) {
      return e.from() + " -> " + e.to() + " by " + e.by() + (e.byAgreement() ? " (agreed)" : "") + ": " + e.reason();
    }
    if (event instanceof DisputeEvent.DisputeSettled e) {
      return e.terms();
    }
    if (event instanceof DisputeEvent.DisputeDecided e) {
      return "at " + e.stage() + ": " + e.ruling();
    }
    if (event instanceof DisputeEvent.DisputeWithdrawn e) {
      return "by " + e.by() + ": " + e.reason();
    }
    DisputeEvent.DisputeUnresolved e = (DisputeEvent.DisputeUnresolved) event;
    return "at " + e.stage() + ": " + e.consequence();
  }
}
