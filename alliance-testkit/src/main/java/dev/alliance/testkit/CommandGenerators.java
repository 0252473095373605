package dev.alliance.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.alliance.api.agreement.Agreement;
import dev.alliance.api.agreement.DisputeStage;
import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.alliance.Role;
import dev.alliance.api.contribution.CommitmentId;
import dev.alliance.api.contribution.ContributionKind;
import dev.alliance.api.contribution.Valuation;
import dev.alliance.api.command.AllianceCommand;
import dev.alliance.api.command.ContributionCommand;
import dev.alliance.api.command.DisputeCommand;
import dev.alliance.api.command.LifecycleCommand;
import dev.alliance.api.command.MembershipCommand;
import dev.alliance.api.command.ProposalCommand;
import dev.alliance.api.command.RelationsCommand;
import dev.alliance.api.dispute.DisputeId;
import dev.alliance.api.dispute.Respondent;
import dev.alliance.api.event.RelationsEvent;
import dev.alliance.api.governance.Body;
import dev.alliance.api.governance.BodyKind;
import dev.alliance.api.governance.CrisisDelegation;
import dev.alliance.api.governance.DecisionProcedure;
import dev.alliance.api.governance.DecisionReference;
import dev.alliance.api.governance.DecisionRule;
import dev.alliance.api.governance.Governance;
import dev.alliance.api.governance.IssueArea;
import dev.alliance.api.governance.Vote;
import dev.alliance.api.objective.Scope;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.proposal.Motion;
import dev.alliance.api.proposal.ProposalId;
import dev.alliance.api.typology.Lifespan;
import dev.alliance.api.typology.Typology;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators and samples for commands, above all random command <em>scripts</em>: sequences that
 * mix commands a lifecycle accepts with commands it must reject.
 *
 * <p>A script starts with a prefix, often complete, of the commands that take an alliance from its
 * proposal to operation ({@link LifecycleFixtures#formAndOperate}), then continues with random steps:
 * enlargement, suspension, review and amendment, notice, extension and withdrawal, expulsion,
 * measurement of objectives, mandate expiry, dissolution, and deliberately broken ones (an
 * incomplete agreement, a single signatory, a governance naming a stranger, a missing decision,
 * a back-dated or future-dated command, an unknown objective), and crises declared and ended
 * (the agreement delegates crisis authority to a plenary council). Two alliances in three are ad hoc.
 * Dates start between 1950 and 2000 and grow by up to about three years a step; run scripts on a
 * clock later than 2300 so that only the deliberately future-dated commands are in the future.
 * Scripts shrink toward fewer, simpler steps.
 *
 * <pre>{@code
 * qt().forAll(CommandGenerators.scripts(id)).checkAssert(script -> {
 *   LifecycleEngine engine = LifecycleEngine.inMemory(MutableClock.at(Instant.parse("2400-01-01T00:00:00Z")));
 *   script.forEach(engine::handle);
 *   // ... check an invariant
 * });
 * }</pre>
 */
public final class CommandGenerators {
  /** The day every command of {@link #samples()} carries. */
  private static final LocalDate DAY = LocalDate.of(2020, 1, 31);
  /** A day no clock in a test reaches. */
  private static final LocalDate FAR_FUTURE = LocalDate.of(9999, 1, 1);

  private CommandGenerators() {}

  /** @return one command of every permitted command type, in hierarchy order, with fixed values */
  public static List<AllianceCommand> samples() {
    AllianceId id = AllianceId.of("sample");
    PartnerId p0 = LifecycleFixtures.partnerId(0);
    PartnerId p1 = LifecycleFixtures.partnerId(1);
    DisputeId dispute = DisputeId.of("D1");
    ProposalId proposal = ProposalId.of("admit-p1");
    DecisionReference decision = DecisionReference.of("Council decision 1");
    Agreement agreement = LifecycleFixtures.agreement(Period.ofMonths(6));
    return List.of(
        new LifecycleCommand.ProposeAlliance(
            id, "Sample Alliance", LifecycleFixtures.typology(Lifespan.permanent()), LifecycleFixtures.objectives(DAY.plusYears(5)), Scope.empty(), DAY),
        new LifecycleCommand.OpenNegotiations(id, DAY),
        new LifecycleCommand.SignAgreement(id, agreement, LifecycleFixtures.partnerIds(2), DAY),
        new LifecycleCommand.AbandonFormation(id, "talks failed", DAY),
        new LifecycleCommand.StartOperations(id, DAY),
        new LifecycleCommand.OpenReview(id, "periodic review", DAY),
        new LifecycleCommand.AmendAgreement(id, agreement.withTitle("Test Treaty, amended"), decision, DAY),
        new LifecycleCommand.ConcludeReview(id, DAY),
        new LifecycleCommand.SuspendOperations(id, "external shock", decision, DAY),
        new LifecycleCommand.ResumeOperations(id, decision, DAY),
        new LifecycleCommand.DecideDissolution(id, "mission obsolete", decision, DAY),
        new LifecycleCommand.CompleteDissolution(id, DAY),
        new LifecycleCommand.RecordProgress(id, LifecycleFixtures.CORE_ONE, BigDecimal.TEN, DAY),
        new LifecycleCommand.ExpireMandate(id, DAY),
        new LifecycleCommand.DeclareCrisis(id, "armed attack on a member", decision, DAY),
        new LifecycleCommand.EndCrisis(id, decision, DAY),
        new MembershipCommand.InviteMember(id, LifecycleFixtures.partner(1), Role.MEMBER, DAY),
        new MembershipCommand.BeginAccession(id, p1, DAY),
        new MembershipCommand.AdmitMember(id, p1, decision, DAY),
        new MembershipCommand.WithdrawCandidacy(id, p1, DAY),
        new MembershipCommand.SuspendMember(id, p1, "arrears", decision, DAY),
        new MembershipCommand.ReinstateMember(id, p1, decision, DAY),
        new MembershipCommand.GiveWithdrawalNotice(id, p1, DAY),
        new MembershipCommand.ExtendWithdrawal(id, p1, DAY.plusYears(1), decision, DAY),
        new MembershipCommand.CompleteWithdrawal(id, p1, DAY),
        new MembershipCommand.ExpelMember(id, p1, "aggression against a member", decision, DAY),
        new ProposalCommand.DraftProposal(id, proposal, "Admission of P1", IssueArea.MEMBERSHIP, Motion.admit(p1), DAY),
        new ProposalCommand.OpenVote(id, proposal, DAY.plusDays(30), DAY),
        new ProposalCommand.CastBallot(id, proposal, LifecycleFixtures.partnerId(0), Vote.YES, DAY),
        new ProposalCommand.CloseVote(id, proposal, DAY.plusDays(30)),
        new ProposalCommand.WithdrawProposal(id, proposal, "the candidate withdrew its application", DAY),
        new ContributionCommand.CommitContribution(
            id, CommitmentId.of("dues-1"), p1, ContributionKind.CAPITAL, "annual dues", Valuation.of("1000.00", "EUR"), DAY.plusMonths(3), DAY),
        new ContributionCommand.DeliverContribution(id, CommitmentId.of("dues-1"), Valuation.of("400.00", "EUR"), DAY),
        new ContributionCommand.AssessArrears(id, DAY),
        new DisputeCommand.RaiseDispute(id, dispute, p1, Respondent.member(p0), "burden-sharing", DAY),
        new DisputeCommand.EscalateDispute(id, dispute, p1, DisputeStage.MEDIATION, false, "talks failed", DAY),
        new DisputeCommand.SettleDispute(id, dispute, "a payment schedule", DAY),
        new DisputeCommand.DecideDispute(id, dispute, "P0 owes its share", Optional.of(p1), DAY),
        new DisputeCommand.WithdrawDispute(id, dispute, p1, "paid in full", DAY),
        new DisputeCommand.DeclareUnresolved(id, dispute, DAY),
        new DisputeCommand.ExitWithoutNotice(id, dispute, p1, DAY),
        new RelationsCommand.RecordRelationsEvent(
            id, new RelationsEvent.ConsultationHeld(p0, Set.of(p1), "the next budget", DAY)));
  }

  /**
   * @param notice the exit clause's notice period
   * @return the agreement of generated scripts: complete, consensus on everything, and crisis
   *     authority over security delegated to a council of all members
   */
  public static Agreement scriptAgreement(Period notice) {
    Governance governance =
        Governance.builder()
            .crisisDelegation(
                new CrisisDelegation(
                    Body.plenary("Crisis Council", BodyKind.COUNCIL), java.util.Set.of(IssueArea.SECURITY), DecisionProcedure.of(DecisionRule.consensus())))
            .build();
    return LifecycleFixtures.agreement(notice, governance);
  }

  /** @return scripts for the alliance {@code alliance-under-test} */
  public static Gen<List<AllianceCommand>> scripts() {
    return scripts(AllianceId.of("alliance-under-test"));
  }

  /**
   * @param alliance the alliance every command of the script is for
   * @return scripts of valid and invalid commands, mixed
   */
  public static Gen<List<AllianceCommand>> scripts(AllianceId alliance) {
    Gen<Setup> setups =
        integers()
            .between(2, 4)
            .zip(
                Generate.enumValues(Flavor.class),
                integers().between(0, 500),
                integers().between(30, 1500),
                integers().between(1950, 2000),
                (founders, flavor, notice, end, year) -> new Setup(founders, flavor, notice, end, LocalDate.of(year, 1, 1)));
    Gen<Integer> prefixes =
        Generate.frequency(
            Pair.of(17, Generate.constant(Integer.MAX_VALUE)), Pair.of(3, integers().between(0, 12)));
    return setups
        .zip(prefixes, lists().of(steps()).ofSizeBetween(0, 40), (setup, prefix, steps) -> script(alliance, setup, prefix, steps))
        .describedAs(CommandGenerators::describe);
  }

  private static Gen<Step> steps() {
    Gen<Integer> gaps =
        Generate.frequency(
            Pair.of(14, integers().between(0, 30)), Pair.of(4, integers().between(31, 400)), Pair.of(2, integers().between(401, 1200)));
    return Generate.pick(KINDS)
        .zip(
            integers().between(0, 6),
            gaps,
            integers().between(0, 99).map(n -> n < 88),
            integers().between(0, 20),
            Step::new);
  }

  private static List<AllianceCommand> script(AllianceId id, Setup setup, int prefix, List<Step> steps) {
    Typology typology = LifecycleFixtures.typology(setup.lifespan());
    Agreement agreement = scriptAgreement(Period.ofDays(setup.noticeDays()));
    List<AllianceCommand> commands =
        new ArrayList<>(LifecycleFixtures.formAndOperate(id, setup.founders(), setup.start(), typology, agreement));
    if (prefix < commands.size()) {
      commands = new ArrayList<>(commands.subList(0, prefix));
    }
    LocalDate day = setup.start();
    int decisions = 0;
    for (Step step : steps) {
      day = day.plusDays(step.gap());
      Optional<DecisionReference> decision =
          step.decided() ? Optional.of(DecisionReference.of("decision " + ++decisions)) : Optional.empty();
      List<AllianceCommand> made = step.kind().make(new Context(id, setup, typology, agreement, step, day, decision));
      commands.addAll(made);
      for (AllianceCommand command : made) {
        if (command.on().isAfter(day) && !command.on().equals(FAR_FUTURE)) {
          day = command.on();
        }
      }
    }
    return Collections.unmodifiableList(commands);
  }

  private static String describe(List<AllianceCommand> script) {
    StringBuilder text = new StringBuilder();
    for (AllianceCommand command : script) {
      text.append("\n  ").append(command.on()).append(' ').append(command.getClass().getSimpleName());
      if (command instanceof MembershipCommand membership) {
        text.append(' ').append(membership.partner());
      }
    }
    return text.toString();
  }

  private enum Flavor {
    PERMANENT,
    AD_HOC_OBJECTIVES,
    AD_HOC_END_DATE
  }

  private record Setup(int founders, Flavor flavor, int noticeDays, int endAfterDays, LocalDate start) {
    Lifespan lifespan() {
      return switch (flavor) {
        case PERMANENT -> Lifespan.permanent();
        case AD_HOC_OBJECTIVES -> Lifespan.adHoc("the mission", Optional.empty(), true);
        case AD_HOC_END_DATE -> Lifespan.adHoc("the mission", Optional.of(start.plusDays(endAfterDays)), false);
      };
    }
  }

  private record Step(Kind kind, int partner, int gap, boolean decided, int value) {}

  private record Context(
      AllianceId id,
      Setup setup,
      Typology typology,
      Agreement agreement,
      Step step,
      LocalDate day,
      Optional<DecisionReference> decision) {
    PartnerId partner() {
      return LifecycleFixtures.partnerId(step.partner());
    }
  }

  /** What a step asks for; each kind makes one or a few commands. */
  private enum Kind {
    RECORD_PROGRESS {
      @Override
      List<AllianceCommand> make(Context c) {
        String objective = List.of(LifecycleFixtures.CORE_ONE, LifecycleFixtures.CORE_TWO, LifecycleFixtures.STRETCH).get(c.step().value() % 3);
        return List.of(new LifecycleCommand.RecordProgress(c.id(), objective, BigDecimal.valueOf(c.step().value()), c.day()));
      }
    },
    MEET_CORE_OBJECTIVES {
      @Override
      List<AllianceCommand> make(Context c) {
        return List.of(
            new LifecycleCommand.RecordProgress(c.id(), LifecycleFixtures.CORE_ONE, BigDecimal.TEN, c.day()),
            new LifecycleCommand.RecordProgress(c.id(), LifecycleFixtures.CORE_TWO, BigDecimal.valueOf(10 + c.step().value()), c.day()));
      }
    },
    RECORD_UNKNOWN_OBJECTIVE {
      @Override
      List<AllianceCommand> make(Context c) {
        return List.of(new LifecycleCommand.RecordProgress(c.id(), "O9", BigDecimal.ONE, c.day()));
      }
    },
    EXPIRE_MANDATE {
      @Override
      List<AllianceCommand> make(Context c) {
        return List.of(new LifecycleCommand.ExpireMandate(c.id(), c.day()));
      }
    },
    OPEN_NEGOTIATIONS {
      @Override
      List<AllianceCommand> make(Context c) {
        return List.of(new LifecycleCommand.OpenNegotiations(c.id(), c.day()));
      }
    },
    SIGN {
      @Override
      List<AllianceCommand> make(Context c) {
        return List.of(sign(c, c.agreement(), LifecycleFixtures.partnerIds(c.setup().founders())));
      }
    },
    SIGN_INCOMPLETE {
      @Override
      List<AllianceCommand> make(Context c) {
        return List.of(sign(c, c.agreement().withExit(Optional.empty()), LifecycleFixtures.partnerIds(c.setup().founders())));
      }
    },
    SIGN_ALONE {
      @Override
      List<AllianceCommand> make(Context c) {
        return List.of(sign(c, c.agreement(), Set.of(LifecycleFixtures.partnerId(0))));
      }
    },
    SIGN_NAMING_A_STRANGER {
      @Override
      List<AllianceCommand> make(Context c) {
        Governance stranger =
            Governance.builder().defaultProcedure(DecisionProcedure.of(DecisionRule.leadPartner(PartnerId.of("P9")))).build();
        Agreement agreement = LifecycleFixtures.agreement(Period.ofDays(c.setup().noticeDays()), stranger);
        return List.of(sign(c, agreement, LifecycleFixtures.partnerIds(c.setup().founders())));
      }
    },
    ABANDON {
      @Override
      List<AllianceCommand> make(Context c) {
        return List.of(new LifecycleCommand.AbandonFormation(c.id(), "talks failed", c.day()));
      }
    },
    START {
      @Override
      List<AllianceCommand> make(Context c) {
        return List.of(new LifecycleCommand.StartOperations(c.id(), c.day()));
      }
    },
    OPEN_REVIEW {
      @Override
      List<AllianceCommand> make(Context c) {
        return List.of(new LifecycleCommand.OpenReview(c.id(), "periodic review", c.day()));
      }
    },
    AMEND {
      @Override
      List<AllianceCommand> make(Context c) {
        Agreement amended = c.agreement().withTitle("Test Treaty, amendment " + c.step().value());
        return List.of(new LifecycleCommand.AmendAgreement(c.id(), amended, c.decision(), c.day()));
      }
    },
    AMEND_INCOMPLETE {
      @Override
      List<AllianceCommand> make(Context c) {
        return List.of(new LifecycleCommand.AmendAgreement(c.id(), c.agreement().withReview(Optional.empty()), c.decision(), c.day()));
      }
    },
    CONCLUDE_REVIEW {
      @Override
      List<AllianceCommand> make(Context c) {
        return List.of(new LifecycleCommand.ConcludeReview(c.id(), c.day()));
      }
    },
    SUSPEND_OPERATIONS {
      @Override
      List<AllianceCommand> make(Context c) {
        return List.of(new LifecycleCommand.SuspendOperations(c.id(), "external shock", c.decision(), c.day()));
      }
    },
    RESUME_OPERATIONS {
      @Override
      List<AllianceCommand> make(Context c) {
        return List.of(new LifecycleCommand.ResumeOperations(c.id(), c.decision(), c.day()));
      }
    },
    DISSOLVE {
      @Override
      List<AllianceCommand> make(Context c) {
        return List.of(new LifecycleCommand.DecideDissolution(c.id(), "mission obsolete", c.decision(), c.day()));
      }
    },
    COMPLETE_DISSOLUTION {
      @Override
      List<AllianceCommand> make(Context c) {
        return List.of(new LifecycleCommand.CompleteDissolution(c.id(), c.day()));
      }
    },
    INVITE {
      @Override
      List<AllianceCommand> make(Context c) {
        return List.of(new MembershipCommand.InviteMember(c.id(), LifecycleFixtures.partner(c.step().partner()), Role.MEMBER, c.day()));
      }
    },
    BEGIN_ACCESSION {
      @Override
      List<AllianceCommand> make(Context c) {
        return List.of(new MembershipCommand.BeginAccession(c.id(), c.partner(), c.day()));
      }
    },
    ADMIT {
      @Override
      List<AllianceCommand> make(Context c) {
        return List.of(new MembershipCommand.AdmitMember(c.id(), c.partner(), c.decision(), c.day()));
      }
    },
    ENLARGE {
      @Override
      List<AllianceCommand> make(Context c) {
        List<AllianceCommand> made = new ArrayList<>(INVITE.make(c));
        made.addAll(BEGIN_ACCESSION.make(c));
        made.addAll(ADMIT.make(c));
        return made;
      }
    },
    WITHDRAW_CANDIDACY {
      @Override
      List<AllianceCommand> make(Context c) {
        return List.of(new MembershipCommand.WithdrawCandidacy(c.id(), c.partner(), c.day()));
      }
    },
    SUSPEND_MEMBER {
      @Override
      List<AllianceCommand> make(Context c) {
        return List.of(new MembershipCommand.SuspendMember(c.id(), c.partner(), "arrears", c.decision(), c.day()));
      }
    },
    REINSTATE_MEMBER {
      @Override
      List<AllianceCommand> make(Context c) {
        return List.of(new MembershipCommand.ReinstateMember(c.id(), c.partner(), c.decision(), c.day()));
      }
    },
    SUSPEND_AND_REINSTATE {
      @Override
      List<AllianceCommand> make(Context c) {
        List<AllianceCommand> made = new ArrayList<>(SUSPEND_MEMBER.make(c));
        made.addAll(REINSTATE_MEMBER.make(c));
        return made;
      }
    },
    INVITE_AND_DECLINE {
      @Override
      List<AllianceCommand> make(Context c) {
        List<AllianceCommand> made = new ArrayList<>(INVITE.make(c));
        if (c.step().value() % 2 == 0) {
          made.addAll(BEGIN_ACCESSION.make(c));
        }
        made.addAll(WITHDRAW_CANDIDACY.make(c));
        return made;
      }
    },
    GIVE_NOTICE {
      @Override
      List<AllianceCommand> make(Context c) {
        return List.of(new MembershipCommand.GiveWithdrawalNotice(c.id(), c.partner(), c.day()));
      }
    },
    EXTEND_WITHDRAWAL {
      @Override
      List<AllianceCommand> make(Context c) {
        LocalDate effective = c.day().plusDays(30L * c.step().value());
        return List.of(new MembershipCommand.ExtendWithdrawal(c.id(), c.partner(), effective, c.decision(), c.day()));
      }
    },
    GIVE_NOTICE_AND_EXTEND {
      @Override
      List<AllianceCommand> make(Context c) {
        LocalDate effective = c.day().plusDays(c.setup().noticeDays() + 30L * (1 + c.step().value()));
        return List.of(
            new MembershipCommand.GiveWithdrawalNotice(c.id(), c.partner(), c.day()),
            new MembershipCommand.ExtendWithdrawal(c.id(), c.partner(), effective, c.decision(), c.day()));
      }
    },
    COMPLETE_WITHDRAWAL {
      @Override
      List<AllianceCommand> make(Context c) {
        return List.of(new MembershipCommand.CompleteWithdrawal(c.id(), c.partner(), c.day()));
      }
    },
    LEAVE {
      @Override
      List<AllianceCommand> make(Context c) {
        // From ten days early to ten days late: early attempts are refused, late ones take effect.
        LocalDate attempt = c.day().plusDays(c.setup().noticeDays() + c.step().value() - 10L);
        return List.of(
            new MembershipCommand.GiveWithdrawalNotice(c.id(), c.partner(), c.day()),
            new MembershipCommand.CompleteWithdrawal(c.id(), c.partner(), attempt.isBefore(c.day()) ? c.day() : attempt));
      }
    },
    EXPEL {
      @Override
      List<AllianceCommand> make(Context c) {
        return List.of(new MembershipCommand.ExpelMember(c.id(), c.partner(), "breach of the agreement", c.decision(), c.day()));
      }
    },
    DECLARE_CRISIS {
      @Override
      List<AllianceCommand> make(Context c) {
        return List.of(new LifecycleCommand.DeclareCrisis(c.id(), "external shock", c.decision(), c.day()));
      }
    },
    END_CRISIS {
      @Override
      List<AllianceCommand> make(Context c) {
        return List.of(new LifecycleCommand.EndCrisis(c.id(), c.decision(), c.day()));
      }
    },
    PROPOSE_AGAIN {
      @Override
      List<AllianceCommand> make(Context c) {
        return List.of(
            new LifecycleCommand.ProposeAlliance(c.id(), "Second Alliance", c.typology(), List.of(), Scope.empty(), c.day()));
      }
    },
    BACK_DATED {
      @Override
      List<AllianceCommand> make(Context c) {
        return List.of(new LifecycleCommand.OpenReview(c.id(), "back-dated review", c.day().minusDays(1L + c.step().value())));
      }
    },
    FUTURE_DATED {
      @Override
      List<AllianceCommand> make(Context c) {
        return List.of(new LifecycleCommand.OpenReview(c.id(), "future review", FAR_FUTURE));
      }
    };

    abstract List<AllianceCommand> make(Context c);

    private static AllianceCommand sign(Context c, Agreement agreement, Set<PartnerId> signatories) {
      return new LifecycleCommand.SignAgreement(c.id(), agreement, signatories, c.day());
    }
  }

  /** Step kinds with their weights: productive steps more often than broken ones. */
  private static final List<Kind> KINDS =
      Gens.bag(
          Kind.values(),
          kind ->
              switch (kind) {
                case ENLARGE, LEAVE, SUSPEND_MEMBER, REINSTATE_MEMBER, GIVE_NOTICE, COMPLETE_WITHDRAWAL, EXPEL -> 4;
                case RECORD_PROGRESS, MEET_CORE_OBJECTIVES, OPEN_REVIEW, CONCLUDE_REVIEW, AMEND, SUSPEND_OPERATIONS,
                    RESUME_OPERATIONS, EXTEND_WITHDRAWAL, GIVE_NOTICE_AND_EXTEND, SUSPEND_AND_REINSTATE, DECLARE_CRISIS, END_CRISIS -> 3;
                case DISSOLVE, COMPLETE_DISSOLUTION, EXPIRE_MANDATE, START, SIGN, INVITE, BEGIN_ACCESSION, ADMIT, ABANDON,
                    INVITE_AND_DECLINE -> 2;
                default -> 1;
              });
}
