package dev.alliance.core.health;

import static dev.alliance.core.health.Allied.ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.api.command.ContributionCommand.AssessArrears;
import dev.alliance.api.command.ContributionCommand.CommitContribution;
import dev.alliance.api.command.ContributionCommand.DeliverContribution;
import dev.alliance.api.contribution.CommitmentId;
import dev.alliance.api.contribution.ContributionKind;
import dev.alliance.api.contribution.Valuation;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.trust.Conduct;
import dev.alliance.api.trust.TrustObservation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Trust read off contribution events by the relations engine's default extractor: dues missed
 * lower every other member's trust in the member that missed them, dues paid on time raise it,
 * and dues paid late rank between the two.
 */
class ContributionTrustTest {
  private static final PartnerId P0 = PartnerId.of("P0");
  private static final PartnerId P1 = PartnerId.of("P1");
  private static final PartnerId P2 = PartnerId.of("P2");
  private static final LocalDate DUE = LocalDate.of(2000, 6, 30);
  private static final LocalDate ASSESSED = LocalDate.of(2000, 7, 1);

  /**
   * P1 and P2 each owe 100 EUR by 30 June. P2 pays in full on 1 June; P1 pays nothing and is
   * assessed in arrears on 1 July. Before the due date nobody has observed anything, so every trust
   * level is the model's prior. Afterwards P0 and P2 (every party but P1) hold P1 below the prior,
   * and P0 and P1 hold P2 above it; P1's and P2's view of P0, who owed nothing, is unchanged.
   */
  @Test
  void missedDuesLowerEveryOtherPartysTrustAndOnTimeDeliveriesRaiseIt() {
    Allied a = new Allied(3);
    LocalDate before = LocalDate.of(2000, 1, 31);
    a.accept(commit("dues-P1", P1));
    a.accept(commit("dues-P2", P2));
    a.accept(new DeliverContribution(ID, CommitmentId.of("dues-P2"), Valuation.of(new BigDecimal("100"), "EUR"), LocalDate.of(2000, 6, 1)));
    a.accept(new AssessArrears(ID, ASSESSED));

    double prior = level(a, P0, P1, before);
    for (PartnerId observer : List.of(P0, P1, P2)) {
      for (PartnerId subject : List.of(P0, P1, P2)) {
        if (!observer.equals(subject)) {
          assertEquals(prior, level(a, observer, subject, before), 0, observer + " in " + subject + " before anything was due");
        }
      }
    }
    assertTrue(level(a, P0, P1, ASSESSED) < prior, "P0's trust in P1 after P1 missed its dues");
    assertTrue(level(a, P2, P1, ASSESSED) < prior, "P2's trust in P1 after P1 missed its dues");
    assertTrue(level(a, P0, P2, ASSESSED) > prior, "P0's trust in P2 after P2 paid on time");
    assertTrue(level(a, P1, P2, ASSESSED) > prior, "P1's trust in P2 after P2 paid on time");
    assertEquals(prior, level(a, P1, P0, ASSESSED), 0, "P0 owed nothing");

    List<TrustObservation> seen = a.relations.state(ID).trust().between(P2, P1);
    assertEquals(1, seen.size());
    assertEquals(Conduct.COMMITMENT_MISSED, seen.get(0).conduct());
    assertEquals(ASSESSED, seen.get(0).on());
    assertEquals("CommitmentMissed: dues-P1 due 2000-06-30 missed by 100 EUR", seen.get(0).note());
    assertTrue(a.relations.state(ID).trust().between(P1, P1).isEmpty(), "nobody observes itself");
  }

  /**
   * Three members owe 100 EUR by 30 June: P0 pays on time, P1 pays late after being assessed in
   * arrears, P2 never pays. In the eyes of a fourth member, trust ranks them in that order: paying
   * late is one miss and then a repair (corrective action), worse than on time and better than
   * never.
   */
  @Test
  void payingLateIsWorseThanOnTimeAndBetterThanNever() {
    Allied a = new Allied(4);
    PartnerId observer = PartnerId.of("P3");
    a.accept(commit("dues-P0", P0));
    a.accept(commit("dues-P1", P1));
    a.accept(commit("dues-P2", P2));
    a.accept(new DeliverContribution(ID, CommitmentId.of("dues-P0"), Valuation.of(new BigDecimal("100"), "EUR"), LocalDate.of(2000, 6, 1)));
    a.accept(new AssessArrears(ID, ASSESSED));
    LocalDate paid = LocalDate.of(2000, 9, 1);
    a.accept(new DeliverContribution(ID, CommitmentId.of("dues-P1"), Valuation.of(new BigDecimal("100"), "EUR"), paid));

    double onTime = level(a, observer, P0, paid);
    double late = level(a, observer, P1, paid);
    double never = level(a, observer, P2, paid);
    assertTrue(onTime > late && late > never, "on time " + onTime + ", late " + late + ", never " + never);
    assertEquals(
        List.of(Conduct.COMMITMENT_MISSED, Conduct.CORRECTIVE_ACTION),
        a.relations.state(ID).trust().between(observer, P1).stream().map(TrustObservation::conduct).toList());
  }

  private static CommitContribution commit(String id, PartnerId partner) {
    return new CommitContribution(
        ID, CommitmentId.of(id), partner, ContributionKind.CAPITAL, "annual dues", Valuation.of(new BigDecimal("100"), "EUR"), DUE,
        LocalDate.of(2000, 2, 1));
  }

  private static double level(Allied a, PartnerId observer, PartnerId subject, LocalDate day) {
    return a.relations.trust(ID, observer, subject, day).level();
  }
}
