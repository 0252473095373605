package dev.alliance.benchmarks;

import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.event.AllianceEvent;
import dev.alliance.api.event.RelationsEvent;
import dev.alliance.api.negotiation.Batna;
import dev.alliance.api.negotiation.Issue;
import dev.alliance.api.negotiation.Negotiation;
import dev.alliance.api.negotiation.Party;
import dev.alliance.api.negotiation.Stance;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.trust.Conduct;
import dev.alliance.api.trust.TrustObservation;
import dev.alliance.api.typology.Lifespan;
import dev.alliance.core.lifecycle.DecisionGate;
import dev.alliance.core.lifecycle.LifecycleEngine;
import dev.alliance.core.negotiation.Bargaining;
import dev.alliance.core.negotiation.NashSolution;
import dev.alliance.core.exact.Rational;
import dev.alliance.core.relations.RelationsState;
import dev.alliance.core.stream.EventLog;
import dev.alliance.core.trust.DefaultTrustModel;
import dev.alliance.core.trust.ObservationExtractor;
import dev.alliance.core.trust.TrustAssessment;
import dev.alliance.testkit.LifecycleFixtures;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Negotiation, trust and relations on the stream.
 *
 * <ul>
 *   <li>{@code nash}: the exact Nash bargaining solution of two parties over 100,000 offers (three
 *       issues of 100, 100 and 10 options, every offer within every reservation point), the analysis
 *       built afresh each time; {@code nashNaive}, the baseline, computes the same maximum the plain
 *       exact way, every utility a sum of fractions per offer.
 *   <li>{@code trust}: one party's trust in another from 10,000 observations of every kind.
 *   <li>{@code replay}: a stream of 100,000 relations events among ten members folded into
 *       lifecycle, disputes and trust observations (three counterparts per event).
 * </ul>
 *
 * <p>Inputs come from fixed seeds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RelationsBenchmark {
  private static final AllianceId ID = AllianceId.of("bench");

  private Negotiation negotiation;
  private List<TrustObservation> history;
  private EventLog log;

  /** Builds the negotiation, the history and the stream from fixed seeds. */
  @Setup
  public void setUp() {
    Random random = new Random(1978);
    List<Issue> issues =
        List.of(
            Issue.range("a", "units", BigDecimal.ZERO, BigDecimal.valueOf(99), BigDecimal.ONE),
            Issue.range("b", "units", BigDecimal.ZERO, BigDecimal.valueOf(99), BigDecimal.ONE),
            Issue.range("c", "units", BigDecimal.ZERO, BigDecimal.valueOf(9), BigDecimal.ONE));
    Party.Builder first = Party.builder().id(PartnerId.of("A")).name("A").batna(Batna.of("walk away", "0.1"));
    Party.Builder second = Party.builder().id(PartnerId.of("B")).name("B").batna(Batna.of("walk away", "0.2"));
    for (Issue issue : issues) {
      first.putStances(issue.name(), Stance.of(issue.high(), issue.low(), BigDecimal.valueOf(1 + random.nextInt(9))));
      second.putStances(issue.name(), Stance.of(issue.low(), issue.high(), BigDecimal.valueOf(1 + random.nextInt(9))));
    }
    negotiation = Negotiation.builder().title("bench").addAllIssues(issues).addParties(first.build(), second.build()).build();

    history = new ArrayList<>();
    LocalDate day = LocalDate.of(2000, 1, 1);
    Conduct[] conducts = Conduct.values();
    for (int i = 0; i < 10_000; i++) {
      day = day.plusDays(random.nextInt(3));
      history.add(new TrustObservation(PartnerId.of("A"), PartnerId.of("B"), conducts[random.nextInt(conducts.length)], day, "observed"));
    }

    log = EventLog.inMemory(Clock.fixed(Instant.parse("2400-01-01T00:00:00Z"), ZoneOffset.UTC));
    LifecycleEngine lifecycle = LifecycleEngine.of(log, DecisionGate.requireReference());
    LifecycleFixtures.formAndOperate(ID, 10, LocalDate.of(2000, 1, 1), LifecycleFixtures.typology(Lifespan.permanent()), LifecycleFixtures.agreement(Period.ofYears(1)))
        .forEach(lifecycle::handle);
    List<AllianceEvent> events = new ArrayList<>();
    day = LocalDate.of(2000, 1, 1);
    for (int i = 0; i < 100_000; i++) {
      day = day.plusDays(random.nextInt(2));
      int actor = random.nextInt(10);
      Set<PartnerId> others = Set.of(member(actor + 1), member(actor + 2), member(actor + 3));
      events.add(
          switch (random.nextInt(4)) {
            case 0 -> new RelationsEvent.ConsultationHeld(member(actor), others, "consulted", day);
            case 1 -> new RelationsEvent.UndertakingHonoured(member(actor), others, "kept", day);
            case 2 -> new RelationsEvent.UnilateralActionTaken(member(actor), others, "acted alone", day);
            default -> new RelationsEvent.BreachAcknowledged(member(actor), others, "acknowledged", day);
          });
    }
    log.append(ID, log.sequence(ID), events);
  }

  private static PartnerId member(int i) {
    return LifecycleFixtures.partnerId(i % 10);
  }

  /** @return the Nash solution of the 100,000-offer space */
  @Benchmark
  public NashSolution nash() {
    return Bargaining.of(negotiation).nash().orElseThrow();
  }

  /** @return the largest product of gains, computed offer by offer with fractions (the baseline) */
  @Benchmark
  public Rational nashNaive() {
    List<Party> parties = negotiation.parties();
    List<Issue> issues = negotiation.issues();
    Rational best = null;
    for (BigDecimal a : issues.get(0).options()) {
      for (BigDecimal b : issues.get(1).options()) {
        for (BigDecimal c : issues.get(2).options()) {
          BigDecimal[] terms = {a, b, c};
          Rational product = Rational.ONE;
          for (Party party : parties) {
            Rational sum = Rational.ZERO;
            Rational total = Rational.ZERO;
            for (int i = 0; i < 3; i++) {
              Stance s = party.stance(issues.get(i).name());
              Rational w = exact(s.weight());
              total = total.plus(w);
              sum = sum.plus(w.times(exact(terms[i].subtract(s.reservation())).dividedBy(exact(s.ideal().subtract(s.reservation())))));
            }
            product = product.times(sum.dividedBy(total).minus(exact(party.batna().utility())));
          }
          if (product.signum() >= 0 && (best == null || product.compareTo(best) > 0)) {
            best = product;
          }
        }
      }
    }
    return best;
  }

  /** @return one party's trust in another from 10,000 observations */
  @Benchmark
  public TrustAssessment trust() {
    return DefaultTrustModel.standard().assess(PartnerId.of("A"), PartnerId.of("B"), history, LocalDate.of(2100, 1, 1), Optional.empty());
  }

  /** @return the relations of a stream of 100,000 relations events */
  @Benchmark
  public RelationsState replay() {
    return RelationsState.replay(ID, log.read(ID, 1), ObservationExtractor.relations());
  }

  private static Rational exact(BigDecimal value) {
    return value.scale() >= 0
        ? Rational.of(value.unscaledValue(), BigInteger.TEN.pow(value.scale()))
        : Rational.of(value.unscaledValue().multiply(BigInteger.TEN.pow(-value.scale())));
  }
}
