package dev.alliance.core.trust;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.alliance.api.trust.Conduct;
import dev.alliance.api.trust.Incentives;
import dev.alliance.api.trust.TrustObservation;
import dev.alliance.testkit.RelationsGenerators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The trust model's invariants, over random histories of conduct (P0's observations of P1). */
class TrustProperties {
  private static final TrustModel MODEL = DefaultTrustModel.standard();

  @Test
  void trustStaysBetweenZeroAndOne() {
    qt().forAll(RelationsGenerators.histories(), RelationsGenerators.incentives().toOptionals(50), integers().between(0, 5000))
        .checkAssert(
            (history, incentives, later) -> {
              TrustAssessment a = assess(history, asOf(history, later), incentives);
              assertTrue(a.level() >= 0 && a.level() <= 1, a.toString());
              assertTrue(a.relational() >= 0 && a.relational() <= 1, a.toString());
              assertTrue(a.assurance() >= 0 && a.assurance() < 1, a.toString());
              a.calculative().ifPresent(c -> assertTrue(c >= 0 && c <= 1, a.toString()));
            });
  }

  @Test
  void aKeptCommitmentNeverLowersTrust() {
    qt().forAll(RelationsGenerators.histories(), integers().between(0, 40), RelationsGenerators.incentives().toOptionals(50), integers().between(0, 2000))
        .checkAssert(
            (history, position, incentives, later) -> {
              LocalDate asOf = asOf(history, later);
              List<TrustObservation> with = inserted(history, position, Conduct.COMMITMENT_KEPT);
              assertTrue(
                  assess(with, asOf, incentives).level() >= assess(history, asOf, incentives).level(),
                  "a kept commitment lowered trust");
            });
  }

  @Test
  void aBreachNeverRaisesTrust() {
    qt().forAll(RelationsGenerators.histories(), integers().between(0, 40), RelationsGenerators.incentives().toOptionals(50), integers().between(0, 2000))
        .checkAssert(
            (history, position, incentives, later) -> {
              LocalDate asOf = asOf(history, later);
              List<TrustObservation> with = inserted(history, position, Conduct.BREACH);
              assertTrue(assess(with, asOf, incentives).level() <= assess(history, asOf, incentives).level(), "a breach raised trust");
            });
  }

  /**
   * n kept commitments at a steady pace reach a level; a breach follows, then kept commitments at
   * the same pace, with any of the three repairs (acknowledgement, corrective action, restitution)
   * among the first few. Regaining the level takes more than n.
   */
  @Test
  void afterABreachRegainingTheFormerLevelTakesMoreKeptCommitmentsThanReachingItDid() {
    // Repairs mostly come soon after the breach, as they should; all three together are the hard case.
    Gen<List<Integer>> repairs = lists().of(integers().between(0, 6)).ofSize(3);
    Gen<List<Boolean>> chosen =
        lists().of(Generate.frequency(org.quicktheories.api.Pair.of(3, Generate.constant(true)), org.quicktheories.api.Pair.of(1, Generate.constant(false)))).ofSize(3);
    qt().forAll(integers().between(1, 25), integers().between(0, 400), repairs, chosen)
        .checkAssert(
            (n, gap, positions, which) -> {
              List<TrustObservation> history = new ArrayList<>();
              LocalDate day = LocalDate.of(2000, 1, 1);
              for (int i = 0; i < n; i++) {
                if (i > 0) {
                  day = day.plusDays(gap);
                }
                history.add(observation(Conduct.COMMITMENT_KEPT, day));
              }
              double former = assess(history, day, Optional.empty()).level();
              day = day.plusDays(gap);
              history.add(observation(Conduct.BREACH, day));
              Conduct[] repairKinds = {Conduct.ACKNOWLEDGEMENT, Conduct.CORRECTIVE_ACTION, Conduct.RESTITUTION};
              int k = 0;
              while (k <= n) {
                for (int r = 0; r < 3; r++) {
                  if (which.get(r) && positions.get(r) == k) {
                    history.add(observation(repairKinds[r], day));
                  }
                }
                day = day.plusDays(gap);
                history.add(observation(Conduct.COMMITMENT_KEPT, day));
                k++;
                if (assess(history, day, Optional.empty()).level() >= former) {
                  break;
                }
              }
              assertTrue(k > n, "regained " + former + " after " + k + " kept commitments; it took " + n + " to reach it");
            });
  }

  private static TrustObservation observation(Conduct conduct, LocalDate day) {
    return new TrustObservation(RelationsGenerators.OBSERVER, RelationsGenerators.SUBJECT, conduct, day, conduct.name());
  }

  private static TrustAssessment assess(List<TrustObservation> history, LocalDate asOf, Optional<Incentives> incentives) {
    return MODEL.assess(RelationsGenerators.OBSERVER, RelationsGenerators.SUBJECT, history, asOf, incentives);
  }

  private static LocalDate asOf(List<TrustObservation> history, int later) {
    LocalDate last = history.isEmpty() ? LocalDate.of(2000, 1, 1) : history.get(history.size() - 1).on();
    return last.plusDays(later);
  }

  /** The history with one more conduct at a position, dated like its predecessor so the order holds. */
  private static List<TrustObservation> inserted(List<TrustObservation> history, int position, Conduct conduct) {
    int at = Math.min(position, history.size());
    LocalDate day = at == 0 ? (history.isEmpty() ? LocalDate.of(2000, 1, 1) : history.get(0).on()) : history.get(at - 1).on();
    List<TrustObservation> with = new ArrayList<>(history);
    with.add(at, observation(conduct, day));
    return with;
  }
}
