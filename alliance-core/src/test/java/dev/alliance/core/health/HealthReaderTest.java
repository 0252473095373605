package dev.alliance.core.health;

import static dev.alliance.core.health.Allied.ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.api.command.ContributionCommand.AssessArrears;
import dev.alliance.api.command.ContributionCommand.CommitContribution;
import dev.alliance.api.command.ContributionCommand.DeliverContribution;
import dev.alliance.api.command.DisputeCommand.RaiseDispute;
import dev.alliance.api.command.LifecycleCommand.RecordProgress;
import dev.alliance.api.command.RelationsCommand.RecordRelationsEvent;
import dev.alliance.api.contribution.CommitmentId;
import dev.alliance.api.contribution.ContributionKind;
import dev.alliance.api.contribution.Valuation;
import dev.alliance.api.dispute.DisputeId;
import dev.alliance.api.dispute.Respondent;
import dev.alliance.api.event.RelationsEvent;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.scoring.HealthIndicators;
import dev.alliance.api.scoring.Score;
import dev.alliance.api.trust.Conduct;
import dev.alliance.api.trust.TrustObservation;
import dev.alliance.core.scoring.DefaultHealthScorer;
import dev.alliance.core.trust.DefaultTrustModel;
import dev.alliance.core.trust.TrustModel;
import dev.alliance.testkit.LifecycleFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One alliance of P0, P1, P2, run through the engines: P0 pays its dues on time, P1 pays 40 of 100
 * and is assessed in arrears, P2 pays 50 of 200 early (not yet due); objective O1 is half-way; P0
 * raises a dispute against P1, and P1 breaches an undertaking to P0.
 */
class HealthReaderTest {
  private static final PartnerId P0 = PartnerId.of("P0");
  private static final PartnerId P1 = PartnerId.of("P1");
  private static final PartnerId P2 = PartnerId.of("P2");
  private static final LocalDate DAY = LocalDate.of(2000, 4, 30);
  private static final double TOLERANCE = 1e-12;

  private static Allied story() {
    Allied a = new Allied(3);
    a.accept(commit("dues-P0", P0, "100", LocalDate.of(2000, 3, 31), LocalDate.of(2000, 1, 10)));
    a.accept(commit("dues-P1", P1, "100", LocalDate.of(2000, 3, 31), LocalDate.of(2000, 1, 10)));
    a.accept(commit("fund-P2", P2, "200", LocalDate.of(2000, 12, 31), LocalDate.of(2000, 1, 10)));
    a.accept(new DeliverContribution(ID, CommitmentId.of("dues-P0"), eur("100"), LocalDate.of(2000, 2, 1)));
    a.accept(new DeliverContribution(ID, CommitmentId.of("dues-P1"), eur("40"), LocalDate.of(2000, 3, 1)));
    a.accept(new DeliverContribution(ID, CommitmentId.of("fund-P2"), eur("50"), LocalDate.of(2000, 3, 1)));
    a.accept(new AssessArrears(ID, LocalDate.of(2000, 4, 1)));
    a.accept(new RecordProgress(ID, LifecycleFixtures.CORE_ONE, new BigDecimal("5"), LocalDate.of(2000, 4, 2)));
    a.accept(new RaiseDispute(ID, DisputeId.of("DS1"), P0, Respondent.member(P1), "unpaid dues", Optional.empty(), LocalDate.of(2000, 4, 3)));
    a.accept(
        new RecordRelationsEvent(ID, new RelationsEvent.BreachDeclared(P1, Set.of(P0), "withheld agreed data", LocalDate.of(2000, 4, 4))));
    return a;
  }

  private static CommitContribution commit(String id, PartnerId partner, String amount, LocalDate due, LocalDate on) {
    return new CommitContribution(ID, CommitmentId.of(id), partner, ContributionKind.CAPITAL, "dues", eur(amount), due, on);
  }

  private static Valuation eur(String amount) {
    return Valuation.of(new BigDecimal(amount), "EUR");
  }

  private static CapacityMeasure capacities() {
    Map<PartnerId, BigDecimal> gdp = new LinkedHashMap<>();
    gdp.put(P0, new BigDecimal("1000"));
    gdp.put(P1, new BigDecimal("1000"));
    gdp.put(P2, new BigDecimal("2000"));
    return CapacityMeasure.of("GDP", "EUR", gdp);
  }

  /**
   * Fulfillment: 190 delivered (100 + 40 + 50) of 250 owed (190 + P1's 60 in arrears; P2's 150
   * is not due) = 0.76. Burden: 100/1000, 40/1000, 50/2000 = 0.1, 0.04, 0.025, whose Gini (mean
   * absolute difference over twice the mean: (2 x 0.15 / 9) / (2 x 0.055)) is 10/33. Progress: O1
   * at 5 of 0 to 10 = 0.5; O2 and O3 unmeasured, left out. One open dispute.
   */
  @Test
  void readsEachIndicatorOffTheStream() {
    Allied a = story();
    HealthReading reading = HealthReader.standard().withCapacity(capacities()).read(a.log, ID, DAY);
    HealthIndicators h = reading.indicators();
    assertEquals(0.76, h.fulfillment().orElseThrow(), TOLERANCE);
    assertEquals(10.0 / 33, h.burdenInequity().orElseThrow(), TOLERANCE);
    assertEquals(0.5, h.objectiveProgress().orElseThrow(), TOLERANCE);
    assertEquals(1, h.openDisputes());
    assertEquals(expectedTrust(), h.trust().orElseThrow(), TOLERANCE);
    assertEquals(a.log.sequence(ID), reading.sequence());
    assertTrue(reading.lines().stream().anyMatch(l -> l.startsWith("fulfillment 0.760")), reading.lines()::toString);
    assertTrue(reading.lines().stream().anyMatch(l -> l.contains("O2: not measured, not counted")), reading.lines()::toString);
  }

  /**
   * The trust indicator is the mean over the six ordered pairs of what the default model makes of
   * the observations listed here by hand: P1 and P2 saw P0 keep its dues; P0 and P2 saw P1 miss
   * them; P0 saw P1's breach. The other pairs saw nothing.
   */
  private static double expectedTrust() {
    TrustModel model = DefaultTrustModel.standard();
    Map<List<PartnerId>, List<TrustObservation>> seen = new LinkedHashMap<>();
    LocalDate paid = LocalDate.of(2000, 2, 1);
    LocalDate assessed = LocalDate.of(2000, 4, 1);
    seen.put(List.of(P1, P0), List.of(obs(P1, P0, Conduct.COMMITMENT_KEPT, paid)));
    seen.put(List.of(P2, P0), List.of(obs(P2, P0, Conduct.COMMITMENT_KEPT, paid)));
    seen.put(
        List.of(P0, P1),
        List.of(obs(P0, P1, Conduct.COMMITMENT_MISSED, assessed), obs(P0, P1, Conduct.BREACH, LocalDate.of(2000, 4, 4))));
    seen.put(List.of(P2, P1), List.of(obs(P2, P1, Conduct.COMMITMENT_MISSED, assessed)));
    List<Double> levels = new ArrayList<>();
    for (PartnerId observer : List.of(P0, P1, P2)) {
      for (PartnerId subject : List.of(P0, P1, P2)) {
        if (!observer.equals(subject)) {
          List<TrustObservation> history = seen.getOrDefault(List.of(observer, subject), List.of());
          levels.add(model.assess(observer, subject, history, DAY, Optional.empty()).level());
        }
      }
    }
    return levels.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
  }

  private static TrustObservation obs(PartnerId observer, PartnerId subject, Conduct conduct, LocalDate on) {
    return new TrustObservation(observer, subject, conduct, on, conduct.name());
  }

  /** The default scorer's weighted mean of the five components, computed by hand. */
  @Test
  void scoresTheReadingWithTheDefaultScorer() {
    HealthReading reading = HealthReader.standard().withCapacity(capacities()).read(story().log, ID, DAY);
    double trust = expectedTrust();
    double expected = (0.3 * 0.76 + 0.2 * (1 - 10.0 / 33) + 0.3 * 0.5 + 0.2 * 0.5 + 0.2 * trust) / 1.2;
    Score score = reading.score(new DefaultHealthScorer());
    assertEquals(expected, score.value(), 1e-9);
    assertEquals(score.value(), reading.score().value(), 0, "the discovered scorer is the default one");
  }

  /** Without a capacity measure burden inequity is unknown; before anything is owed, so is fulfillment. */
  @Test
  void saysWhatItCannotKnow() {
    Allied a = story();
    HealthReading early = HealthReader.standard().read(a.log, ID, LocalDate.of(2000, 1, 20));
    assertFalse(early.indicators().burdenInequity().isPresent());
    assertFalse(early.indicators().fulfillment().isPresent(), "nothing delivered or due on 20 January");
    assertFalse(early.indicators().objectiveProgress().isPresent());
    assertEquals(0, early.indicators().openDisputes());
    assertTrue(early.lines().contains("burden inequity unknown: no capacity measure given"), early.lines()::toString);
    assertTrue(early.lines().contains("objective progress unknown: no objective measured"), early.lines()::toString);
  }

  /** The day before the dispute and the breach, health stood higher; the reading is of that day. */
  @Test
  void aDisputeAndABreachLowerHealth() {
    Allied a = story();
    HealthReader reader = HealthReader.standard().withCapacity(capacities());
    HealthReading before = reader.read(a.log, ID, LocalDate.of(2000, 4, 2));
    HealthReading after = reader.read(a.log, ID, DAY);
    assertEquals(0, before.indicators().openDisputes());
    assertTrue(after.indicators().trust().orElseThrow() < before.indicators().trust().orElseThrow());
    assertTrue(after.score().value() < before.score().value());
    assertEquals(a.relations.health(ID, LocalDate.of(2000, 4, 2)).trust(), before.indicators().trust());
  }
}
