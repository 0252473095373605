package dev.alliance.examples.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.api.alliance.Member;
import dev.alliance.api.governance.Condition;
import dev.alliance.api.governance.Decision;
import dev.alliance.api.governance.IssueArea;
import dev.alliance.api.governance.Outcome;
import dev.alliance.api.partner.Measure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The EU Council's lesson, on Eurostat's first estimates of the population on 1 January 2024 (news
 * release of 11 July 2024; EU total 449,206,600). Rules: Article 16(4) TEU, Article 238(2) and (4)
 * TFEU, Council Rules of Procedure Article 11(4).
 */
class EuCouncilTest {
  private final EuCouncil example = new EuCouncil();

  private long population(String ids) {
    long sum = 0;
    for (Member member : example.council().members()) {
      if (ids.contains(member.id().value())) {
        sum += member.partner().attribute(Measure.POPULATION).orElseThrow().longValueExact();
      }
    }
    return sum;
  }

  @Test
  void theFiguresAreThePublishedOnesUpToRounding() {
    long total = population(EuCouncil.largest(27));
    assertEquals(27, example.council().members().size());
    assertEquals(449_206_200L, total);
    assertTrue(Math.abs(449_206_600L - total) <= 27 * 50, "each figure is rounded to the hundred");
  }

  @Test
  void theThreeLargestCannotBlockAlone() {
    assertTrue(population("DEU FRA ITA") * 100 > 449_206_200L * 35, "they hold more than 35% of the population");
    Outcome outcome = example.outcome(IssueArea.OPERATIONS, "DEU FRA ITA", "");
    assertEquals(Decision.ADOPTED, outcome.decision());
    Condition composition = ((Condition.DoubleMajorityCheck) outcome.rule()).composition();
    Condition alternatives = composition.parts().get(1);
    assertEquals(false, alternatives.parts().get(0).held(), "65% of the population is not reached");
    assertEquals(true, alternatives.parts().get(1).held(), "but three states are no blocking minority");
  }

  @Test
  void aFourthStateMakesTheBlockingMinority() {
    assertEquals(Decision.REJECTED, example.outcome(IssueArea.OPERATIONS, "DEU FRA ITA POL", "").decision());
  }

  @Test
  void fifteenStatesAreEnoughOnlyWithTheirPeople() {
    assertEquals(Decision.REJECTED, example.outcome(IssueArea.OPERATIONS, EuCouncil.largest(12), "").decision());
    List<String> smallest = new ArrayList<>(List.of(EuCouncil.largest(27).split(" ")).subList(14, 27));
    Outcome fourteenLargest = example.outcome(IssueArea.OPERATIONS, String.join(" ", smallest), "");
    assertEquals(Decision.REJECTED, fourteenLargest.decision(), "90% of the people but 14 of 27 states");
    assertEquals("support 51.9% of all members (14 of 27) < 55% required", fourteenLargest.failures().get(0).describe());
  }

  @Test
  void withoutACommissionProposalThereIsNoBlockingMinorityClause() {
    assertEquals(Decision.REJECTED, example.outcome(EuCouncil.NOT_ON_A_COMMISSION_PROPOSAL, "DEU FRA ITA", "").decision());
  }

  @Test
  void unanimityInTheTreatysSenseIgnoresAbstentions() {
    assertEquals(Decision.ADOPTED, example.outcome(EuCouncil.TAXATION, "", "HUN").decision());
    assertEquals(Decision.REJECTED, example.outcome(EuCouncil.TAXATION, "IRL", "").decision());
  }

  @Test
  void theMemberThresholdIsAnExactShare() {
    BigDecimal fiftyFive = new BigDecimal("0.55");
    assertTrue(BigDecimal.valueOf(15).compareTo(fiftyFive.multiply(BigDecimal.valueOf(27))) >= 0);
    assertTrue(BigDecimal.valueOf(14).compareTo(fiftyFive.multiply(BigDecimal.valueOf(27))) < 0);
  }
}
