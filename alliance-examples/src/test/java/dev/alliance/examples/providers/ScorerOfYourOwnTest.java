package dev.alliance.examples.providers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.alliance.core.provider.ChoiceReason;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The custom scorer's lesson: discovery picks it, and the stake lifts Hawker Siddeley to first. */
class ScorerOfYourOwnTest {
  @Test
  void discoveryChoosesTheDeclaredScorerAndTheStakeReordersTheRanking() {
    ScorerOfYourOwn.Outcome outcome = new ScorerOfYourOwn().compute();
    assertInstanceOf(StakeWeightedScorer.class, outcome.choice().provider());
    assertEquals(ChoiceReason.HIGHEST_PRIORITY, outcome.choice().reason());
    assertEquals(List.of("HAWKER-SIDDELEY", "CASA", "FOKKER-VFW"), outcome.ranking().stream().map(r -> r.candidate().partner().id().value()).toList());
    assertEquals("HAWKER-SIDDELEY", new AirbusPartnerSelection().ranking().get(2).candidate().partner().id().value(), "last under the default scorer");
    assertEquals(5, outcome.ranking().get(0).score().components().size());
  }
}
