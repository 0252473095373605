package dev.alliance.benchmarks;

import dev.alliance.api.agreement.Agreement;
import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.alliance.Role;
import dev.alliance.api.command.AllianceCommand;
import dev.alliance.api.command.LifecycleCommand;
import dev.alliance.api.command.MembershipCommand;
import dev.alliance.api.event.AllianceEvent;
import dev.alliance.api.event.LifecycleEvent;
import dev.alliance.api.event.MembershipEvent;
import dev.alliance.api.event.RecordedEvent;
import dev.alliance.api.governance.DecisionReference;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.typology.Lifespan;
import dev.alliance.testkit.LifecycleFixtures;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The lifecycle benchmarks' workload: an alliance of many members formed and put to work, then a
 * steady cycle of the acts a large alliance records most (suspending and reinstating members,
 * measuring objectives, reviewing and amending the agreement), in the same order every time.
 *
 * <p>The steady cycle returns the alliance to the state it started from, so it can run for as long
 * as a benchmark needs. As events it can be generated on the fly ({@link #lazily}), so a replay of a
 * million events holds only the fold's state.
 */
final class LifecycleWorkload {
  static final AllianceId ID = AllianceId.of("benchmark");
  static final LocalDate DAY = LocalDate.of(2000, 1, 1);
  static final Instant RECORDED = Instant.parse("2026-01-01T00:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2026, 1, 1);
  static final Agreement AGREEMENT = LifecycleFixtures.agreement(Period.ofMonths(6));
  private static final Optional<DecisionReference> DECIDED = Optional.of(DecisionReference.of("council decision"));
  /** The length of the steady cycle. */
  static final int CYCLE = 6;

  private LifecycleWorkload() {}

  /** @return the commands that form the alliance and start its operations */
  static List<AllianceCommand> formation(int members) {
    return LifecycleFixtures.formAndOperate(ID, members, DAY, LifecycleFixtures.typology(Lifespan.permanent()), AGREEMENT);
  }

  /** @return the events that the formation commands record, in order */
  static List<AllianceEvent> formationEvents(int members) {
    List<AllianceEvent> events = new ArrayList<>();
    LifecycleCommand.ProposeAlliance proposal = (LifecycleCommand.ProposeAlliance) formation(members).get(0);
    events.add(new LifecycleEvent.AllianceProposed(proposal.name(), proposal.typology(), proposal.objectives(), proposal.scope(), DAY));
    events.add(new LifecycleEvent.NegotiationsOpened(DAY));
    for (int i = 0; i < members; i++) {
      events.add(new MembershipEvent.MemberInvited(LifecycleFixtures.partner(i), i == 0 ? Role.LEAD : Role.FOUNDER, BigDecimal.ONE, DAY));
    }
    for (int i = 0; i < members; i++) {
      events.add(new MembershipEvent.AccessionBegun(LifecycleFixtures.partnerId(i), DAY));
    }
    events.add(new LifecycleEvent.AgreementSigned(AGREEMENT.withSignedOn(DAY), LifecycleFixtures.partnerIds(members), DAY));
    events.add(new LifecycleEvent.OperationsStarted(DAY));
    return events;
  }

  /** @return the k-th command of the steady cycle, for the k-th member in turn */
  static AllianceCommand command(long k, int members) {
    PartnerId partner = LifecycleFixtures.partnerId((int) ((k / CYCLE) % members));
    LocalDate day = day(k);
    switch ((int) (k % CYCLE)) {
      case 0:
        return new MembershipCommand.SuspendMember(ID, partner, "arrears", DECIDED, day);
      case 1:
        return new LifecycleCommand.RecordProgress(ID, LifecycleFixtures.CORE_ONE, BigDecimal.valueOf(k % 10), day);
      case 2:
        return new MembershipCommand.ReinstateMember(ID, partner, DECIDED, day);
      case 3:
        return new LifecycleCommand.OpenReview(ID, "periodic review", day);
      case 4:
        return new LifecycleCommand.AmendAgreement(ID, AGREEMENT, DECIDED, day);
      default:
        return new LifecycleCommand.ConcludeReview(ID, day);
    }
  }

  /** @return the event the k-th command of the steady cycle records */
  static AllianceEvent event(long k, int members) {
    PartnerId partner = LifecycleFixtures.partnerId((int) ((k / CYCLE) % members));
    LocalDate day = day(k);
    switch ((int) (k % CYCLE)) {
      case 0:
        return new MembershipEvent.MemberSuspended(partner, "arrears", DECIDED, day);
      case 1:
        return new LifecycleEvent.ObjectiveMeasured(LifecycleFixtures.CORE_ONE, BigDecimal.valueOf(k % 10), day);
      case 2:
        return new MembershipEvent.MemberReinstated(partner, DECIDED, day);
      case 3:
        return new LifecycleEvent.ReviewOpened("periodic review", day);
      case 4:
        return new LifecycleEvent.AgreementAmended(AGREEMENT, DECIDED, day);
      default:
        return new LifecycleEvent.ReviewConcluded(day);
    }
  }

  /** @return the first {@code count} events of the workload, recorded */
  static List<RecordedEvent> recorded(int members, int count) {
    List<RecordedEvent> events = new ArrayList<>(count);
    lazily(members, count).forEach(events::add);
    return events;
  }

  /** @return the first {@code count} events of the workload, made one at a time as they are read */
  static Iterable<RecordedEvent> lazily(int members, long count) {
    List<AllianceEvent> formation = formationEvents(members);
    return () ->
        new Iterator<>() {
          private long sequence;

          @Override
          public boolean hasNext() {
            return sequence < count;
          }

          @Override
          public RecordedEvent next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            AllianceEvent event =
                sequence < formation.size() ? formation.get((int) sequence) : event(sequence - formation.size(), members);
            sequence++;
            return new RecordedEvent(ID, sequence, RECORDED.plusMillis(sequence), event);
          }
        };
  }

  /** A hundred thousand acts a day: the days move on, and stay before {@link #TODAY} however fast the benchmark runs. */
  private static LocalDate day(long k) {
    return DAY.plusDays(k / 100_000);
  }
}
