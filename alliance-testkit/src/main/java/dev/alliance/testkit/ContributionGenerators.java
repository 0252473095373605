package dev.alliance.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.alliance.api.DateRange;
import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.command.AllianceCommand;
import dev.alliance.api.command.ContributionCommand;
import dev.alliance.api.command.LifecycleCommand;
import dev.alliance.api.command.MembershipCommand;
import dev.alliance.api.contribution.CommitmentId;
import dev.alliance.api.contribution.Contribution;
import dev.alliance.api.contribution.ContributionKind;
import dev.alliance.api.contribution.ContributionStatus;
import dev.alliance.api.contribution.Valuation;
import dev.alliance.api.governance.DecisionReference;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.typology.Lifespan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators for contributions and what describes them, and random contribution <em>scripts</em>:
 * an alliance formed and put to work, then commitments, deliveries (partial, completing, too large,
 * in the wrong unit, against unknown commitments), arrears assessments, and membership changes
 * that affect who may commit (suspension, withdrawal, expulsion), with some commands back-dated,
 * future-dated or sent after the alliance dissolved.
 *
 * <pre>{@code
 * qt().forAll(ContributionGenerators.scripts(id)).checkAssert(script -> {
 *   // route LifecycleCommand and MembershipCommand to a LifecycleEngine and ContributionCommand to a
 *   // ContributionEngine sharing one EventLog, on a clock later than 2300
 * });
 * }</pre>
 */
public final class ContributionGenerators {
  private static final List<String> UNITS = List.of("USD", "EUR", "person-years", "aircraft");
  /** A day no clock in a test reaches. */
  private static final LocalDate FAR_FUTURE = LocalDate.of(9999, 1, 1);

  private ContributionGenerators() {}

  /** @return valuations in a few units, never negative */
  public static Gen<Valuation> valuations() {
    return Gens.nonNegativeDecimals().zip(Generate.pick(UNITS), Valuation::of).describedAs(Valuation::toString);
  }

  /** @return valuations in a few units, more than zero */
  public static Gen<Valuation> positiveValuations() {
    return Gens.positiveDecimals().zip(Generate.pick(UNITS), Valuation::of).describedAs(Valuation::toString);
  }

  /** @return date ranges of up to ten years */
  public static Gen<DateRange> dateRanges() {
    return Gens.dates()
        .zip(integers().between(0, 3650), (start, days) -> DateRange.of(start, start.plusDays(days)))
        .describedAs(DateRange::toString);
  }

  /** @return contributions by random partners */
  public static Gen<Contribution> contributions() {
    return PartnerGenerators.partnerIds().flatMap(ContributionGenerators::contributionsBy);
  }

  /**
   * @param contributor who contributes
   * @return contributions by that partner
   */
  public static Gen<Contribution> contributionsBy(PartnerId contributor) {
    return Generate.enumValues(ContributionKind.class)
        .zip(
            valuations(),
            Generate.enumValues(ContributionStatus.class),
            dateRanges(),
            (kind, valuation, status, period) ->
                Contribution.builder()
                    .contributor(contributor)
                    .kind(kind)
                    .description(kind.name().toLowerCase(Locale.ROOT) + " for the alliance")
                    .valuation(valuation)
                    .status(status)
                    .period(period)
                    .build())
        .describedAs(Contribution::toString);
  }

  /**
   * Scripts for one alliance whose partners are {@code P0 .. P3} (founders {@code P0 ..
   * P<founders-1>}; {@code P4} and {@code P5} are never members). Commitments are named {@code C0
   * .. C7}, so identities repeat; amounts are multiples of 100 and deliveries 100, 200 or 300, so
   * that deliveries often complete a commitment exactly. Dates start between 1990 and 2000 and grow
   * by up to about a year a step; run scripts on a clock later than 2300.
   *
   * @param alliance the alliance every command is for
   * @return scripts of valid and invalid commands, mixed
   */
  public static Gen<List<AllianceCommand>> scripts(AllianceId alliance) {
    Gen<Integer> prefixes =
        Generate.frequency(Pair.of(9, Generate.constant(Integer.MAX_VALUE)), Pair.of(1, integers().between(0, 9)));
    Gen<Step> steps =
        Generate.pick(Kind.weighted())
            .zip(
                integers().between(0, 5),
                integers().between(0, 7),
                Generate.frequency(Pair.of(6, integers().between(0, 20)), Pair.of(3, integers().between(21, 200)), Pair.of(1, integers().between(201, 400))),
                integers().between(1, 5),
                Step::new);
    return integers()
        .between(2, 4)
        .zip(
            integers().between(1990, 2000),
            prefixes,
            lists().of(steps).ofSizeBetween(0, 40),
            (founders, year, prefix, list) -> script(alliance, founders, LocalDate.of(year, 1, 1), prefix, list))
        .describedAs(ContributionGenerators::describe);
  }

  private static List<AllianceCommand> script(AllianceId id, int founders, LocalDate start, int prefix, List<Step> steps) {
    List<AllianceCommand> commands =
        new ArrayList<>(
            LifecycleFixtures.formAndOperate(
                id, founders, start, LifecycleFixtures.typology(Lifespan.permanent()), LifecycleFixtures.agreement(Period.ofDays(90))));
    if (prefix < commands.size()) {
      commands = new ArrayList<>(commands.subList(0, prefix));
    }
    LocalDate day = start;
    int decisions = 0;
    for (Step step : steps) {
      day = day.plusDays(step.gap());
      DecisionReference decision = DecisionReference.of("decision " + ++decisions);
      commands.addAll(step.kind().make(id, step, day, decision));
    }
    return Collections.unmodifiableList(commands);
  }

  private static String describe(List<AllianceCommand> script) {
    StringBuilder text = new StringBuilder();
    for (AllianceCommand command : script) {
      text.append("\n  ").append(command);
    }
    return text.toString();
  }

  /** One random step: what, for whom, which commitment, how many days later, how much. */
  private record Step(Kind kind, int partner, int commitment, int gap, int size) {
    PartnerId partnerId() {
      return LifecycleFixtures.partnerId(partner);
    }

    CommitmentId commitmentId() {
      return CommitmentId.of("C" + commitment);
    }
  }

  /** What a step asks for. */
  private enum Kind {
    COMMIT(6) {
      @Override
      List<AllianceCommand> make(AllianceId id, Step s, LocalDate day, DecisionReference decision) {
        return List.of(
            new ContributionCommand.CommitContribution(
                id, s.commitmentId(), s.partnerId(), ContributionKind.CAPITAL, "dues of " + s.partnerId(),
                eur(100L * s.size()), day.plusDays(30L * s.size()), day));
      }
    },
    COMMIT_PERSONNEL(1) {
      @Override
      List<AllianceCommand> make(AllianceId id, Step s, LocalDate day, DecisionReference decision) {
        return List.of(
            new ContributionCommand.CommitContribution(
                id, s.commitmentId(), s.partnerId(), ContributionKind.PERSONNEL, "staff seconded by " + s.partnerId(),
                Valuation.of(BigDecimal.valueOf(s.size()), "person-years"), day.plusDays(90L * s.size()), day));
      }
    },
    DELIVER(8) {
      @Override
      List<AllianceCommand> make(AllianceId id, Step s, LocalDate day, DecisionReference decision) {
        return List.of(new ContributionCommand.DeliverContribution(id, s.commitmentId(), eur(100L * (1 + s.size() % 3)), day));
      }
    },
    DELIVER_PERSON_YEAR(1) {
      @Override
      List<AllianceCommand> make(AllianceId id, Step s, LocalDate day, DecisionReference decision) {
        return List.of(new ContributionCommand.DeliverContribution(id, s.commitmentId(), Valuation.of(BigDecimal.ONE, "person-years"), day));
      }
    },
    DELIVER_TOO_MUCH(1) {
      @Override
      List<AllianceCommand> make(AllianceId id, Step s, LocalDate day, DecisionReference decision) {
        return List.of(new ContributionCommand.DeliverContribution(id, s.commitmentId(), eur(100_000), day));
      }
    },
    ASSESS(4) {
      @Override
      List<AllianceCommand> make(AllianceId id, Step s, LocalDate day, DecisionReference decision) {
        return List.of(new ContributionCommand.AssessArrears(id, day));
      }
    },
    SUSPEND_MEMBER(1) {
      @Override
      List<AllianceCommand> make(AllianceId id, Step s, LocalDate day, DecisionReference decision) {
        return List.of(new MembershipCommand.SuspendMember(id, s.partnerId(), "arrears", decision, day));
      }
    },
    REINSTATE_MEMBER(1) {
      @Override
      List<AllianceCommand> make(AllianceId id, Step s, LocalDate day, DecisionReference decision) {
        return List.of(new MembershipCommand.ReinstateMember(id, s.partnerId(), decision, day));
      }
    },
    LEAVE(1) {
      @Override
      List<AllianceCommand> make(AllianceId id, Step s, LocalDate day, DecisionReference decision) {
        return List.of(
            new MembershipCommand.GiveWithdrawalNotice(id, s.partnerId(), day),
            new MembershipCommand.CompleteWithdrawal(id, s.partnerId(), day.plusDays(90L * (s.size() % 2))));
      }
    },
    EXPEL(1) {
      @Override
      List<AllianceCommand> make(AllianceId id, Step s, LocalDate day, DecisionReference decision) {
        return List.of(new MembershipCommand.ExpelMember(id, s.partnerId(), "persistent arrears", decision, day));
      }
    },
    DISSOLVE(1) {
      @Override
      List<AllianceCommand> make(AllianceId id, Step s, LocalDate day, DecisionReference decision) {
        return List.of(
            new LifecycleCommand.DecideDissolution(id, "mission obsolete", decision, day),
            new LifecycleCommand.CompleteDissolution(id, day.plusDays(90L * (s.size() % 2))));
      }
    },
    BACK_DATED(1) {
      @Override
      List<AllianceCommand> make(AllianceId id, Step s, LocalDate day, DecisionReference decision) {
        return List.of(new ContributionCommand.AssessArrears(id, day.minusDays(s.size())));
      }
    },
    FUTURE_DATED(1) {
      @Override
      List<AllianceCommand> make(AllianceId id, Step s, LocalDate day, DecisionReference decision) {
        return List.of(new ContributionCommand.DeliverContribution(id, s.commitmentId(), eur(100), FAR_FUTURE));
      }
    };

    private final int weight;

    Kind(int weight) {
      this.weight = weight;
    }

    abstract List<AllianceCommand> make(AllianceId id, Step s, LocalDate day, DecisionReference decision);

    static List<Kind> weighted() {
      List<Kind> bag = new ArrayList<>();
      for (Kind kind : values()) {
        for (int i = 0; i < kind.weight; i++) {
          bag.add(kind);
        }
      }
      return List.copyOf(bag);
    }
  }

  private static Valuation eur(long amount) {
    return Valuation.of(BigDecimal.valueOf(amount), "EUR");
  }
}
