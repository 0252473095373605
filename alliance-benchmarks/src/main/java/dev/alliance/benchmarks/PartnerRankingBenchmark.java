package dev.alliance.benchmarks;

import dev.alliance.api.partner.Capability;
import dev.alliance.api.partner.CulturalProfile;
import dev.alliance.api.partner.Partner;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.partner.PartnerKind;
import dev.alliance.api.scoring.Candidate;
import dev.alliance.api.scoring.PartnerSearch;
import dev.alliance.api.scoring.TrackRecord;
import dev.alliance.core.scoring.DefaultPartnerScorer;
import dev.alliance.core.scoring.PartnerRanking;
import dev.alliance.core.scoring.RankedCandidate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Ranking 100,000 candidates with the default partner scorer, for a consortium of five members
 * wanting six capabilities and holding positions on three values. Every candidate has capabilities,
 * a four-dimension cultural profile, a track record and value positions, drawn from a fixed seed,
 * so every component is scored and explained; the cultural variances are computed from the pool,
 * as the ranking does when none are given. Target: at most 500 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PartnerRankingBenchmark {
  @Param({"100000"})
  int candidates;

  private PartnerSearch search;
  private List<Candidate> pool;
  private final DefaultPartnerScorer scorer = new DefaultPartnerScorer();

  private static Partner partner(Random random, String id) {
    EnumSet<Capability> capabilities = EnumSet.noneOf(Capability.class);
    for (Capability c : Capability.values()) {
      if (random.nextInt(4) == 0) {
        capabilities.add(c);
      }
    }
    return Partner.builder()
        .id(PartnerId.of(id))
        .name(id)
        .kind(PartnerKind.FIRM)
        .capabilities(capabilities)
        .culturalProfile(CulturalProfile.of(random.nextInt(101), random.nextInt(101), random.nextInt(101), random.nextInt(101)))
        .build();
  }

  /** Draws the consortium and the candidates. */
  @Setup
  public void setUp() {
    Random random = new Random(7);
    List<Partner> members = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      members.add(partner(random, "M" + i));
    }
    search =
        PartnerSearch.builder()
            .members(members)
            .addNeeds(Capability.CAPITAL, Capability.TECHNOLOGY, Capability.MANUFACTURING, Capability.DISTRIBUTION, Capability.MARKET_ACCESS, Capability.RESEARCH)
            .putValuePositions("openness", 0.7)
            .putValuePositions("sustainability", 0.9)
            .putValuePositions("state ownership", 0.2)
            .build();
    pool = new ArrayList<>(candidates);
    for (int i = 0; i < candidates; i++) {
      pool.add(
          new Candidate(
              partner(random, "C" + i),
              TrackRecord.of(random.nextInt(20), random.nextInt(5)),
              Map.of("openness", random.nextInt(11) / 10.0, "sustainability", random.nextInt(11) / 10.0)));
    }
  }

  /** @return the ranking */
  @Benchmark
  public List<RankedCandidate> rank() {
    return PartnerRanking.rank(scorer, search, pool);
  }
}
