package dev.alliance.examples.lifecycle;

import dev.alliance.api.agreement.Agreement;
import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.alliance.Role;
import dev.alliance.api.command.AllianceCommand;
import dev.alliance.api.command.CommandResult;
import dev.alliance.api.command.LifecycleCommand;
import dev.alliance.api.command.MembershipCommand;
import dev.alliance.api.command.Rejection;
import dev.alliance.api.event.AllianceEvent;
import dev.alliance.api.event.GovernedEvent;
import dev.alliance.api.event.LifecycleEvent;
import dev.alliance.api.event.MembershipEvent;
import dev.alliance.api.event.RecordedEvent;
import dev.alliance.api.objective.Objective;
import dev.alliance.api.objective.Scope;
import dev.alliance.api.partner.Partner;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.typology.Typology;
import dev.alliance.core.lifecycle.AllianceLifecycle;
import dev.alliance.core.lifecycle.LifecycleEngine;
import dev.alliance.examples.TextTable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One alliance's history as the examples tell it: commands run through a lifecycle engine, the ones
 * that history shows were refused kept with their rejections, and the stream printed as a
 * timeline. The engine's clock stands at the time of writing, so every historical date is in its
 * past; the examples travel in time by the day of each act.
 */
final class Chronicle {
  /** When the examples are recorded; only the stream's order and days matter to them. */
  static final Instant RECORDED = Instant.parse("2026-01-01T00:00:00Z");

  private final AllianceId id;
  private final LifecycleEngine engine = LifecycleEngine.inMemory(Clock.fixed(RECORDED, ZoneOffset.UTC));
  private final List<Refusal> refusals = new ArrayList<>();

  /** An attempt the rules refused. */
  record Refusal(AllianceCommand command, Rejection rejection) {}

  Chronicle(AllianceId id) {
    this.id = id;
  }

  /** Runs commands that history shows happened; a rejection means the example is wrong. */
  Chronicle act(List<? extends AllianceCommand> commands) {
    commands.forEach(this::act);
    return this;
  }

  /**
   * Forms the alliance as history did: proposed and negotiated on one day, the founders invited and
   * acceding, the agreement signed by all of them on another.
   */
  Chronicle found(
      String name,
      Typology typology,
      List<Objective> objectives,
      List<Partner> founders,
      Optional<PartnerId> lead,
      LocalDate proposed,
      Agreement agreement,
      LocalDate signed) {
    act(new LifecycleCommand.ProposeAlliance(id, name, typology, objectives, Scope.empty(), proposed));
    act(new LifecycleCommand.OpenNegotiations(id, proposed));
    Set<PartnerId> signatories = new LinkedHashSet<>();
    for (Partner founder : founders) {
      Role role = lead.filter(founder.id()::equals).isPresent() ? Role.LEAD : Role.FOUNDER;
      act(new MembershipCommand.InviteMember(id, founder, role, proposed));
      act(new MembershipCommand.BeginAccession(id, founder.id(), proposed));
      signatories.add(founder.id());
    }
    act(new LifecycleCommand.SignAgreement(id, agreement, signatories, signed));
    return this;
  }

  /** Runs a command that history shows happened and returns what it recorded. */
  List<AllianceEvent> act(AllianceCommand command) {
    CommandResult result = engine.handle(command);
    if (!result.isAccepted()) {
      throw new IllegalStateException("the example's history breaks a rule: " + command + " -> " + result.rejection().orElseThrow());
    }
    return result.recorded().stream().map(RecordedEvent::event).toList();
  }

  /** Runs a command that the rules must refuse, and keeps the refusal for the report. */
  Rejection attempt(AllianceCommand command) {
    CommandResult result = engine.handle(command);
    Rejection rejection =
        result.rejection().orElseThrow(() -> new IllegalStateException("the rules let this through: " + command));
    refusals.add(new Refusal(command, rejection));
    return rejection;
  }

  List<Refusal> refusals() {
    return List.copyOf(refusals);
  }

  AllianceLifecycle now() {
    return engine.lifecycle(id);
  }

  /** The state at the end of a day. */
  AllianceLifecycle on(LocalDate day) {
    return engine.lifecycleOn(id, day);
  }

  List<RecordedEvent> history() {
    return engine.history(id);
  }

  /**
   * The stream as a table, without the routine steps of forming (invitations and accessions of
   * founders).
   */
  TextTable timeline(Function<LocalDate, String> day) {
    TextTable table = new TextTable("#", "day", "event", "details");
    for (RecordedEvent recorded : history()) {
      AllianceEvent event = recorded.event();
      if (event instanceof MembershipEvent.MemberInvited || event instanceof MembershipEvent.AccessionBegun) {
        continue;
      }
      table.row("#" + recorded.sequence(), day.apply(event.on()), event.getClass().getSimpleName(), details(event));
    }
    return table;
  }

  private static String details(AllianceEvent event) {
    List<String> parts = new ArrayList<>();
    if (event instanceof MembershipEvent membership) {
      parts.add(membership.partner().value());
    }
    if (event instanceof LifecycleEvent.AgreementSigned signed) {
      parts.add("signed by " + signed.signatories().size());
    } else if (event instanceof LifecycleEvent.AgreementAmended amended) {
      parts.add(amended.agreement().title());
    } else if (event instanceof LifecycleEvent.ObjectiveMeasured measured) {
      parts.add(measured.objective() + " = " + measured.value().toPlainString());
    } else if (event instanceof MembershipEvent.WithdrawalNoticeGiven notice) {
      parts.add("effective " + notice.effectiveOn());
    } else if (event instanceof MembershipEvent.WithdrawalExtended extended) {
      parts.add("to " + extended.effectiveOn());
    } else if (event instanceof LifecycleEvent.AllianceProposed proposed) {
      parts.add(proposed.name());
    }
    if (event instanceof GovernedEvent governed) {
      governed.decision().ifPresent(decision -> parts.add("by " + decision));
    }
    return String.join("; ", parts);
  }
}
