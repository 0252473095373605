package dev.alliance.core.governance;

import static dev.alliance.core.governance.Fixtures.ballots;
import static dev.alliance.core.governance.Fixtures.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.api.InvalidValueException;
import dev.alliance.api.alliance.Alliance;
import dev.alliance.api.alliance.Member;
import dev.alliance.api.alliance.Role;
import dev.alliance.api.governance.BallotRejection;
import dev.alliance.api.governance.Decision;
import dev.alliance.api.governance.DecisionProcedure;
import dev.alliance.api.governance.DecisionRule;
import dev.alliance.api.governance.Governance;
import dev.alliance.api.governance.IssueArea;
import dev.alliance.api.governance.Quorum;
import dev.alliance.api.governance.Standing;
import dev.alliance.api.governance.Vote;
import dev.alliance.api.lifecycle.MembershipState;
import dev.alliance.api.partner.Partner;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.partner.PartnerKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Early decisions while ballots are missing, and the rules for casting ballots. */
class StandingAndBallotBoxTest {

  private static Standing standing(DecisionProcedure procedure, Electorate electorate, String letters) {
    return Tally.of(procedure, electorate).standing(ballots(electorate, letters));
  }

  @Test
  void oneNoDecidesAUnanimousVoteEarly() {
    Standing standing = standing(DecisionProcedure.of(DecisionRule.unanimity()), plain(5), "YN---");
    assertEquals(Decision.REJECTED, standing.decision());
    assertTrue(standing.isDecidedEarly());
    assertEquals(
        List.of(
            "REJECTED early, 3 ballots missing (P2, P3, P4): even if all of them vote yes",
            "  [fail] unanimity: 4 of 5 vote yes; not yes: P1 (NO)"),
        standing.lines());
  }

  @Test
  void aUnanimousVoteStaysOpenUntilTheLastYes() {
    Standing waiting = standing(DecisionProcedure.of(DecisionRule.unanimity()), plain(4), "YYY-");
    assertEquals(Decision.OPEN, waiting.decision());
    assertEquals(List.of(PartnerId.of("P3")), waiting.missing());
    assertEquals(
        List.of(
            "OPEN, 1 ballot missing (P3)",
            "  if all vote yes: ADOPTED",
            "  if all vote no: REJECTED, unanimity: 3 of 4 vote yes; not yes: P3 (NO)",
            "  if all stay away: REJECTED, unanimity: 3 of 4 vote yes; not yes: P3 (ABSENT)"),
        waiting.lines());
  }

  @Test
  void aMajorityIsDecidedEarlyOnceTheRestCannotOvertakeIt() {
    DecisionProcedure absolute = DecisionProcedure.of(DecisionRule.absoluteMajority());
    assertEquals(Decision.OPEN, standing(absolute, plain(7), "YYY----").decision());
    Standing four = standing(absolute, plain(7), "YYYY---");
    assertEquals(Decision.ADOPTED, four.decision());
    assertEquals("ADOPTED early, 3 ballots missing (P4, P5, P6): whatever they vote", four.lines().get(0));
    assertEquals(Decision.REJECTED, standing(absolute, plain(7), "NNNN---").decision());
  }

  @Test
  void aQuorumKeepsAnUnopposedVoteOpen() {
    DecisionProcedure quorate = DecisionProcedure.of(DecisionRule.consensus()).withQuorum(Quorum.ofMembers(3));
    Standing standing = standing(quorate, plain(5), "YY---");
    assertEquals(Decision.OPEN, standing.decision());
    assertTrue(standing.lines().contains("  if all stay away: REJECTED, quorum: 2 of 5 members present < 3 required"), standing.lines().toString());
  }

  @Test
  void withEveryBallotCastTheStandingIsTheFinalOutcome() {
    DecisionProcedure majority = DecisionProcedure.of(DecisionRule.simpleMajority());
    Standing standing = standing(majority, plain(3), "YYN");
    assertEquals(Decision.ADOPTED, standing.decision());
    assertFalse(standing.isDecidedEarly());
    assertEquals(Tally.of(majority, plain(3)).outcome(ballots(plain(3), "YYN")), standing.ifAllYes());
    assertEquals("ADOPTED: every ballot is cast", standing.lines().get(0));
  }

  @Test
  void decideSoFarAgreesWithTheExplainedStanding() {
    DecisionProcedure absolute = DecisionProcedure.of(DecisionRule.absoluteMajority()).withQuorum(Quorum.ofMembers(4));
    Tally tally = Tally.of(absolute, plain(6));
    for (String letters : List.of("------", "YYY---", "YYYY--", "NNNN--", "YYYN--", "YYYNNN")) {
      Ballots ballots = ballots(plain(6), letters);
      assertEquals(tally.standing(ballots).decision(), tally.decideSoFar(ballots), letters);
    }
  }

  private static Alliance alliance() {
    Member france = Member.of(Partner.of(PartnerId.of("FRA"), "France", PartnerKind.STATE), Role.FOUNDER);
    Member germany = Member.of(Partner.of(PartnerId.of("DEU"), "Germany", PartnerKind.STATE), Role.FOUNDER);
    Member observer = Member.of(Partner.of(PartnerId.of("UN"), "United Nations", PartnerKind.INTERGOVERNMENTAL_ORGANIZATION), Role.OBSERVER);
    Member suspended = Member.of(Partner.of(PartnerId.of("HUN"), "Hungary", PartnerKind.STATE), Role.MEMBER).withState(MembershipState.SUSPENDED);
    Member leaving = Member.of(Partner.of(PartnerId.of("GBR"), "United Kingdom", PartnerKind.STATE), Role.MEMBER).withState(MembershipState.WITHDRAWING);
    return PolicyExamplesTest.alliance(Governance.consensusForAll(), "X").withMembers(List.of(france, germany, observer, suspended, leaving));
  }

  @Test
  void theElectorateOfAnAllianceIsItsMembersWhoCanVote() {
    Electorate electorate = Electorate.of(alliance());
    List<PartnerId> voters = new ArrayList<>();
    electorate.voters().forEach(v -> voters.add(v.id()));
    assertEquals(List.of(PartnerId.of("FRA"), PartnerId.of("DEU"), PartnerId.of("GBR")), voters);
    assertEquals("UN is an observer in Test Alliance", electorate.whyNotEntitled(PartnerId.of("UN")).orElseThrow());
    assertEquals(
        "HUN is SUSPENDED in Test Alliance; only members in good standing vote", electorate.whyNotEntitled(PartnerId.of("HUN")).orElseThrow());
    assertEquals("USA is not a member of this electorate", electorate.whyNotEntitled(PartnerId.of("USA")).orElseThrow());
    assertTrue(electorate.whyNotEntitled(PartnerId.of("FRA")).isEmpty());
  }

  @Test
  void anElectorateNeedsAVoterAndEachVoterOnce() {
    assertThrows(InvalidValueException.class, () -> Electorate.of(List.of()));
    InvalidValueException twice =
        assertThrows(InvalidValueException.class, () -> Electorate.of(Voter.of(PartnerId.of("A")), Voter.of(PartnerId.of("A"))));
    assertEquals("Electorate.voters = A: a member votes only once", twice.getMessage());
  }

  @Test
  void onlyEntitledMembersVoteAndEachOnce() {
    BallotBox box = BallotBox.open(Tally.of(alliance(), IssueArea.OPERATIONS));
    BallotBox.Cast france = box.cast(PartnerId.of("FRA"), Vote.YES);
    assertTrue(france.isAccepted());
    box = france.box();

    assertRejected(box.cast(PartnerId.of("UN"), Vote.NO), box, BallotRejection.Rule.NOT_ENTITLED, "UN is an observer in Test Alliance");
    assertRejected(
        box.cast(PartnerId.of("HUN"), Vote.NO), box, BallotRejection.Rule.NOT_ENTITLED, "HUN is SUSPENDED in Test Alliance; only members in good standing vote");
    assertRejected(
        box.cast(PartnerId.of("FRA"), Vote.NO), box, BallotRejection.Rule.ALREADY_VOTED, "FRA already voted YES and this procedure does not allow changing a ballot");
    assertRejected(box.cast(PartnerId.of("DEU"), Vote.ABSENT), box, BallotRejection.Rule.NOT_A_BALLOT, "a member takes part by voting YES, NO or ABSTAIN");
    assertTrue(box.cast(PartnerId.of("GBR"), Vote.ABSTAIN).isAccepted(), "a withdrawing member votes until its withdrawal takes effect");

    BallotBox closed = box.close();
    assertFalse(closed.isOpen());
    assertRejected(
        closed.cast(PartnerId.of("DEU"), Vote.YES), closed, BallotRejection.Rule.VOTING_CLOSED, "the vote is closed; no ballot counts after closing");
    assertEquals(Decision.ADOPTED, closed.outcome().decision());
  }

  @Test
  void aProcedureMayLetMembersChangeTheirBallot() {
    Tally tally = Tally.of(DecisionProcedure.of(DecisionRule.unanimity()).withBallotChangeAllowed(true), plain(2));
    BallotBox box = BallotBox.open(tally).cast(PartnerId.of("P0"), Vote.NO).box();
    assertEquals(Decision.REJECTED, box.standing().decision());
    BallotBox.Cast changed = box.cast(PartnerId.of("P0"), Vote.YES);
    assertTrue(changed.isAccepted());
    assertEquals(Vote.YES, changed.box().ballots().voteOf(PartnerId.of("P0")));
    assertEquals(Decision.OPEN, changed.box().standing().decision());
  }

  private static void assertRejected(BallotBox.Cast cast, BallotBox before, BallotRejection.Rule rule, String reason) {
    assertFalse(cast.isAccepted());
    assertSame(before, cast.box(), "a rejected ballot changes nothing");
    assertEquals(rule, cast.rejection().orElseThrow().rule());
    assertEquals(reason, cast.rejection().orElseThrow().reason());
  }
}
