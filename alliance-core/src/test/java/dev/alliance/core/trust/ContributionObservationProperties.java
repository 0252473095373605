package dev.alliance.core.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.alliance.api.event.AllianceEvent;
import dev.alliance.api.event.ContributionEvent;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.trust.Conduct;
import dev.alliance.api.trust.TrustObservation;
import dev.alliance.testkit.EventGenerators;
import dev.alliance.testkit.RelationsGenerators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The contribution extractor over generated contribution events, each read against a generated
 * earlier history of the observer's view of the partner: the mapping holds (every other party
 * observes an on-time fulfilment as kept, a late one as corrective action, a recorded miss as
 * missed, nothing else), and under the default model a kept commitment or arrears made good never
 * lower the observer's trust and a missed one never raises it.
 */
class ContributionObservationProperties {
  private static final TrustModel MODEL = DefaultTrustModel.standard();
  private static final ObservationExtractor EXTRACTOR = ObservationExtractor.standard();

  @Test
  void aKeptCommitmentOrArrearsMadeGoodNeverLowerTrustAndAMissedOneNeverRaisesIt() {
    qt().forAll(contributionEvents(), RelationsGenerators.histories(), integers().between(0, 2000))
        .checkAssert(
            (event, history, later) -> {
              Set<PartnerId> parties = new LinkedHashSet<>(List.of(PartnerId.of("OBS-A"), event.partner(), PartnerId.of("OBS-B")));
              List<TrustObservation> seen = EXTRACTOR.observe(event, parties);
              Optional<Conduct> expected = expectedConduct(event);
              assertEquals(expected.isPresent() ? 2 : 0, seen.size(), () -> "observations of " + event + ": " + seen);
              for (TrustObservation o : seen) {
                assertEquals(event.partner(), o.subject());
                assertTrue(!o.observer().equals(event.partner()) && parties.contains(o.observer()), o::toString);
                assertEquals(expected.orElseThrow(), o.conduct(), o::toString);
                assertEquals(event.on(), o.on());
                List<TrustObservation> without = remapped(history, o.observer(), o.subject());
                List<TrustObservation> with = inDateOrder(without, o);
                LocalDate asOf = latest(with).plusDays(later);
                double before = MODEL.assess(o.observer(), o.subject(), without, asOf, Optional.empty()).level();
                double after = MODEL.assess(o.observer(), o.subject(), with, asOf, Optional.empty()).level();
                if (o.conduct() == Conduct.COMMITMENT_KEPT || o.conduct() == Conduct.CORRECTIVE_ACTION) {
                  assertTrue(after >= before, () -> "a kept commitment or arrears made good lowered trust from " + before + " to " + after + ": " + o);
                } else {
                  assertTrue(after <= before, () -> "a missed commitment raised trust from " + before + " to " + after + ": " + o);
                }
              }
            });
  }

  /** The mapping, stated independently of the extractor's code. */
  private static Optional<Conduct> expectedConduct(ContributionEvent event) {
    if (event instanceof ContributionEvent.CommitmentFulfilled f) {
      return Optional.of(f.on().isAfter(f.dueOn()) ? Conduct.CORRECTIVE_ACTION : Conduct.COMMITMENT_KEPT);
    }
    if (event instanceof ContributionEvent.CommitmentMissed) {
      return Optional.of(Conduct.COMMITMENT_MISSED);
    }
    return Optional.empty();
  }

  /** Every contribution event type of the test kit, equally likely. */
  private static Gen<ContributionEvent> contributionEvents() {
    List<Gen<ContributionEvent>> gens = new ArrayList<>();
    for (Map.Entry<Class<? extends AllianceEvent>, Gen<? extends AllianceEvent>> e : EventGenerators.generatorsByType().entrySet()) {
      if (ContributionEvent.class.isAssignableFrom(e.getKey())) {
        gens.add(e.getValue().map(ContributionEvent.class::cast));
      }
    }
    return Generate.pick(gens).flatMap(gen -> gen).describedAs(ContributionEvent::toString);
  }

  private static List<TrustObservation> remapped(List<TrustObservation> history, PartnerId observer, PartnerId subject) {
    return history.stream().map(o -> new TrustObservation(observer, subject, o.conduct(), o.on(), o.note())).toList();
  }

  /** The history with the observation after every earlier or same-day one, so dates stay in order. */
  private static List<TrustObservation> inDateOrder(List<TrustObservation> history, TrustObservation added) {
    int at = 0;
    while (at < history.size() && !history.get(at).on().isAfter(added.on())) {
      at++;
    }
    List<TrustObservation> with = new ArrayList<>(history);
    with.add(at, added);
    return with;
  }

  private static LocalDate latest(List<TrustObservation> history) {
    return history.get(history.size() - 1).on();
  }
}
