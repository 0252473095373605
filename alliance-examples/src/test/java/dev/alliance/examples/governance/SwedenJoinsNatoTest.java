package dev.alliance.examples.governance;

import static dev.alliance.examples.governance.SwedenJoinsNato.ADMIT_FINLAND;
import static dev.alliance.examples.governance.SwedenJoinsNato.ADMIT_SWEDEN;
import static dev.alliance.examples.governance.SwedenJoinsNato.FIN;
import static dev.alliance.examples.governance.SwedenJoinsNato.SWE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.api.governance.Decision;
import dev.alliance.api.governance.Standing;
import dev.alliance.api.lifecycle.MembershipState;
import dev.alliance.api.lifecycle.ProposalState;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.proposal.Verdict;
import dev.alliance.core.lifecycle.AllianceLifecycle;
import dev.alliance.core.proposal.Proposal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Sweden's accession, as a vote on the stream. Dates: applications 18 May 2022; protocols signed by
 * the 30 allies 5 July 2022; Hungary ratified Finland's protocol 27 March 2023, Türkiye 30 March
 * 2023; Finland joined 4 April 2023; Türkiye ratified Sweden's 23 January 2024, Hungary 26 February
 * 2024, the last of 31 allies (Reuters); Sweden joined 7 March 2024 (NATO; US State Department).
 */
class SwedenJoinsNatoTest {
  private final SwedenJoinsNato example = new SwedenJoinsNato();
  private final SwedenJoinsNato.Enlargement nato = example.enlargement();

  @Test
  void finlandAndSwedenJoinedOnTheirHistoricalDays() {
    AllianceLifecycle now = nato.now();
    assertEquals(Optional.of(MembershipState.MEMBER), now.membershipState(FIN));
    assertEquals(Optional.of(LocalDate.of(2023, 4, 4)), now.member(FIN).orElseThrow().joinedOn());
    assertEquals(Optional.of(LocalDate.of(2024, 3, 7)), now.member(SWE).orElseThrow().joinedOn());
    assertEquals(32, now.parties());
  }

  @Test
  void swedensVoteStayedOpenUntilTheLastRatification() {
    Proposal sweden = nato.now().proposal(ADMIT_SWEDEN).orElseThrow();
    assertEquals(Optional.of(LocalDate.of(2022, 7, 5)), sweden.openedOn());
    assertEquals(Optional.of(SwedenJoinsNato.LAST_RATIFICATION), sweden.endedOn());
    Verdict.ByBallots verdict = (Verdict.ByBallots) sweden.verdict().orElseThrow();
    assertFalse(verdict.isEarly(), "unanimity decides only with every ballot cast");
    assertEquals(31, verdict.outcome().count().yes(), "Finland joined the vote and said yes");
    assertEquals(ProposalState.OPEN, nato.on(LocalDate.of(2024, 2, 25)).proposal(ADMIT_SWEDEN).orElseThrow().state());
  }

  @Test
  void onTheDayFinlandJoinedSwedenStillWaitedForHungaryAndTurkiye() {
    Standing standing = example.swedenOn(SwedenJoinsNato.FINLAND_JOINED).orElseThrow();
    assertEquals(Decision.OPEN, standing.decision());
    assertEquals(List.of(PartnerId.of("HUN"), PartnerId.of("TUR")), standing.missing());
    assertEquals(29, standing.castSoFar().yes(), "28 allies of 2022 and Finland");
    assertTrue(standing.ifAllYes().isAdopted());
    assertEquals(Decision.OPEN, example.swedenOn(LocalDate.of(2024, 1, 23)).orElseThrow().decision(), "Hungary still missing");
  }

  @Test
  void theGateRefusedSwedenUntilItsOwnProposalWasAdopted() {
    List<SwedenJoinsNato.Enlargement.Refusal> refusals = nato.refusals();
    assertEquals(2, refusals.size());
    assertEquals("governance.proposal-not-adopted", refusals.get(0).rejection().rule());
    assertEquals("proposal admit-swe is OPEN, waiting for 2 ballots (HUN, TUR)", refusals.get(0).rejection().reason());
    assertEquals("governance.proposal-for-another-act", refusals.get(1).rejection().rule());
    assertEquals(Optional.of(LocalDate.of(2023, 4, 4)), nato.now().proposal(ADMIT_FINLAND).orElseThrow().carriedOutOn());
  }

  @Test
  void theReportShowsTheExplainedOutcomes() {
    List<String> lines = example.run().lines();
    assertTrue(lines.contains("  OPEN, 2 ballots missing (HUN, TUR)"), lines::toString);
    assertTrue(lines.contains("    [held] unanimity: all 31 vote yes"), lines::toString);
  }
}
