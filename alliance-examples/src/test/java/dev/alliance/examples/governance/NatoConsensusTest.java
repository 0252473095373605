package dev.alliance.examples.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.api.governance.Condition;
import dev.alliance.api.governance.Decision;
import dev.alliance.api.governance.IssueArea;
import dev.alliance.api.governance.Outcome;
import dev.alliance.api.governance.Standing;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.governance.Tally;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * NATO's lesson. Greece's objection at Bucharest (April 2008) to inviting the country now called
 * North Macedonia; Sweden's accession ratified by Türkiye on 23 January 2024 and by Hungary, the
 * last of 31 allies, on 26 February 2024 (Reuters; NATO).
 */
class NatoConsensusTest {
  private final NatoConsensus example = new NatoConsensus();

  @Test
  void theAlliancesHaveTheirHistoricalSizes() {
    assertEquals(26, example.nato2008().members().size());
    assertEquals(31, example.nato2024().members().size());
  }

  @Test
  void oneObjectionBlockedTheInvitationAtBucharest() {
    Outcome outcome = example.bucharestInvitation();
    assertEquals(Decision.REJECTED, outcome.decision());
    assertEquals(List.of(PartnerId.of("GRC")), ((Condition.NoObjection) outcome.rule()).objectors());
    assertEquals(25, outcome.count().absent(), "the other allies kept silent");
  }

  @Test
  void silenceIsConsentUnderConsensus() {
    Tally council = Tally.of(example.nato2008(), IssueArea.OPERATIONS);
    assertEquals(Decision.ADOPTED, council.decide(council.ballots()));
  }

  @Test
  void swedensAccessionWaitedForTheLastRatification() {
    Standing waiting = example.swedishAccession(IssueArea.MEMBERSHIP, false);
    assertEquals(Decision.OPEN, waiting.decision());
    assertEquals(List.of(PartnerId.of("HUN")), waiting.missing());
    assertEquals(Decision.ADOPTED, waiting.ifAllYes().decision());
    assertEquals(Decision.REJECTED, waiting.ifAllAbsent().decision());

    Standing ratified = example.swedishAccession(IssueArea.MEMBERSHIP, true);
    assertEquals(Decision.ADOPTED, ratified.decision());
    assertEquals(31, ratified.castSoFar().yes());
  }

  @Test
  void underConsensusTheOthersYesWouldHaveSufficed() {
    Standing consensus = example.swedishAccession(IssueArea.OPERATIONS, false);
    assertEquals(Decision.OPEN, consensus.decision(), "Hungary could still object");
    assertTrue(consensus.ifAllAbsent().isAdopted(), "but its silence would have been consent");
  }
}
