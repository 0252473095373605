package dev.alliance.core.dispute;

import dev.alliance.api.agreement.DisputeResolutionClause;
import dev.alliance.api.agreement.DisputeStage;
import dev.alliance.api.agreement.EscalationStep;
import dev.alliance.api.agreement.UnresolvedConsequence;
import dev.alliance.api.dispute.DisputeId;
import dev.alliance.api.dispute.DisputeState;
import dev.alliance.api.dispute.Respondent;
import dev.alliance.api.partner.PartnerId;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One dispute as its events made it: who raised it against whom, the ladder it climbs, the stage it
 * is at and since when, its deadline, and how it ended. Immutable; the {@link DisputeBook} makes a
 * new one for each event.
 *
 * <pre>{@code
 * Dispute d = book.get(DisputeId.of("DS-1")).orElseThrow();
 * d.stage();      // MEDIATION
 * d.deadline();   // 2020-05-30: the day the stage's time limit runs out
 * d.state();      // OPEN
 * }</pre>
 */
public final class Dispute {
  private final DisputeId id;
  private final PartnerId complainant;
  private final Respondent respondent;
  private final String subject;
  private final DisputeResolutionClause clause;
  private final DisputeState state;
  private final List<Step> steps;
  private final LocalDate raisedOn;
  private final Optional<Ending> ending;

  private Dispute(
      DisputeId id,
      PartnerId complainant,
      Respondent respondent,
      String subject,
      DisputeResolutionClause clause,
      DisputeState state,
      List<Step> steps,
      LocalDate raisedOn,
      Optional<Ending> ending) {
    this.id = id;
    this.complainant = complainant;
    this.respondent = respondent;
    this.subject = subject;
    this.clause = clause;
    this.state = state;
    this.steps = List.copyOf(steps);
    this.raisedOn = raisedOn;
    this.ending = ending;
  }

  static Dispute raised(
      DisputeId id, PartnerId complainant, Respondent respondent, String subject, DisputeResolutionClause clause, DisputeStage stage, LocalDate on) {
    return new Dispute(
        id, complainant, respondent, subject, clause, DisputeState.OPEN, List.of(new Step(stage, on, Optional.empty(), false, "raised")), on, Optional.empty());
  }

  Dispute escalated(DisputeStage to, PartnerId by, boolean byAgreement, String reason, LocalDate on) {
    List<Step> more = new ArrayList<>(steps);
    more.add(new Step(to, on, Optional.of(by), byAgreement, reason));
    return new Dispute(id, complainant, respondent, subject, clause, state, more, raisedOn, ending);
  }

  Dispute ended(DisputeState end, Ending how) {
    return new Dispute(id, complainant, respondent, subject, clause, end, steps, raisedOn, Optional.of(how));
  }

  /** @return the dispute's identity */
  public DisputeId id() {
    return id;
  }

  /** @return the member that raised it */
  public PartnerId complainant() {
    return complainant;
  }

  /** @return the member or decision it is against */
  public Respondent respondent() {
    return respondent;
  }

  /** @return what it is about */
  public String subject() {
    return subject;
  }

  /** @return the dispute-resolution clause it climbs, as it stood when the dispute was raised */
  public DisputeResolutionClause clause() {
    return clause;
  }

  /** @return where it stands */
  public DisputeState state() {
    return state;
  }

  /** @return true while it is open */
  public boolean isOpen() {
    return state == DisputeState.OPEN;
  }

  /** @return the stages it went through, in order, the current (or last) one last */
  public List<Step> steps() {
    return steps;
  }

  /** @return the stage it is at (or ended at) */
  public DisputeStage stage() {
    return steps.get(steps.size() - 1).stage();
  }

  /** @return the day it entered its current stage */
  public LocalDate stageSince() {
    return steps.get(steps.size() - 1).since();
  }

  /** @return the day it was raised */
  public LocalDate raisedOn() {
    return raisedOn;
  }

  /** @return the ladder's stages, in order */
  public List<DisputeStage> ladder() {
    return clause.ladder().stream().map(EscalationStep::stage).toList();
  }

  /** @return true when the current stage is the ladder's last */
  public boolean atLastStage() {
    List<DisputeStage> ladder = ladder();
    return stage() == ladder.get(ladder.size() - 1);
  }

  /** @return the next rung above the current stage; empty at the last */
  public Optional<DisputeStage> nextStage() {
    List<DisputeStage> ladder = ladder();
    int at = ladder.indexOf(stage());
    return at + 1 < ladder.size() ? Optional.of(ladder.get(at + 1)) : Optional.empty();
  }

  /**
   * @return the day the current stage's time limit runs out: the day it entered the stage plus
   *     the stage's time limit. From that day a party may escalate alone, and at the last stage the
   *     dispute may be recorded unresolved
   */
  public LocalDate deadline() {
    DisputeStage stage = stage();
    return stageSince().plus(clause.ladder().stream().filter(s -> s.stage() == stage).findFirst().orElseThrow().timeLimit());
  }

  /** @return how it ended; empty while open */
  public Optional<Ending> ending() {
    return ending;
  }

  /** @return the consequence that followed, when it ended unresolved */
  public Optional<UnresolvedConsequence> consequence() {
    return ending.flatMap(Ending::consequence);
  }

  /**
   * @param day a day
   * @return the days since it was raised until that day, or until it ended if earlier
   */
  public long daysOpen(LocalDate day) {
    LocalDate end = ending.map(Ending::on).filter(e -> e.isBefore(day)).orElse(day);
    return ChronoUnit.DAYS.between(raisedOn, end);
  }

  /** @return what an unresolved ending lets the alliance do now; empty otherwise */
  public Optional<Remedy> remedy() {
    Optional<UnresolvedConsequence> consequence = consequence();
    if (consequence.isEmpty()) {
      return Optional.empty();
    }
    return switch (consequence.get()) {
      case SUSPENSION -> Optional.of(
          respondent instanceof Respondent.Member member
              ? new Remedy.SuspendRespondent(id, member.member())
              : new Remedy.SuspendDecision(id, ((Respondent.Decision) respondent).decision()));
      case RIGHT_TO_EXIT -> Optional.of(new Remedy.ExitWithoutNotice(id, complainant));
      case DISSOLUTION -> Optional.of(new Remedy.Dissolve(id));
      case STATUS_QUO -> Optional.empty();
    };
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Dispute d
        && id.equals(d.id)
        && complainant.equals(d.complainant)
        && respondent.equals(d.respondent)
        && subject.equals(d.subject)
        && clause.equals(d.clause)
        && state == d.state
        && steps.equals(d.steps)
        && raisedOn.equals(d.raisedOn)
        && ending.equals(d.ending);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, state, steps, ending);
  }

  @Override
  public String toString() {
    return "Dispute[" + id + " " + complainant + " v " + respondent + ", " + state + " at " + stage() + " since " + stageSince() + "]";
  }

  /**
   * One stage the dispute went through.
   *
   * @param stage the stage
   * @param since the day it entered the stage
   * @param by who took it there; empty for the stage it was raised at
   * @param byAgreement true when both parties agreed to escalate before the time limit
   * @param reason why, in words
   */
  public record Step(DisputeStage stage, LocalDate since, Optional<PartnerId> by, boolean byAgreement, String reason) {
    /** Checks for nulls. */
    public Step {
      Objects.requireNonNull(stage, "stage");
      Objects.requireNonNull(since, "since");
      Objects.requireNonNull(by, "by");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * How a dispute ended.
   *
   * @param on the day it ended
   * @param stage the stage it ended at
   * @param text the terms, the ruling, or the reason, in words
   * @param prevailing the party a decision favours, when it favours one
   * @param consequence the consequence the clause names, when it ended unresolved
   */
  public record Ending(LocalDate on, DisputeStage stage, String text, Optional<PartnerId> prevailing, Optional<UnresolvedConsequence> consequence) {
    /** Checks for nulls. */
    public Ending {
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(stage, "stage");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(prevailing, "prevailing");
      Objects.requireNonNull(consequence, "consequence");
    }
  }
}
