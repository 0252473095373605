package dev.alliance.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.alliance.api.agreement.DisputeResolutionClause;
import dev.alliance.api.agreement.DisputeStage;
import dev.alliance.api.agreement.EscalationStep;
import dev.alliance.api.agreement.UnresolvedConsequence;
import dev.alliance.api.dispute.DisputeId;
import dev.alliance.api.dispute.Respondent;
import dev.alliance.api.event.AllianceEvent;
import dev.alliance.api.event.DisputeEvent;
import dev.alliance.api.event.RelationsEvent;
import dev.alliance.api.governance.DecisionReference;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.trust.Conduct;
import dev.alliance.api.trust.Incentives;
import dev.alliance.api.trust.TrustObservation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators and samples for relations among members: the relations and dispute event families,
 * trust observations and histories, and incentives.
 *
 * <pre>{@code
 * qt().forAll(RelationsGenerators.histories()).checkAssert(history -> ...); // P0's observations of P1, in date order
 * }</pre>
 */
public final class RelationsGenerators {
  private static final LocalDate DAY = LocalDate.of(2020, 1, 31);
  /** The observer of {@link #histories()}. */
  public static final PartnerId OBSERVER = PartnerId.of("P0");
  /** The subject of {@link #histories()}. */
  public static final PartnerId SUBJECT = PartnerId.of("P1");

  private RelationsGenerators() {}

  /** @return one event of each relations and dispute event type, in hierarchy order, with fixed values */
  public static List<AllianceEvent> samples() {
    PartnerId usa = PartnerId.of("USA");
    Set<PartnerId> fra = Set.of(PartnerId.of("FRA"));
    DisputeId id = DisputeId.of("DS267");
    DisputeResolutionClause clause = wtoStyleClause();
    return List.of(
        new RelationsEvent.UndertakingHonoured(usa, fra, "troops deployed as pledged", DAY),
        new RelationsEvent.ConsultationHeld(usa, fra, "the Indo-Pacific strategy", DAY),
        new RelationsEvent.UnilateralActionTaken(usa, fra, "a new defence pact announced", DAY),
        new RelationsEvent.BreachDeclared(usa, fra, "the consultation clause", DAY),
        new RelationsEvent.BreachAcknowledged(usa, fra, "what we did was clumsy", DAY),
        new RelationsEvent.CorrectiveActionTaken(usa, fra, "support for operations in the Sahel", DAY),
        new RelationsEvent.RestitutionMade(usa, fra, "compensation for the cancelled contract", DAY),
        new DisputeEvent.DisputeRaised(id, PartnerId.of("BRA"), Respondent.member(usa), "cotton subsidies", clause, DisputeStage.DIRECT_NEGOTIATION, DAY),
        new DisputeEvent.DisputeEscalated(id, PartnerId.of("BRA"), DisputeStage.DIRECT_NEGOTIATION, DisputeStage.ARBITRATION, false, "consultations failed", DAY),
        new DisputeEvent.DisputeSettled(id, "a mutually agreed solution", DAY),
        new DisputeEvent.DisputeDecided(id, DisputeStage.COURT, "the subsidies breach the agreement", Optional.of(PartnerId.of("BRA")), DAY),
        new DisputeEvent.DisputeWithdrawn(id, PartnerId.of("BRA"), "the measure was withdrawn", DAY),
        new DisputeEvent.DisputeUnresolved(id, DisputeStage.COURT, UnresolvedConsequence.STATUS_QUO, DAY));
  }

  /** @return a WTO-style clause: consultations 60 days, a panel 9 months, an appeal 90 days, no skipping */
  public static DisputeResolutionClause wtoStyleClause() {
    return new DisputeResolutionClause(
        List.of(
            EscalationStep.of(DisputeStage.DIRECT_NEGOTIATION, Period.ofDays(60)),
            EscalationStep.of(DisputeStage.ARBITRATION, Period.ofMonths(9)),
            EscalationStep.of(DisputeStage.COURT, Period.ofDays(90))),
        false,
        UnresolvedConsequence.STATUS_QUO);
  }

  /** @return a generator for each relations and dispute event type, in hierarchy order */
  public static Map<Class<? extends AllianceEvent>, Gen<? extends AllianceEvent>> generatorsByType() {
    Gen<LocalDate> days = Gens.dates();
    Gen<String> texts = Gens.names().map(n -> "the " + n + " matter");
    Map<Class<? extends AllianceEvent>, Gen<? extends AllianceEvent>> gens = new LinkedHashMap<>();
    gens.put(RelationsEvent.UndertakingHonoured.class, relations(RelationsEvent.UndertakingHonoured::new, texts, days));
    gens.put(RelationsEvent.ConsultationHeld.class, relations(RelationsEvent.ConsultationHeld::new, texts, days));
    gens.put(RelationsEvent.UnilateralActionTaken.class, relations(RelationsEvent.UnilateralActionTaken::new, texts, days));
    gens.put(RelationsEvent.BreachDeclared.class, relations(RelationsEvent.BreachDeclared::new, texts, days));
    gens.put(RelationsEvent.BreachAcknowledged.class, relations(RelationsEvent.BreachAcknowledged::new, texts, days));
    gens.put(RelationsEvent.CorrectiveActionTaken.class, relations(RelationsEvent.CorrectiveActionTaken::new, texts, days));
    gens.put(RelationsEvent.RestitutionMade.class, relations(RelationsEvent.RestitutionMade::new, texts, days));
    Gen<DisputeId> ids = Gens.names().zip(integers().between(1, 999), (n, k) -> DisputeId.of(n.replace(' ', '-') + "-" + k));
    Gen<PartnerId> partners = PartnerGenerators.partnerIds();
    Gen<DisputeStage> stages = Generate.enumValues(DisputeStage.class);
    gens.put(
        DisputeEvent.DisputeRaised.class,
        ids.zip(
            partners,
            respondents(),
            AgreementGenerators.disputeClauses(),
            days,
            (id, complainant, respondent, clause, on) ->
                new DisputeEvent.DisputeRaised(id, complainant, respondent, "the " + id + " matter", clause, clause.firstStep().stage(), on)));
    gens.put(
        DisputeEvent.DisputeEscalated.class,
        ids.zip(partners, stages, Generate.booleans(), days, (id, by, to, agreed, on) ->
            new DisputeEvent.DisputeEscalated(id, by, DisputeStage.DIRECT_NEGOTIATION, to, agreed, "the stage failed", on)));
    gens.put(DisputeEvent.DisputeSettled.class, ids.zip(texts, days, DisputeEvent.DisputeSettled::new));
    gens.put(
        DisputeEvent.DisputeDecided.class,
        ids.zip(Generate.pick(List.of(DisputeStage.ARBITRATION, DisputeStage.COURT)), texts, partners.toOptionals(70), days,
            DisputeEvent.DisputeDecided::new));
    gens.put(DisputeEvent.DisputeWithdrawn.class, ids.zip(partners, texts, days, DisputeEvent.DisputeWithdrawn::new));
    gens.put(
        DisputeEvent.DisputeUnresolved.class,
        ids.zip(stages, Generate.enumValues(UnresolvedConsequence.class), days, DisputeEvent.DisputeUnresolved::new));
    return gens;
  }

  /** @return respondents: a member, or (one time in four) a decision */
  public static Gen<Respondent> respondents() {
    return Generate.frequency(
        org.quicktheories.api.Pair.of(3, PartnerGenerators.partnerIds().map(Respondent::member)),
        org.quicktheories.api.Pair.of(1, EventGenerators.decisionReferences().map(Respondent::decision)));
  }

  /**
   * @return P0's observations of P1: up to 40 conducts, each 0 to 400 days after the one before,
   *     starting on 2000-01-01
   */
  public static Gen<List<TrustObservation>> histories() {
    return lists()
        .of(Generate.enumValues(Conduct.class).zip(integers().between(0, 400), (c, gap) -> Map.entry(c, gap)))
        .ofSizeBetween(0, 40)
        .map(
            steps -> {
              List<TrustObservation> history = new ArrayList<>();
              LocalDate day = LocalDate.of(2000, 1, 1);
              for (Map.Entry<Conduct, Integer> step : steps) {
                day = day.plusDays(step.getValue());
                history.add(new TrustObservation(OBSERVER, SUBJECT, step.getKey(), day, step.getKey().name().toLowerCase()));
              }
              return history;
            })
        .describedAs(h -> h.stream().map(o -> o.on() + " " + o.conduct()).toList().toString());
  }

  /** @return incentives with amounts from 0 to 100 and detection probabilities in tenths */
  public static Gen<Incentives> incentives() {
    Gen<BigDecimal> amounts = integers().between(0, 100).map(k -> BigDecimal.valueOf(k.longValue()));
    return amounts.zip(amounts, amounts, integers().between(0, 10).map(k -> BigDecimal.valueOf(k.longValue(), 1)), Incentives::new);
  }

  private static <E extends RelationsEvent> Gen<E> relations(
      Quad<PartnerId, Set<PartnerId>, String, LocalDate, E> constructor, Gen<String> texts, Gen<LocalDate> days) {
    Gen<Integer> actors = integers().between(0, 9);
    Gen<List<Integer>> others = lists().of(integers().between(1, 9)).ofSizeBetween(1, 3);
    return actors.zip(others, texts, days, (a, offsets, text, on) -> {
      Set<PartnerId> counterparts = new LinkedHashSet<>();
      offsets.forEach(k -> counterparts.add(PartnerId.of("P" + (a + k) % 10)));
      return constructor.apply(PartnerId.of("P" + a), counterparts, text, on);
    });
  }

  /** A constructor of four arguments. */
  @FunctionalInterface
  private interface Quad<A, B, C, D, R> {
    R apply(A a, B b, C c, D d);
  }
}
