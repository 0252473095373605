package dev.alliance.benchmarks;

import dev.alliance.api.alliance.Alliance;
import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.alliance.Member;
import dev.alliance.api.alliance.Role;
import dev.alliance.api.partner.Measure;
import dev.alliance.api.partner.Partner;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.partner.PartnerKind;
import dev.alliance.api.typology.Form;
import dev.alliance.api.typology.Formality;
import dev.alliance.api.typology.GovernanceStyle;
import dev.alliance.api.typology.Lifespan;
import dev.alliance.api.typology.Purpose;
import dev.alliance.api.typology.Typology;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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
 * What validation at construction costs: building an alliance of n members (every member checked,
 * duplicates looked for, governance names resolved) next to copying the same members into a plain
 * list, the least any construction must do.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ConstructionBenchmark {
  @Param({"10", "1000"})
  int members;

  private List<Member> memberList;
  private Typology typology;

  /** Builds the members from a fixed seed. */
  @Setup
  public void setUp() {
    Random random = new Random(42);
    memberList = new ArrayList<>();
    for (int i = 0; i < members; i++) {
      Partner partner =
          Partner.builder()
              .id(PartnerId.of("P" + i))
              .name("Partner " + i)
              .kind(PartnerKind.STATE)
              .putAttributes(Measure.GDP, BigDecimal.valueOf(random.nextInt(1_000_000)))
              .build();
      memberList.add(Member.of(partner, Role.MEMBER));
    }
    typology =
        Typology.builder()
            .addPurposes(Purpose.DEFENSIVE)
            .governanceStyle(GovernanceStyle.EGALITARIAN)
            .duration(Lifespan.permanent())
            .formality(Formality.TREATY)
            .form(Form.INTERGOVERNMENTAL_ORGANIZATION)
            .build();
  }

  /** @return a validated alliance */
  @Benchmark
  public Alliance buildAlliance() {
    return Alliance.builder()
        .id(AllianceId.of("bench"))
        .name("Benchmark Alliance")
        .typology(typology)
        .members(memberList)
        .build();
  }

  /** @return the members copied into an unmodifiable list: the baseline */
  @Benchmark
  public List<Member> copyMembers() {
    return List.copyOf(memberList);
  }
}
