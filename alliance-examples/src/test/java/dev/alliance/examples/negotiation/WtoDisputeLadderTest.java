package dev.alliance.examples.negotiation;

import static dev.alliance.examples.negotiation.WtoDisputeLadder.BEEF;
import static dev.alliance.examples.negotiation.WtoDisputeLadder.STEEL;
import static dev.alliance.examples.negotiation.WtoDisputeLadder.SUBSIDIES;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alliance.api.agreement.DisputeStage;
import dev.alliance.api.agreement.UnresolvedConsequence;
import dev.alliance.api.dispute.DisputeState;
import dev.alliance.core.dispute.Dispute;
import dev.alliance.core.dispute.DisputeBook;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The WTO-style ladder. Time limits from the Dispute Settlement Understanding, Articles 4.7 (60
 * days of consultations), 12.9 (nine months for a panel) and 17.5 (90 days for an appeal); deadlines
 * computed by hand: 14 January 2019 + 60 days = 15 March 2019; 15 March 2019 + 9 months = 15
 * December 2019; 20 January 2020 + 90 days = 19 April 2020 (2020 is a leap year).
 */
class WtoDisputeLadderTest {
  private final RelationsRecord trade = new WtoDisputeLadder().record();

  @Test
  void theLadderIsClimbedInOrderAndOnlyWhenTheTimeLimitsAllow() {
    List<RelationsRecord.Refusal> refusals = trade.refusals();
    assertEquals(
        List.of("dispute.time-limit-must-run", "dispute.ladder-order", "dispute.unresolved-at-last-stage", "dispute.terminal-state"),
        refusals.stream().map(r -> r.rejection().rule()).toList());
    assertEquals(LocalDate.of(2019, 3, 15), trade.disputesOn(LocalDate.of(2019, 2, 1)).get(STEEL).orElseThrow().deadline());
    assertEquals(LocalDate.of(2019, 12, 15), trade.disputesOn(LocalDate.of(2019, 12, 31)).get(STEEL).orElseThrow().deadline());
    assertEquals(LocalDate.of(2020, 4, 19), trade.disputesOn(LocalDate.of(2020, 4, 19)).get(STEEL).orElseThrow().deadline());
    Dispute beef = trade.disputes().get(BEEF).orElseThrow();
    assertEquals(true, beef.steps().get(1).byAgreement(), "both parties agreed to a panel after 17 days");
  }

  @Test
  void eachDisputeEndsAsItsLadderAllows() {
    DisputeBook book = trade.disputes();
    Dispute steel = book.get(STEEL).orElseThrow();
    assertEquals(DisputeState.UNRESOLVED, steel.state());
    assertEquals(DisputeStage.COURT, steel.stage());
    assertEquals(Optional.of(UnresolvedConsequence.STATUS_QUO), steel.consequence());
    assertEquals(List.of(), book.remedies(), "the status quo grants no remedy: the measure stays");
    assertEquals(DisputeState.DECIDED, book.get(BEEF).orElseThrow().state());
    assertEquals(DisputeStage.ARBITRATION, book.get(BEEF).orElseThrow().stage(), "the panel decided; no appeal");
    assertEquals(DisputeState.SETTLED, book.get(SUBSIDIES).orElseThrow().state());
    assertEquals(DisputeStage.DIRECT_NEGOTIATION, book.get(SUBSIDIES).orElseThrow().stage());
    assertEquals(List.of(), book.open());
  }

  @Test
  void openDisputesWeighOnTheAlliancesHealth() {
    assertEquals(2, trade.health(WtoDisputeLadder.YEAR_END).openDisputes());
    assertEquals(1.0 / 3, trade.health(WtoDisputeLadder.YEAR_END).disputeCalm(), 1e-15);
    assertEquals(0, trade.health(LocalDate.of(2020, 5, 1)).openDisputes());
  }
}
