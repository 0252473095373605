package dev.alliance.examples.lifecycle;

import static dev.alliance.examples.lifecycle.DelianLeague.ATHENS;
import static dev.alliance.examples.lifecycle.DelianLeague.NAXOS;
import static dev.alliance.examples.lifecycle.DelianLeague.THASOS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.api.alliance.Alliance;
import dev.alliance.api.governance.DecisionRule;
import dev.alliance.api.governance.IssueArea;
import dev.alliance.api.lifecycle.AllianceState;
import dev.alliance.api.lifecycle.MembershipState;
import dev.alliance.api.partner.PartnerId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The drift from league to empire, read from the League's own stream. Years: Thucydides 1.96-1.101
 * for the founding, Naxos and Thasos; 454 BCE for the treasury's move, the traditional date.
 */
class DelianLeagueTest {
  private final Chronicle league = new DelianLeague().chronicle();

  @Test
  void atFirstSixEqualMembersVotedAndTheSynodDecidedByMajority() {
    Alliance founded = league.on(DelianLeague.AS_FOUNDED).toAlliance().orElseThrow();
    assertEquals(AllianceState.OPERATING, founded.state());
    assertEquals(6, DelianLeague.voters(founded).size());
    assertEquals(DecisionRule.simpleMajority(), founded.governance().procedureFor(IssueArea.SECURITY).rule());
    assertEquals("Synod at Delos", founded.governance().bodies().get(0).name());
  }

  @Test
  void by453BceTwoWereSubjectsAndAthensAloneDecided() {
    Alliance empire = league.on(DelianLeague.AS_EMPIRE).toAlliance().orElseThrow();
    assertEquals(List.of(ATHENS, PartnerId.of("CHI"), PartnerId.of("SAM"), PartnerId.of("LES")), DelianLeague.voters(empire));
    assertEquals(Optional.of(MembershipState.SUSPENDED), empire.member(NAXOS).map(m -> m.state()));
    assertEquals(Optional.of(MembershipState.SUSPENDED), empire.member(THASOS).map(m -> m.state()));
    assertEquals(6, empire.parties().size(), "the subjects were still bound: they paid tribute");
    for (IssueArea area : List.of(IssueArea.SECURITY, IssueArea.BUDGET, IssueArea.MEMBERSHIP, IssueArea.AMENDMENT)) {
      assertEquals(DecisionRule.leadPartner(ATHENS), empire.governance().procedureFor(area).rule());
    }
    assertTrue(empire.agreement().orElseThrow().resources().orElseThrow().terms().contains("treasury at Athens"));
  }

  @Test
  void noStepBrokeARuleOfTheLifecycle() {
    assertEquals(List.of(), league.refusals());
    assertEquals(Optional.of(AllianceState.OPERATING), league.now().state());
    assertEquals("470 BCE", DelianLeague.year(league.history().get(16).event().on()));
  }
}
