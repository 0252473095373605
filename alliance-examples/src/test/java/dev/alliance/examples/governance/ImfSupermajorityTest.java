package dev.alliance.examples.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alliance.api.alliance.Member;
import dev.alliance.api.governance.Condition;
import dev.alliance.api.governance.Decision;
import dev.alliance.api.governance.IssueArea;
import dev.alliance.api.governance.Outcome;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The IMF's lesson. Voting shares from the IMF's page "IMF Executive Directors and Voting Power"
 * (United States 831,394 votes, 16.49 percent of the Fund total); the 85 percent majority for
 * quota changes from Article III, Section 2(c) of the Articles of Agreement.
 */
class ImfSupermajorityTest {
  private final ImfSupermajority example = new ImfSupermajority();

  @Test
  void theSharesAddUpToTheWholeFund() {
    BigDecimal total = example.fund().members().stream().map(Member::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(0, new BigDecimal("100").compareTo(total));
  }

  @Test
  void theUnitedStatesBlocksAQuotaChangeAlone() {
    Outcome outcome = example.outcome(ImfSupermajority.QUOTA_CHANGE, "USA");
    assertEquals(Decision.REJECTED, outcome.decision());
    Condition.Support support = (Condition.Support) outcome.rule();
    assertEquals(0, new BigDecimal("83.51").compareTo(support.support()));
  }

  @Test
  void butNotAnOrdinaryDecision() {
    assertEquals(Decision.ADOPTED, example.outcome(IssueArea.OPERATIONS, "USA").decision());
  }

  /** Exactly the members holding more than 15% of the votes can block an 85% decision alone. */
  @Test
  void onlyAMemberAboveFifteenPercentBlocksAlone() {
    for (Member member : example.fund().members()) {
      if (member.id().value().equals("OTHERS")) {
        continue;
      }
      boolean aboveFifteen = member.weight().compareTo(new BigDecimal("15")) > 0;
      Decision decision = example.outcome(ImfSupermajority.QUOTA_CHANGE, member.id().value()).decision();
      assertEquals(aboveFifteen ? Decision.REJECTED : Decision.ADOPTED, decision, member.id().value());
    }
  }

  @Test
  void japanChinaAndGermanyTogetherCouldBlock() {
    assertEquals(Decision.REJECTED, example.outcome(ImfSupermajority.QUOTA_CHANGE, "JPN CHN DEU").decision());
  }
}
