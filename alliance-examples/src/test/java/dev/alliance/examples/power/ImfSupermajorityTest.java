package dev.alliance.examples.power;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.power.Criterion;
import dev.alliance.core.power.IndexResult;
import dev.alliance.core.power.PowerIndex;
import dev.alliance.core.power.PowerProfile;
import dev.alliance.core.governance.Voter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lesson of the IMF-sized board: a veto from the threshold, and power flattened by it. */
class ImfSupermajorityTest {

  @Test
  void theBoardIsImfSizedAndItsLargestMemberHoldsSixteenAndAHalfPercent() {
    List<Voter> board = ImfSupermajority.board();
    assertEquals(190, board.size());
    Criterion votes = ImfSupermajority.game("85").criteria().get(0);
    assertEquals(2_500_000, votes.total(), 25_000);
    assertEquals(0.165, votes.share(0).toDouble(), 0.0001);
    for (int i = 1; i < board.size(); i++) {
      assertTrue(votes.share(i).toDouble() < 0.15, "only the largest can block 85% alone");
    }
    assertEquals(board, ImfSupermajority.board(), "the same board every time");
  }

  @Test
  void theSupermajorityMakesTheLargestMemberTheOnlyVetoPlayerAndFlattensPower() {
    PowerProfile simple = ImfSupermajority.banzhaf("50");
    PowerProfile supermajority = ImfSupermajority.banzhaf("85");
    assertEquals(List.of(), simple.game().vetoPlayers());
    assertEquals(List.of(PartnerId.of("M001")), supermajority.game().vetoPlayers());
    IndexResult atHalf = simple.result(PowerIndex.BANZHAF).orElseThrow();
    IndexResult at85 = supermajority.result(PowerIndex.BANZHAF).orElseThrow();
    assertTrue(atHalf.isExact() && at85.isExact());
    assertTrue(atHalf.value(0).toDouble() > 0.2, "about a quarter of the power at 50%");
    assertTrue(at85.value(0).toDouble() < 0.02, "below 2% at 85%");
    assertEquals(at85.value(5).toDouble(), at85.value(0).toDouble(), 0.05 * at85.value(0).toDouble(), "level with a member of a sixth of its votes");
    assertTrue(ImfSupermajority.passingProbability(supermajority) < 1e-6);
  }
}
