package dev.alliance.examples.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alliance.api.alliance.Alliance;
import dev.alliance.api.alliance.Member;
import dev.alliance.api.governance.Base;
import dev.alliance.api.governance.Decision;
import dev.alliance.api.governance.DecisionRule;
import dev.alliance.api.governance.Threshold;
import dev.alliance.api.governance.WeightSource;
import org.junit.jupiter.api.Test;

/**
 * Airbus's lesson. GIE founded 18 December 1970; shares from 1979 Aérospatiale 37.9%, Deutsche
 * Airbus 37.9%, British Aerospace 20%, CASA 4.2%; Airbus SAS from 2001, EADS 80% and BAE Systems
 * 20% until 2006.
 */
class AirbusGovernanceTest {
  private final AirbusGovernance example = new AirbusGovernance();

  @Test
  void underConsensusEveryPartnerCouldStopTheConsortium() {
    Alliance gie = example.gie();
    for (Member partner : gie.members()) {
      assertEquals(Decision.REJECTED, AirbusGovernance.outcome(gie, partner.id().value()).decision(), partner.id().value());
    }
  }

  @Test
  void byAMajorityOfSharesTheSmallestPartnerCouldNot() {
    Alliance byShares = example.gie(DecisionRule.weighted(WeightSource.memberWeights(), Threshold.moreThanHalf(), Base.ALL_MEMBERS));
    assertEquals(Decision.ADOPTED, AirbusGovernance.outcome(byShares, "CASA").decision());
    assertEquals(Decision.ADOPTED, AirbusGovernance.outcome(byShares, "AEROSPATIALE").decision());
    assertEquals(Decision.REJECTED, AirbusGovernance.outcome(byShares, "AEROSPATIALE BAE").decision());
  }

  @Test
  void theCompanysMajorityShareholderDecidedAlone() {
    assertEquals(Decision.ADOPTED, AirbusGovernance.outcome(example.company(), "BAE-SYSTEMS").decision());
    assertEquals(Decision.REJECTED, AirbusGovernance.outcome(example.company(), "EADS").decision());
  }
}
