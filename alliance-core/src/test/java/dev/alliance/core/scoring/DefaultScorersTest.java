package dev.alliance.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.alliance.api.InvalidValueException;
import dev.alliance.api.partner.Capability;
import dev.alliance.api.partner.CulturalProfile;
import dev.alliance.api.partner.Partner;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.partner.PartnerKind;
import dev.alliance.api.scoring.Candidate;
import dev.alliance.api.scoring.HealthIndicators;
import dev.alliance.api.scoring.PartnerSearch;
import dev.alliance.api.scoring.Score;
import dev.alliance.api.scoring.TrackRecord;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The default scorers on cases computed by hand, component by component. */
class DefaultScorersTest {
  private static Partner partner(String id, CulturalProfile profile, Capability... capabilities) {
    return Partner.builder().id(PartnerId.of(id)).name(id).kind(PartnerKind.STATE).addCapabilities(capabilities).culturalProfile(profile).build();
  }

  private final PartnerSearch search =
      PartnerSearch.builder()
          .addMembers(partner("FRA", KogutSinghTest.FRANCE, Capability.MANUFACTURING), partner("DEU", KogutSinghTest.GERMANY, Capability.TECHNOLOGY))
          .addNeeds(Capability.MANUFACTURING, Capability.TECHNOLOGY, Capability.MARKET_ACCESS, Capability.CAPITAL)
          .putValuePositions("state ownership", 0.8)
          .putValuePositions("openness", 0.4)
          .culturalVariances(KogutSingh.variances(List.of(KogutSinghTest.FRANCE, KogutSinghTest.GERMANY, KogutSinghTest.BRITAIN, KogutSinghTest.SPAIN)))
          .build();

  private final Candidate britain =
      new Candidate(
          partner("GBR", KogutSinghTest.BRITAIN, Capability.CAPITAL, Capability.TECHNOLOGY),
          TrackRecord.of(3, 1),
          Map.of("state ownership", 0.6, "secrecy", 0.9));

  /**
   * Lacking: market access and capital (the members bring manufacturing and technology); Britain
   * brings capital, 1 of 2 = 0.5. Values: one shared, gap 0.2, alignment 0.8. Reputation: (3 + 1)
   * / (4 + 2) = 0.6667. Culture: Kogut-Singh to France 3.167464, to Germany 0.883178, mean
   * 2.025321, closeness 1 / 3.025321 = 0.330543. Score: 0.35 x 0.5 + 0.25 x 0.8 + 0.25 x 0.6667 +
   * 0.15 x 0.330543 = 0.591248.
   */
  @Test
  void partnerFitMatchesTheHandComputation() {
    Score score = new DefaultPartnerScorer().score(search, britain);
    assertEquals(0.5, value(score, DefaultPartnerScorer.COMPLEMENTARITY), 1e-12);
    assertEquals(0.8, value(score, DefaultPartnerScorer.ALIGNMENT), 1e-12);
    assertEquals(4.0 / 6, value(score, DefaultPartnerScorer.REPUTATION), 1e-12);
    assertEquals(0.330543, value(score, DefaultPartnerScorer.CULTURE), 1e-6);
    assertEquals(0.591248, score.value(), 1e-6);
    assertEquals("brings 1 of 2 lacking capabilities: CAPITAL", score.component(DefaultPartnerScorer.COMPLEMENTARITY).orElseThrow().basis());
    assertEquals("3 of 4 commitments honored: (3 + 1) / (4 + 2)", score.component(DefaultPartnerScorer.REPUTATION).orElseThrow().basis());
  }

  @Test
  void unknownInputsAreUnscoredAndTakeNoPart() {
    Partner bare = Partner.of(PartnerId.of("NEW"), "Newcomer", PartnerKind.FIRM);
    Score score = new DefaultPartnerScorer().score(search, Candidate.of(bare));
    assertFalse(score.component(DefaultPartnerScorer.ALIGNMENT).orElseThrow().isScored());
    assertFalse(score.component(DefaultPartnerScorer.CULTURE).orElseThrow().isScored());
    // complementarity 0 (weight 0.35), reputation 0.5 (weight 0.25): 0.125 / 0.6
    assertEquals(0.125 / 0.6, score.value(), 1e-12);
    PartnerSearch complete = search.withNeeds(Set.of(Capability.MANUFACTURING));
    assertFalse(new DefaultPartnerScorer().score(complete, britain).component(DefaultPartnerScorer.COMPLEMENTARITY).orElseThrow().isScored());
  }

  /** Fulfillment 0.9, inequity 0.3, progress 0.5, one open dispute, no trust: (0.27 + 0.14 + 0.15 + 0.1) / 1.0 = 0.66. */
  @Test
  void healthMatchesTheHandComputation() {
    HealthIndicators indicators = HealthIndicators.builder().fulfillment(0.9).burdenInequity(0.3).objectiveProgress(0.5).openDisputes(1).build();
    Score score = new DefaultHealthScorer().score(indicators);
    assertEquals(0.66, score.value(), 1e-12);
    assertEquals(0.7, value(score, DefaultHealthScorer.EQUITY), 1e-12);
    assertEquals(0.5, value(score, DefaultHealthScorer.CALM), 1e-12);
    assertFalse(score.component(DefaultHealthScorer.TRUST).orElseThrow().isScored());
    // Trust 1.0 at weight 0.2 joins: (0.66 + 0.2) / 1.2
    assertEquals(0.86 / 1.2, new DefaultHealthScorer().score(indicators.withTrust(1.0)).value(), 1e-12);
  }

  @Test
  void weightsMustBePositive() {
    assertThrows(InvalidValueException.class, () -> DefaultPartnerScorer.withWeights(1, 0, 1, 1));
    assertThrows(InvalidValueException.class, () -> DefaultHealthScorer.withWeights(1, 1, 1, Double.NaN, 1));
    assertEquals(1.0, DefaultPartnerScorer.withWeights(1, 1, 1, 1).score(search, britain).share(DefaultPartnerScorer.withWeights(1, 1, 1, 1).score(search, britain).components().get(0)) * 4, 1e-12);
  }

  private static double value(Score score, String component) {
    return score.component(component).orElseThrow().value().getAsDouble();
  }
}
