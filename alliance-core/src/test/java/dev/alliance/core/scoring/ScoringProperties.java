package dev.alliance.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.alliance.api.partner.Capability;
import dev.alliance.api.partner.CulturalProfile;
import dev.alliance.api.partner.HofstedeDimension;
import dev.alliance.api.partner.Partner;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.scoring.Candidate;
import dev.alliance.api.scoring.HealthIndicators;
import dev.alliance.api.scoring.PartnerSearch;
import dev.alliance.api.scoring.Score;
import dev.alliance.api.scoring.ScoreComponent;
import dev.alliance.api.scoring.TrackRecord;
import dev.alliance.testkit.PartnerGenerators;
import dev.alliance.testkit.ScoringGenerators;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The three properties of the default scorers (scores stay in range; improving any
 * favourable input never lowers the score; identical candidates score the same), stated on the
 * scorers' inputs, not only on the component values, plus the aggregation and the ranking.
 */
class ScoringProperties {
  private static final double ROUNDING = 1e-12;
  private final DefaultPartnerScorer partners = new DefaultPartnerScorer();
  private final DefaultHealthScorer health = new DefaultHealthScorer();

  @Test
  void partnerFitStaysInRangeWithEveryComponentInRange() {
    qt().forAll(ScoringGenerators.searches(), ScoringGenerators.candidates())
        .checkAssert(
            (search, candidate) -> {
              Score score = partners.score(search, candidate);
              assertInRange(score);
              assertEquals(4, score.components().size());
            });
  }

  @Test
  void healthStaysInRangeWithEveryComponentInRange() {
    qt().forAll(ScoringGenerators.healthIndicators()).checkAssert(indicators -> assertInRange(health.score(indicators)));
  }

  @Test
  void bringingAnotherCapabilityNeverLowersFit() {
    qt().forAll(ScoringGenerators.searches(), ScoringGenerators.candidates(), Generate.enumValues(Capability.class))
        .checkAssert(
            (search, candidate, capability) -> {
              Partner more = candidate.partner().withCapabilities(with(candidate.partner(), capability));
              assertNotLower(partners.score(search, candidate), partners.score(search, candidate.withPartner(more)));
            });
  }

  @Test
  void honoringACommitmentNeverLowersFitAndBreachingOneNeverRaisesIt() {
    qt().forAll(ScoringGenerators.searches(), ScoringGenerators.candidates())
        .checkAssert(
            (search, candidate) -> {
              TrackRecord record = candidate.trackRecord();
              Score now = partners.score(search, candidate);
              assertNotLower(now, partners.score(search, candidate.withTrackRecord(TrackRecord.of(record.honored() + 1, record.breached()))));
              assertNotLower(partners.score(search, candidate.withTrackRecord(TrackRecord.of(record.honored(), record.breached() + 1))), now);
            });
  }

  @Test
  void movingAValuePositionTowardTheAlliancesNeverLowersFit() {
    qt().forAll(ScoringGenerators.searches(), ScoringGenerators.candidates(), ScoringGenerators.valueNames(), ScoringGenerators.fractions())
        .checkAssert(
            (search, candidate, value, step) -> {
              Double ours = search.valuePositions().get(value);
              Double theirs = candidate.valuePositions().get(value);
              if (ours == null || theirs == null) {
                return;
              }
              Map<String, Double> closer = new HashMap<>(candidate.valuePositions());
              closer.put(value, theirs + step * (ours - theirs));
              assertNotLower(partners.score(search, candidate), partners.score(search, candidate.withValuePositions(closer)));
            });
  }

  @Test
  void movingACultureTowardTheMembersNeverLowersFit() {
    qt().forAll(culturedSearches(), candidatesWithFullProfiles(), Generate.enumValues(HofstedeDimension.class).assuming(d -> d.ordinal() < 4), ScoringGenerators.fractions())
        .checkAssert(
            (search, candidate, dimension, step) -> {
              double mean = search.members().stream().mapToDouble(m -> m.culturalProfile().orElseThrow().scores().get(dimension)).average().orElseThrow();
              CulturalProfile profile = candidate.partner().culturalProfile().orElseThrow();
              double now = profile.scores().get(dimension);
              Map<HofstedeDimension, Double> closer = new EnumMap<>(profile.scores());
              closer.put(dimension, now + step * (mean - now));
              Candidate moved = candidate.withPartner(candidate.partner().withCulturalProfile(profile.withScores(closer)));
              assertNotLower(partners.score(search, candidate), partners.score(search, moved));
            });
  }

  @Test
  void candidatesThatDifferOnlyByIdentityScoreTheSame() {
    qt().forAll(ScoringGenerators.searches(), ScoringGenerators.candidates(), PartnerGenerators.partnerIds())
        .checkAssert(
            (search, candidate, id) -> {
              Candidate twin = candidate.withPartner(candidate.partner().withId(id).withName("Twin of " + candidate.partner().name()));
              Score a = partners.score(search, candidate);
              Score b = partners.score(search, twin);
              assertEquals(a.value(), b.value());
              for (int i = 0; i < a.components().size(); i++) {
                assertEquals(a.components().get(i).value(), b.components().get(i).value());
                assertEquals(a.components().get(i).weight(), b.components().get(i).weight());
              }
            });
  }

  @Test
  void theOrderOfTheMembersDoesNotMatter() {
    qt().forAll(ScoringGenerators.searches(), ScoringGenerators.candidates())
        .checkAssert(
            (search, candidate) -> {
              List<Partner> reversed = new ArrayList<>(search.members());
              Collections.reverse(reversed);
              assertEquals(partners.score(search, candidate).value(), partners.score(search.withMembers(reversed), candidate).value(), ROUNDING);
            });
  }

  @Test
  void betterHealthIndicatorsNeverLowerTheScore() {
    qt().forAll(ScoringGenerators.healthIndicators(), ScoringGenerators.fractions())
        .checkAssert(
            (indicators, step) -> {
              Score now = health.score(indicators);
              indicators.fulfillment().ifPresent(f -> assertNotLower(now, health.score(indicators.withFulfillment(f + step * (1 - f)))));
              indicators.objectiveProgress().ifPresent(p -> assertNotLower(now, health.score(indicators.withObjectiveProgress(p + step * (1 - p)))));
              indicators.trust().ifPresent(t -> assertNotLower(now, health.score(indicators.withTrust(t + step * (1 - t)))));
              indicators.burdenInequity().ifPresent(i -> assertNotLower(now, health.score(indicators.withBurdenInequity(i * (1 - step)))));
              if (indicators.openDisputes() > 0) {
                assertNotLower(now, health.score(indicators.withOpenDisputes(indicators.openDisputes() - 1)));
              }
            });
  }

  @Test
  void raisingAComponentNeverLowersAScore() {
    Gen<List<ScoreComponent>> components =
        integers().between(1, 6).flatMap(n -> {
          // The first component is always scored and weighed, so every list makes a valid score.
          Gen<List<ScoreComponent>> acc =
              ScoringGenerators.fractions().zip(integers().between(1, 100), (v, w) -> List.of(ScoreComponent.scored("c0", v, w / 10.0, "generated")));
          for (int i = 1; i < n; i++) {
            String name = "c" + i;
            acc = acc.zip(ScoringGenerators.components(name), (list, c) -> {
              List<ScoreComponent> copy = new ArrayList<>(list);
              copy.add(c);
              return copy;
            });
          }
          return acc;
        });
    qt().forAll(components, integers().between(0, 5), ScoringGenerators.fractions())
        .checkAssert(
            (list, index, step) -> {
              ScoreComponent c = list.get(index % list.size());
              if (!c.isScored()) {
                return;
              }
              double v = c.value().getAsDouble();
              List<ScoreComponent> raised = new ArrayList<>(list);
              raised.set(index % list.size(), new ScoreComponent(c.name(), OptionalDouble.of(v + step * (1 - v)), c.weight(), c.basis()));
              assertNotLower(Score.of(list), Score.of(raised));
            });
  }

  @Test
  void aRankingDependsNotOnTheOrderOfTheCandidates() {
    qt().forAll(ScoringGenerators.searches(), lists().of(ScoringGenerators.candidates()).ofSizeBetween(0, 12), integers().all())
        .checkAssert(
            (search, candidates, seed) -> {
              List<Candidate> distinct = new ArrayList<>();
              for (int i = 0; i < candidates.size(); i++) {
                distinct.add(candidates.get(i).withPartner(candidates.get(i).partner().withId(PartnerId.of("C" + i))));
              }
              List<Candidate> shuffled = new ArrayList<>(distinct);
              Collections.shuffle(shuffled, new Random(seed));
              List<RankedCandidate> ranking = PartnerRanking.rank(partners, search, distinct);
              assertEquals(ranking, PartnerRanking.rank(partners, search, shuffled));
              for (int i = 1; i < ranking.size(); i++) {
                assertEquals(i + 1, ranking.get(i).rank());
                RankedCandidate before = ranking.get(i - 1);
                RankedCandidate after = ranking.get(i);
                assertTrue(
                    before.score().value() > after.score().value()
                        || before.score().value() == after.score().value() && before.candidate().partner().id().compareTo(after.candidate().partner().id()) < 0,
                    "best first, ties by id");
              }
            });
  }

  private static Gen<PartnerSearch> culturedSearches() {
    Gen<List<Partner>> members =
        integers().between(1, 4).flatMap(n -> {
          Gen<List<Partner>> acc = Generate.constant(List.of());
          for (int i = 0; i < n; i++) {
            PartnerId id = PartnerId.of("M" + i);
            acc = acc.zip(PartnerGenerators.partnersWithId(id).zip(PartnerGenerators.fourDimensionProfiles(), Partner::withCulturalProfile), (list, p) -> {
              List<Partner> copy = new ArrayList<>(list);
              copy.add(p);
              return copy;
            });
          }
          return acc;
        });
    return ScoringGenerators.searches().zip(members, PartnerSearch::withMembers);
  }

  private static Gen<Candidate> candidatesWithFullProfiles() {
    return ScoringGenerators.candidates().zip(PartnerGenerators.fourDimensionProfiles(), (c, p) -> c.withPartner(c.partner().withCulturalProfile(p)));
  }

  private static List<Capability> with(Partner partner, Capability capability) {
    List<Capability> all = new ArrayList<>(partner.capabilities());
    all.add(capability);
    return all;
  }

  private static void assertInRange(Score score) {
    assertTrue(score.value() >= 0 && score.value() <= 1, score.describe());
    for (ScoreComponent c : score.components()) {
      c.value().ifPresent(v -> assertTrue(v >= 0 && v <= 1, c.toString()));
    }
  }

  private static void assertNotLower(Score before, Score after) {
    assertTrue(after.value() >= before.value() - ROUNDING, "fell from " + before.describe() + "\n  to " + after.describe());
  }
}
