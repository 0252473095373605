package dev.alliance.core.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.api.InvalidValueException;
import dev.alliance.api.event.RelationsEvent;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.trust.Conduct;
import dev.alliance.api.trust.Incentives;
import dev.alliance.api.trust.TrustObservation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The default trust model on histories worked out by hand: relational trust is {@code (r + 1) / (r
 * + s + 2)} with r the evidence for and s the evidence against (see {@link DefaultTrustModel}).
 */
class DefaultTrustModelTest {
  static final PartnerId A = PartnerId.of("A");
  static final PartnerId B = PartnerId.of("B");
  static final LocalDate D0 = LocalDate.of(2000, 1, 1);
  static final DefaultTrustModel MODEL = DefaultTrustModel.standard();
  static final double EPS = 1e-12;

  static List<TrustObservation> times(int n, Conduct conduct, LocalDate day) {
    List<TrustObservation> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(new TrustObservation(A, B, conduct, day, conduct + " " + i));
    }
    return list;
  }

  static double level(List<TrustObservation> history, LocalDate asOf) {
    return MODEL.assess(A, B, history, asOf, Optional.empty()).level();
  }

  @Test
  void aStrangerGetsTheBenefitOfTheDoubtButNoAssurance() {
    TrustAssessment stranger = MODEL.assess(A, B, List.of(), D0, Optional.empty());
    assertEquals(0.5, stranger.level(), EPS);
    assertEquals(0.0, stranger.assurance(), EPS);
    assertEquals(OptionalDouble.empty(), stranger.calculative());
    // Incremental commitment: a stranger is trusted with exactly what the observer can afford to lose.
    assertEquals(new BigDecimal("100"), MODEL.supportedCommitment(stranger, new BigDecimal("100")).supported());
  }

  @Test
  void keptCommitmentsRaiseTrustStepByStepAndABreachDropsItSharply() {
    List<TrustObservation> history = new ArrayList<>(times(10, Conduct.COMMITMENT_KEPT, D0));
    assertEquals(11.0 / 12, level(history, D0), EPS);
    TrustAssessment built = MODEL.assess(A, B, history, D0, Optional.empty());
    assertEquals(10.0 / 12, built.assurance(), EPS);
    // 100 / (1 - 10/12) = 600: ten kept commitments support six times the affordable loss.
    assertEquals(new BigDecimal("600"), MODEL.supportedCommitment(built, new BigDecimal("100")).supported());
    history.add(new TrustObservation(A, B, Conduct.BREACH, D0, "breach"));
    assertEquals(11.0 / 16, level(history, D0), EPS);
    // 100 / (1 - 10/16) = 266.67, rounded down to the affordable loss's precision.
    assertEquals(new BigDecimal("266"), MODEL.supportedCommitment(MODEL.assess(A, B, history, D0, Optional.empty()), new BigDecimal("100")).supported());
    assertEquals(4.0 / 5, level(times(3, Conduct.COMMITMENT_KEPT, D0), D0), EPS);
  }

  @Test
  void repairHealsAllButTheScarAndRegainingTakesOneMoreCommitmentThanBuilding() {
    List<TrustObservation> history = new ArrayList<>(times(10, Conduct.COMMITMENT_KEPT, D0));
    double former = level(history, D0);
    history.add(new TrustObservation(A, B, Conduct.BREACH, D0, "breach"));
    history.add(new TrustObservation(A, B, Conduct.ACKNOWLEDGEMENT, D0, "we were wrong"));
    assertEquals(11.0 / 15, level(history, D0), EPS, "acknowledgement heals a third of the repairable 3");
    history.add(new TrustObservation(A, B, Conduct.CORRECTIVE_ACTION, D0, "undone"));
    history.add(new TrustObservation(A, B, Conduct.RESTITUTION, D0, "paid"));
    assertEquals(11.0 / 13, level(history, D0), EPS, "the scar of 1 remains");
    history.add(new TrustObservation(A, B, Conduct.RESTITUTION, D0, "paid again"));
    assertEquals(11.0 / 13, level(history, D0), EPS, "each kind of repair heals a wound once");
    // (10 + k + 1) / (10 + k + 1 + 2) >= 11/12 needs k >= 11 = n + 1.
    int k = 0;
    while (level(history, D0) < former) {
      history.add(new TrustObservation(A, B, Conduct.COMMITMENT_KEPT, D0, "again"));
      k++;
    }
    assertEquals(11, k);
  }

  @Test
  void repairTendsTheOldestWoundThatLacksIt() {
    List<TrustObservation> history = new ArrayList<>();
    history.add(new TrustObservation(A, B, Conduct.UNILATERAL_ACTION, D0, "acted alone"));
    history.add(new TrustObservation(A, B, Conduct.BREACH, D0, "breach"));
    history.add(new TrustObservation(A, B, Conduct.ACKNOWLEDGEMENT, D0, "sorry"));
    // The unilateral act's wound of 3 leaves a scar of 0.75; a third of the repairable 2.25 is 0.75.
    assertEquals(1.0 / (2 + 3 - 0.75 + 4), level(history, D0), EPS);
    history.add(new TrustObservation(A, B, Conduct.ACKNOWLEDGEMENT, D0, "sorry for the breach too"));
    assertEquals(1.0 / (2 + 2.25 + 3), level(history, D0), EPS);
    TrustAssessment unrepaired = MODEL.assess(A, B, List.of(new TrustObservation(A, B, Conduct.RESTITUTION, D0, "a gift")), D0, Optional.empty());
    assertEquals(0.5, unrepaired.level(), EPS, "repair without a wound does nothing");
    assertTrue(unrepaired.reasons().get(0).contains("no wound left"), unrepaired.reasons().toString());
  }

  @Test
  void evidenceForAPartnerFadesWithoutInteractionButWoundsDoNot() {
    List<TrustObservation> kept = times(10, Conduct.COMMITMENT_KEPT, D0);
    // After one half-life (730 days) r = 5: (5 + 1) / (5 + 2).
    assertEquals(6.0 / 7, level(kept, D0.plusDays(730)), EPS);
    assertEquals(0.5, level(kept, D0.plusYears(500)), 1e-9, "long silence brings a partner back to a stranger's 0.5");
    List<TrustObservation> breached = new ArrayList<>(kept);
    breached.add(new TrustObservation(A, B, Conduct.BREACH, D0, "breach"));
    assertEquals(1.0 / 6, level(breached, D0.plusYears(500)), 1e-9, "the breach is remembered: (0 + 1) / (0 + 4 + 2)");
  }

  @Test
  void calculativeTrustAsksWhetherCooperationPaysGivenSanctions() {
    // Defecting gains 30 but is caught half the time and sanctioned by 50: expected 5 <= cooperating's 10.
    TrustAssessment deterred = MODEL.assess(A, B, List.of(), D0, Optional.of(Incentives.of("10", "30", "50", "0.5")));
    assertEquals(OptionalDouble.of(1), deterred.calculative());
    assertEquals(0.75, deterred.level(), EPS, "0.5 x relational 0.5 + 0.5 x calculative 1");
    // A sanction of 10: defecting expects 30 - 5 = 25, cooperating 10: 10 / 25 = 0.4.
    TrustAssessment tempted = MODEL.assess(A, B, List.of(), D0, Optional.of(Incentives.of("10", "30", "10", "0.5")));
    assertEquals(0.4, tempted.calculative().getAsDouble(), EPS);
    assertEquals(0.45, tempted.level(), EPS);
    assertEquals(0.2, tempted.assurance(), EPS, "assurance blends the belief 0 with the calculative 0.4");
  }

  @Test
  void theRelationsExtractorLetsEachCounterpartObserveTheActor() {
    RelationsEvent.UnilateralActionTaken suez =
        new RelationsEvent.UnilateralActionTaken(PartnerId.of("GBR"), Set.of(PartnerId.of("USA"), PartnerId.of("CAN")), "invasion", D0);
    List<TrustObservation> seen = ObservationExtractor.relations().observe(suez, Set.of());
    assertEquals(
        List.of(
            new TrustObservation(PartnerId.of("CAN"), PartnerId.of("GBR"), Conduct.UNILATERAL_ACTION, D0, "UnilateralActionTaken: invasion"),
            new TrustObservation(PartnerId.of("USA"), PartnerId.of("GBR"), Conduct.UNILATERAL_ACTION, D0, "UnilateralActionTaken: invasion")),
        seen);
    List<TrustObservation> everyone =
        ObservationExtractor.byEveryOtherParty(
            PartnerId.of("GBR"), Conduct.COMMITMENT_KEPT, suez, "paid", new java.util.LinkedHashSet<>(List.of(PartnerId.of("GBR"), A, B)));
    assertEquals(List.of(A, B), everyone.stream().map(TrustObservation::observer).toList());
  }

  @Test
  void badInputIsRefusedWithTheFieldAndRule() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> new TrustObservation(A, A, Conduct.BREACH, D0, "x"));
    assertEquals("TrustObservation.subject", e.field());
    e = assertThrows(InvalidValueException.class, () -> Incentives.of("1", "1", "1", "1.5"));
    assertEquals("Incentives.detection", e.field());
    e = assertThrows(
        InvalidValueException.class, () -> new DefaultTrustModel.Parameters(1, 0.5, 1, 3, 4, 1.5, 730, 0.5, 1000));
    assertEquals("Parameters.scarShare", e.field());
    e = assertThrows(InvalidValueException.class, () -> MODEL.supportedCommitment(MODEL.assess(A, B, List.of(), D0, Optional.empty()), new BigDecimal("-1")));
    assertEquals("DefaultTrustModel.affordableLoss", e.field());
    List<TrustObservation> backwards =
        List.of(new TrustObservation(A, B, Conduct.CONSULTED, D0.plusDays(1), "x"), new TrustObservation(A, B, Conduct.CONSULTED, D0, "y"));
    assertThrows(IllegalArgumentException.class, () -> level(backwards, D0.plusDays(2)));
  }

  @Test
  void theLedgerKeepsEachPairInDateOrder() {
    TrustLedger ledger =
        TrustLedger.empty()
            .with(new TrustObservation(A, B, Conduct.CONSULTED, D0.plusDays(2), "late"))
            .with(new TrustObservation(A, B, Conduct.BREACH, D0, "early"))
            .with(new TrustObservation(B, A, Conduct.CONSULTED, D0, "the other way"));
    assertEquals(List.of("early", "late"), ledger.between(A, B).stream().map(TrustObservation::note).toList());
    assertEquals(3, ledger.size());
    assertEquals(Set.of(A, B), ledger.partners());
    assertEquals(2, ledger.matrix(MODEL, List.of(A, B), D0.plusDays(3)).size());
  }
}
