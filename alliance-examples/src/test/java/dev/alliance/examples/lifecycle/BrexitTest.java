package dev.alliance.examples.lifecycle;

import static dev.alliance.examples.lifecycle.Brexit.GBR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.api.alliance.Member;
import dev.alliance.api.event.MembershipEvent;
import dev.alliance.api.event.RecordedEvent;
import dev.alliance.api.governance.DecisionReference;
import dev.alliance.api.lifecycle.AllianceState;
import dev.alliance.api.lifecycle.MembershipState;
import dev.alliance.api.typology.Structure;
import dev.alliance.core.lifecycle.AllianceLifecycle;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The UK's withdrawal: the date computed from Article 50, moved only by decisions, and the UK a full
 * member until it left. Dates and decision numbers: the Official Journal of the European Union,
 * European Council Decisions (EU) 2019/476, 2019/584 and 2019/1810, each reciting the notification
 * of 29 March 2017.
 */
class BrexitTest {
  private final Chronicle eu = new Brexit().chronicle();

  @Test
  void theNoticePeriodPutTheExitTwoYearsAfterTheNotification() {
    MembershipEvent.WithdrawalNoticeGiven notice =
        eu.history().stream()
            .map(RecordedEvent::event)
            .filter(MembershipEvent.WithdrawalNoticeGiven.class::isInstance)
            .map(MembershipEvent.WithdrawalNoticeGiven.class::cast)
            .findFirst()
            .orElseThrow();
    assertEquals(new MembershipEvent.WithdrawalNoticeGiven(GBR, LocalDate.of(2019, 3, 29), LocalDate.of(2017, 3, 29)), notice);
  }

  @Test
  void onlyThreeUnanimousDecisionsMovedIt() {
    List<MembershipEvent.WithdrawalExtended> extensions =
        eu.history().stream()
            .map(RecordedEvent::event)
            .filter(MembershipEvent.WithdrawalExtended.class::isInstance)
            .map(MembershipEvent.WithdrawalExtended.class::cast)
            .toList();
    assertEquals(List.of(LocalDate.of(2019, 4, 12), LocalDate.of(2019, 10, 31), LocalDate.of(2020, 1, 31)), extensions.stream().map(MembershipEvent.WithdrawalExtended::effectiveOn).toList());
    assertEquals(
        List.of("European Council Decision (EU) 2019/476", "European Council Decision (EU) 2019/584", "European Council Decision (EU) 2019/1810"),
        extensions.stream().map(e -> e.decision().map(DecisionReference::value).orElseThrow()).toList());
  }

  @Test
  void attemptsToLeaveEarlyWereRefusedWithTheDateToWaitFor() {
    List<Chronicle.Refusal> refusals = eu.refusals();
    assertEquals(2, refusals.size());
    refusals.forEach(r -> assertEquals("withdrawal.notice-period-must-run", r.rejection().rule()));
    assertEquals("GBR's withdrawal takes effect on 2019-03-29; 2018-06-23 is earlier", refusals.get(0).rejection().reason());
    assertEquals("GBR's withdrawal takes effect on 2019-04-12; 2019-03-29 is earlier", refusals.get(1).rejection().reason());
  }

  @Test
  void theUkWasAFullMemberUntilItLeft() {
    AllianceLifecycle during = eu.on(Brexit.DURING_NOTICE);
    Member uk = during.member(GBR).orElseThrow();
    assertEquals(MembershipState.WITHDRAWING, uk.state());
    assertTrue(uk.canVote());
    assertTrue(uk.isParty());
    assertEquals(28, during.parties());
    assertEquals(Optional.of(MembershipState.WITHDRAWING), eu.on(Brexit.LEFT.minusDays(1)).membershipState(GBR));
  }

  @Test
  void itLeftOnThirtyFirstJanuary2020AndTheUnionWentOn() {
    AllianceLifecycle after = eu.now();
    assertEquals(Optional.of(MembershipState.WITHDRAWN), after.membershipState(GBR));
    assertEquals(Optional.of(Brexit.LEFT), after.member(GBR).orElseThrow().leftOn());
    assertEquals(Optional.of(AllianceState.OPERATING), after.state());
    assertEquals(27, after.parties());
    assertEquals(Optional.of(Structure.MULTILATERAL), after.toAlliance().orElseThrow().structure());
    assertEquals(Optional.of(MembershipState.MEMBER), after.membershipState(Brexit.HRV), "Croatia joined in 2013");
  }
}
