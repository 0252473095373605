package dev.alliance.examples;

import static java.util.stream.Collectors.toSet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.alliance.api.governance.DecisionProcedure;
import dev.alliance.api.governance.DecisionRule;
import dev.alliance.api.governance.Outcome;
import dev.alliance.api.governance.VetoAbstention;
import dev.alliance.api.governance.Vote;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.exact.Rational;
import dev.alliance.core.governance.Ballots;
import dev.alliance.core.governance.Electorate;
import dev.alliance.core.governance.Tally;
import dev.alliance.core.governance.Voter;
import dev.alliance.core.power.PowerCalculator;
import dev.alliance.core.power.PowerIndex;
import dev.alliance.core.power.PowerProfile;
import dev.alliance.core.power.PowerValue;
import dev.alliance.core.power.SimpleGame;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The README's second example (a decision and its voting power), compiled and checked. */
class ReadmeEngineExampleTest {

  @Test
  void theSecurityCouncilExampleDoesWhatTheReadmeSays() {
    // README: begin engine example
    Set<PartnerId> p5 = Stream.of("CHN", "FRA", "GBR", "RUS", "USA").map(PartnerId::of).collect(toSet());
    DecisionRule substantive = DecisionRule.allOf(
        DecisionRule.atLeastYes(9), DecisionRule.vetoPlayers(p5, VetoAbstention.ABSTENTION_DOES_NOT_BLOCK));
    List<Voter> council = Stream.of("CHN", "FRA", "GBR", "RUS", "USA", "BIH", "BRA", "COL", "DEU", "GAB", "IND", "LBN", "NGA", "PRT", "ZAF")
        .map(id -> Voter.of(PartnerId.of(id))).toList();
    Electorate electorate = Electorate.of(council);

    // Draft S/2011/612 on Syria, 4 October 2011: nine yes, two permanent members against.
    Map<PartnerId, Vote> votes = new HashMap<>();
    council.forEach(v -> votes.put(v.id(), Vote.YES));
    Stream.of("CHN", "RUS").forEach(id -> votes.put(PartnerId.of(id), Vote.NO));
    Stream.of("BRA", "IND", "LBN", "ZAF").forEach(id -> votes.put(PartnerId.of(id), Vote.ABSTAIN));
    Outcome syria = Tally.of(DecisionProcedure.of(substantive), electorate).outcome(Ballots.of(electorate, votes));
    syria.isAdopted();   // false
    syria.lines();       // the conditions that held and failed, with their figures

    PowerProfile power = PowerCalculator.defaults()
        .compute(SimpleGame.of(substantive, electorate), EnumSet.of(PowerIndex.SHAPLEY_SHUBIK));
    power.value(PowerIndex.SHAPLEY_SHUBIK, PartnerId.of("USA"));   // Optional[421/2145], about 0.196
    power.value(PowerIndex.SHAPLEY_SHUBIK, PartnerId.of("BRA"));   // Optional[4/2145], about 0.0019
    // README: end engine example

    assertFalse(syria.isAdopted());
    assertEquals(
        List.of(
            "REJECTED: yes 9, no 2, abstain 4, absent 0 (15 members)",
            "  [held] no quorum required (15 of 15 members present)",
            "  [fail] 1 of 2 required conditions fail:",
            "    [held] support 9 votes >= 9 required",
            "    [fail] blocked by the no of a veto player: CHN, RUS"),
        syria.lines());
    assertEquals(new PowerValue.Exact(Rational.of(421, 2145)), power.value(PowerIndex.SHAPLEY_SHUBIK, PartnerId.of("USA")).orElseThrow());
    assertEquals(new PowerValue.Exact(Rational.of(4, 2145)), power.value(PowerIndex.SHAPLEY_SHUBIK, PartnerId.of("BRA")).orElseThrow());
  }
}
