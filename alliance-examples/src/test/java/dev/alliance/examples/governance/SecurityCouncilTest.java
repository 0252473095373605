package dev.alliance.examples.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.api.governance.BallotCount;
import dev.alliance.api.governance.Condition;
import dev.alliance.api.governance.Decision;
import dev.alliance.api.governance.Outcome;
import dev.alliance.api.governance.VetoAbstention;
import dev.alliance.api.governance.Vote;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.governance.Ballots;
import dev.alliance.core.governance.Tally;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Security Council's lesson on its own 2011 votes. Vote counts: Resolution 1973, 10-0-5 (UN
 * News Centre and Reuters, 17 March 2011); draft S/2011/612, 9-2-4 (UN press release SC/10403 and
 * verbatim record S/PV.6627, 4 October 2011).
 */
class SecurityCouncilTest {
  private final SecurityCouncil example = new SecurityCouncil();

  @Test
  void resolution1973PassedWithTwoPermanentMembersAbstaining() {
    Outcome outcome = example.outcome(SecurityCouncil.SUBSTANTIVE, example.resolution1973());
    assertEquals(Decision.ADOPTED, outcome.decision());
    assertEquals(new BallotCount(10, 0, 5, 0), outcome.count());
    assertEquals(Vote.ABSTAIN, example.resolution1973().voteOf(PartnerId.of("CHN")));
    assertEquals(Vote.ABSTAIN, example.resolution1973().voteOf(PartnerId.of("RUS")));
  }

  @Test
  void theSyriaDraftHadNineVotesAndFailedOnlyOnTheVeto() {
    Outcome outcome = example.outcome(SecurityCouncil.SUBSTANTIVE, example.syriaDraft());
    assertEquals(Decision.REJECTED, outcome.decision());
    assertEquals(new BallotCount(9, 2, 4, 0), outcome.count());
    assertTrue(outcome.rule().parts().get(0).held(), "nine votes were there");
    assertEquals(1, outcome.failures().size());
    Condition.NoVeto veto = (Condition.NoVeto) outcome.failures().get(0);
    assertEquals(Map.of(PartnerId.of("CHN"), Vote.NO, PartnerId.of("RUS"), Vote.NO), veto.blockers());
    assertEquals("blocked by the no of a veto player: CHN, RUS", veto.describe());
  }

  @Test
  void withoutTheVetoTheSameBallotsWouldHaveCarried() {
    assertEquals(Decision.ADOPTED, example.outcome(SecurityCouncil.PROCEDURAL, example.syriaDraft()).decision());
  }

  @Test
  void readLiterallyTheCharterWouldHaveLetAbstentionsBlock() {
    Outcome literal = Tally.of(example.council(VetoAbstention.ABSTENTION_BLOCKS), SecurityCouncil.SUBSTANTIVE).outcome(example.resolution1973());
    assertEquals(Decision.REJECTED, literal.decision());
    assertEquals(
        Map.of(PartnerId.of("CHN"), Vote.ABSTAIN, PartnerId.of("RUS"), Vote.ABSTAIN), ((Condition.NoVeto) literal.failures().get(0)).blockers());
  }

  @Test
  void nothingPassesWithoutNineVotes() {
    Ballots eight = example.resolution1973().withVote(PartnerId.of("LBN"), Vote.ABSTAIN).withVote(PartnerId.of("ZAF"), Vote.ABSTAIN);
    Outcome outcome = example.outcome(SecurityCouncil.SUBSTANTIVE, eight);
    assertEquals(Decision.REJECTED, outcome.decision());
    assertEquals(List.of("support 8 votes < 9 required"), outcome.failures().stream().map(Condition::describe).toList());
  }
}
