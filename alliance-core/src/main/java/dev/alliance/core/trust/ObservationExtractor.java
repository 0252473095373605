package dev.alliance.core.trust;

import dev.alliance.api.event.AllianceEvent;
import dev.alliance.api.event.ContributionEvent;
import dev.alliance.api.event.RelationsEvent;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.trust.Conduct;
import dev.alliance.api.trust.TrustObservation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads trust observations off an alliance's events. Each event family that says something about
 * conduct has an extractor; {@link #and} combines them. An extractor returns nothing for events it
 * does not know.
 *
 * <p>Conduct toward named counterparts (a consultation, a breach declared by some members) is
 * observed by those counterparts. Conduct toward the alliance as a whole (a commitment of
 * resources kept or missed) is observed by every other party, which is why extractors are told the
 * alliance's parties at the time of the event.
 *
 * <pre>{@code
 * ObservationExtractor extractor = ObservationExtractor.standard(); // relations and contributions
 * extractor.observe(new UnilateralActionTaken(USA, Set.of(FRA), "AUKUS announced", day), parties);
 * // [TrustObservation[observer=FRA, subject=USA, conduct=UNILATERAL_ACTION, ...]]
 * extractor.observe(new CommitmentMissed(dues, GRC, dueOn, shortfall, day), Set.of(USA, FRA, GRC));
 * // [TrustObservation[observer=USA, subject=GRC, conduct=COMMITMENT_MISSED, ...], ... FRA in GRC ...]
 * }</pre>
 */
@FunctionalInterface
public interface ObservationExtractor {

  /**
   * @param event an event of the alliance's stream
   * @param parties the alliance's parties when the event happened
   * @return the observations it yields, possibly none
   */
  List<TrustObservation> observe(AllianceEvent event, Set<PartnerId> parties);

  /**
   * @param other another extractor
   * @return an extractor that yields this one's observations, then the other's
   */
  default ObservationExtractor and(ObservationExtractor other) {
    Objects.requireNonNull(other, "other");
    return (event, parties) -> {
      List<TrustObservation> all = new ArrayList<>(observe(event, parties));
      all.addAll(other.observe(event, parties));
      return all;
    };
  }

  /**
   * The default extractor: {@link #relations()} and then {@link #contributions()}. Engines and
   * folds that read trust off a stream use it unless told otherwise.
   *
   * @return the extractor of every event family that says something about conduct
   */
  static ObservationExtractor standard() {
    return relations().and(contributions());
  }

  /**
   * The extractor of the {@link ContributionEvent} family: how a partner keeps the commitments of
   * resources it made to the alliance, observed by every other party ({@link #byEveryOtherParty}).
   *
   * <table>
   *   <caption>Contribution events and the conduct they show</caption>
   *   <tr><th>event</th><th>conduct</th><th>why</th></tr>
   *   <tr><td>{@code CommitmentFulfilled}, not late</td><td>{@link Conduct#COMMITMENT_KEPT}</td>
   *       <td>delivered in full by the due date: the promise kept</td></tr>
   *   <tr><td>{@code CommitmentFulfilled}, late</td><td>{@link Conduct#CORRECTIVE_ACTION}</td>
   *       <td>the arrears made good: it repairs part of the damage the miss did</td></tr>
   *   <tr><td>{@code CommitmentMissed}</td><td>{@link Conduct#COMMITMENT_MISSED}</td>
   *       <td>the due date passed with part undelivered, as an arrears assessment or the first late
   *       delivery found</td></tr>
   *   <tr><td>{@code CommitmentMade}, {@code ContributionDelivered}</td><td>none</td>
   *       <td>a promise and a part payment say nothing yet about keeping the promise</td></tr>
   * </table>
   *
   * <p>The contribution engine records a commitment's miss exactly once, before any delivery made
   * after the due date (or when arrears are assessed, if that comes first). So a commitment ends
   * fulfilled on time (one kept commitment), fulfilled late (a miss, then a repair: worse than on
   * time, better than never), or not at all (a miss that stays open).
   *
   * @return the extractor
   */
  static ObservationExtractor contributions() {
    return (event, parties) -> {
      if (event instanceof ContributionEvent.CommitmentFulfilled fulfilled) {
        Conduct conduct = fulfilled.late() ? Conduct.CORRECTIVE_ACTION : Conduct.COMMITMENT_KEPT;
        String note =
            fulfilled.commitment() + " fulfilled " + (fulfilled.late() ? "late" : "on time") + " on " + fulfilled.on() + ", due "
                + fulfilled.dueOn();
        return byEveryOtherParty(fulfilled.partner(), conduct, event, note, parties);
      }
      if (event instanceof ContributionEvent.CommitmentMissed missed) {
        String note = missed.commitment() + " due " + missed.dueOn() + " missed by " + missed.shortfall().amount().toPlainString() + " " + missed.shortfall().unit();
        return byEveryOtherParty(missed.partner(), Conduct.COMMITMENT_MISSED, event, note, parties);
      }
      return List.of();
    };
  }

  /**
   * The extractor of the {@link RelationsEvent} family: each counterpart observes the actor's
   * conduct. An honoured undertaking is a kept commitment, a consultation a consultation, an act
   * without consultation unilateral action, a declared breach a breach, and the three repair
   * events acknowledgement, corrective action and restitution.
   *
   * @return the extractor
   */
  static ObservationExtractor relations() {
    return (event, parties) -> {
      if (!(event instanceof RelationsEvent relations)) {
        return List.of();
      }
      Conduct conduct = conductOf(relations);
      String note = event.getClass().getSimpleName() + ": " + relations.description();
      List<TrustObservation> observations = new ArrayList<>();
      for (PartnerId observer : relations.counterparts()) {
        observations.add(new TrustObservation(observer, relations.actor(), conduct, event.on(), note));
      }
      return observations;
    };
  }

  /**
   * Observations of conduct toward the whole alliance: every party but the actor observes it.
   * Extractors of families such as contributions use this for commitments kept and missed.
   *
   * @param actor the partner that acted
   * @param conduct what it did
   * @param event the event, for its day and name
   * @param note what happened
   * @param parties the alliance's parties
   * @return one observation per other party
   */
  static List<TrustObservation> byEveryOtherParty(
      PartnerId actor, Conduct conduct, AllianceEvent event, String note, Set<PartnerId> parties) {
    List<TrustObservation> observations = new ArrayList<>();
    for (PartnerId observer : parties) {
      if (!observer.equals(actor)) {
        observations.add(new TrustObservation(observer, actor, conduct, event.on(), event.getClass().getSimpleName() + ": " + note));
      }
    }
    return observations;
  }

  private static Conduct conductOf(RelationsEvent event) {
    if (event instanceof RelationsEvent.UndertakingHonoured) {
      return Conduct.COMMITMENT_KEPT;
    }
    if (event instanceof RelationsEvent.ConsultationHeld) {
      return Conduct.CONSULTED;
    }
    if (event instanceof RelationsEvent.UnilateralActionTaken) {
      return Conduct.UNILATERAL_ACTION;
    }
    if (event instanceof RelationsEvent.BreachDeclared) {
      return Conduct.BREACH;
    }
    if (event instanceof RelationsEvent.BreachAcknowledged) {
      return Conduct.ACKNOWLEDGEMENT;
    }
    if (event instanceof RelationsEvent.CorrectiveActionTaken) {
      return Conduct.CORRECTIVE_ACTION;
    }
    if (event instanceof RelationsEvent.RestitutionMade) {
      return Conduct.RESTITUTION;
    }
    throw new IllegalStateException("no conduct for " + event.getClass().getName());
  }
}
