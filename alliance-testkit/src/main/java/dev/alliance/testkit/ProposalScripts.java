package dev.alliance.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.alliance.api.agreement.Agreement;
import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.alliance.Role;
import dev.alliance.api.command.AllianceCommand;
import dev.alliance.api.command.LifecycleCommand;
import dev.alliance.api.command.MembershipCommand;
import dev.alliance.api.command.ProposalCommand;
import dev.alliance.api.governance.AbstentionPolicy;
import dev.alliance.api.governance.Base;
import dev.alliance.api.governance.Body;
import dev.alliance.api.governance.BodyKind;
import dev.alliance.api.governance.CrisisDelegation;
import dev.alliance.api.governance.DecisionProcedure;
import dev.alliance.api.governance.DecisionReference;
import dev.alliance.api.governance.DecisionRule;
import dev.alliance.api.governance.Governance;
import dev.alliance.api.governance.IssueArea;
import dev.alliance.api.governance.Threshold;
import dev.alliance.api.governance.Vote;
import dev.alliance.api.governance.WeightSource;
import dev.alliance.api.objective.Scope;
import dev.alliance.api.partner.Measure;
import dev.alliance.api.partner.Partner;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.partner.PartnerKind;
import dev.alliance.api.proposal.Motion;
import dev.alliance.api.proposal.ProposalId;
import dev.alliance.api.typology.Lifespan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Random command scripts for an alliance that votes: it is formed by two to five founders (some of
 * them observers, who may not vote) under a generated governance (any rule the tally knows, per
 * issue area, with quorum, abstention and tie policies, sometimes letting members change their
 * ballot, and a crisis delegation to a body of founders), and then proposals are drafted, opened
 * (some as crisis votes, some with a deadline), voted on by members and strangers alike, closed,
 * withdrawn, while members are admitted, suspended, reinstated, expelled or leave, crises are
 * declared and ended, and the governance is amended. Ballots come from partners {@code P0 .. P8},
 * so many are refused; some are back-dated.
 *
 * <p>Governed acts cite decision references the default gate accepts ({@code council decision n});
 * run the scripts with {@code DecisionGate.requireReference()} so that membership changes happen,
 * or with the proposal gate to see them refused. Dates start in 2000 and grow by days; run them on
 * a clock later than 2100. Scripts shrink toward fewer steps.
 *
 * <pre>{@code
 * qt().forAll(ProposalScripts.scripts(id)).checkAssert(script -> {
 *   LifecycleEngine engine = LifecycleEngine.of(EventLog.inMemory(clock), DecisionGate.requireReference());
 *   script.forEach(engine::handle);
 *   // ... check an invariant over engine.history(id)
 * });
 * }</pre>
 */
public final class ProposalScripts {
  /** The first day of every script. */
  public static final LocalDate START = LocalDate.of(2000, 1, 1);
  /** Steps about a proposal pick one of the four drafted last. */
  private static final int RECENT = 4;
  /** Ballots come from {@code P0 .. P8}: founders, later members and strangers. */
  private static final int PARTNERS = 9;
  private static final List<IssueArea> AREAS =
      List.of(IssueArea.MEMBERSHIP, IssueArea.BUDGET, IssueArea.SECURITY, IssueArea.SUSPENSION, IssueArea.OPERATIONS);

  private ProposalScripts() {}

  /**
   * @param alliance the alliance every command is for
   * @return scripts of valid and invalid commands, mixed
   */
  public static Gen<List<AllianceCommand>> scripts(AllianceId alliance) {
    Gen<List<Integer>> founders = lists().of(integers().between(0, 9)).ofSizeBetween(2, 5);
    Gen<Setup> setups =
        founders.flatMap(
            figures -> {
              List<PartnerId> ids = new ArrayList<>();
              for (int i = 0; i < figures.size(); i++) {
                ids.add(LifecycleFixtures.partnerId(i));
              }
              return governance(ids).map(governance -> new Setup(figures, governance));
            });
    return setups
        .zip(lists().of(steps()).ofSizeBetween(0, 50), (setup, steps) -> script(alliance, setup, steps))
        .describedAs(ProposalScripts::describe);
  }

  /**
   * A partner {@code P<i>} carrying every measure the library names, from a small figure (zero
   * included), or none when {@code measured} is false.
   *
   * @param i the partner's index
   * @param figure its figure
   * @param measured whether it carries the measures
   * @return the partner
   */
  public static Partner partner(int i, int figure, boolean measured) {
    Partner.Builder partner = Partner.builder().id(LifecycleFixtures.partnerId(i)).name("Partner " + i).kind(PartnerKind.STATE);
    if (measured) {
      for (int m = 0; m < PartnerGenerators.MEASURES.size(); m++) {
        Measure measure = PartnerGenerators.MEASURES.get(m);
        partner.putAttributes(measure, BigDecimal.valueOf(Math.floorMod(figure * (m + 3), 11)));
      }
    }
    return partner.build();
  }

  /**
   * Scripts that put governed acts to the proposal gate: three founders under a governance drawn
   * from common rules (per area: membership, suspension, amendment, crisis; crisis authority over
   * suspension delegated to P0 and P1), then proposals to suspend or reinstate a member or to
   * suspend or resume operations, tabled in the right area or a wrong one, voted on at once by the
   * founders (mostly yes), and acts that cite a random proposal; the governance is amended and
   * crises come and go, all by votes. Other areas decide as membership does, so that only the area
   * tells a proposal tabled in the wrong one apart.
   *
   * @param alliance the alliance every command is for
   * @return scripts of governed acts and the votes they cite
   */
  public static Gen<List<AllianceCommand>> gateScripts(AllianceId alliance) {
    Gen<Vote> ballots = Generate.frequency(Pair.of(7, Generate.constant(Vote.YES)), Pair.of(3, GovernanceGenerators.votes()));
    Gen<GateStep> steps =
        Generate.pick(
                List.of(
                    GateKind.PROPOSE, GateKind.PROPOSE, GateKind.PROPOSE, GateKind.ACT, GateKind.ACT, GateKind.ACT, GateKind.AMEND,
                    GateKind.CRISIS, GateKind.REPEAT, GateKind.CRISIS_ACT))
            .zip(
                integers().between(0, 20),
                integers().between(0, 20),
                lists().of(ballots).ofSize(3),
                integers().between(0, 2),
                GateStep::new);
    Gen<Governance> governance =
        common().zip(
            common(),
            common(),
            common(),
            (membership, suspension, amendment, crisis) ->
                Governance.builder()
                    // The wrong area of the scripts (budget) decides as membership does: only the area tells them apart.
                    .defaultProcedure(membership)
                    .putProcedures(IssueArea.MEMBERSHIP, membership)
                    .putProcedures(IssueArea.SUSPENSION, suspension)
                    .putProcedures(IssueArea.AMENDMENT, amendment)
                    .putProcedures(IssueArea.CRISIS, crisis)
                    .crisisDelegation(
                        new CrisisDelegation(
                            new Body("Crisis Cell", BodyKind.EXECUTIVE, Set.of(LifecycleFixtures.partnerId(0), LifecycleFixtures.partnerId(1))),
                            Set.of(IssueArea.SUSPENSION),
                            DecisionProcedure.of(DecisionRule.consensus())))
                    .build());
    return governance
        .zip(lists().of(steps).ofSizeBetween(0, 30), common(), (g, list, amended) -> gateScript(alliance, g, amended, list))
        .describedAs(ProposalScripts::describe);
  }

  private static List<AllianceCommand> gateScript(AllianceId id, Governance governance, DecisionProcedure amended, List<GateStep> steps) {
    List<AllianceCommand> commands = new ArrayList<>();
    LocalDate day = START;
    commands.add(new LifecycleCommand.ProposeAlliance(id, "Gated Alliance", LifecycleFixtures.typology(Lifespan.permanent()), List.of(), Scope.empty(), day));
    commands.add(new LifecycleCommand.OpenNegotiations(id, day));
    for (int i = 0; i < 3; i++) {
      commands.add(new MembershipCommand.InviteMember(id, partner(i, i + 1, true), i == 0 ? Role.LEAD : Role.FOUNDER, day));
      commands.add(new MembershipCommand.BeginAccession(id, LifecycleFixtures.partnerId(i), day));
    }
    Agreement agreement = LifecycleFixtures.agreement(Period.ofDays(20), governance);
    commands.add(new LifecycleCommand.SignAgreement(id, agreement, LifecycleFixtures.partnerIds(3), day));
    commands.add(new LifecycleCommand.StartOperations(id, day));
    int tabled = 0;
    List<Motion> motions = new ArrayList<>();
    for (GateStep step : steps) {
      day = day.plusDays(step.gap());
      if (step.kind() == GateKind.REPEAT && tabled > 0) {
        // Undo the act a proposal asked for by a vote of its own, then cite the first proposal again.
        int cited = step.a() % tabled;
        int act = Math.max(0, GATE_MOTIONS.indexOf(motions.get(cited))) % GATE_ACTS.size();
        int inverse = List.of(2, 3, 0, 1, 5, 4).get(act); // suspend <-> reinstate the same member; suspend <-> resume operations
        ProposalId undo = ProposalId.of("g" + tabled++);
        motions.add(GATE_MOTIONS.get(inverse));
        IssueArea area = inverse < 4 ? IssueArea.MEMBERSHIP : IssueArea.SUSPENSION;
        commands.add(new ProposalCommand.DraftProposal(id, undo, "Undo " + cited, area, GATE_MOTIONS.get(inverse), day));
        commands.add(new ProposalCommand.OpenVote(id, undo, day));
        for (int i = 0; i < 3; i++) {
          commands.add(new ProposalCommand.CastBallot(id, undo, LifecycleFixtures.partnerId(i), Vote.YES, day));
        }
        commands.add(GATE_ACTS.get(act).apply(id, ProposalId.of("g" + cited), day));
        commands.add(GATE_ACTS.get(inverse).apply(id, undo, day));
        commands.add(GATE_ACTS.get(act).apply(id, ProposalId.of("g" + cited), day));
        continue;
      }
      if (step.kind() == GateKind.CRISIS_ACT) {
        // A crisis vote of the delegated body, acted on after the crisis has ended.
        ProposalId declare = ProposalId.of("g" + tabled++);
        ProposalId halt = ProposalId.of("g" + tabled++);
        ProposalId end = ProposalId.of("g" + tabled++);
        motions.add(new Motion.DeclareCrisis("shock"));
        motions.add(new Motion.SuspendOperations());
        motions.add(new Motion.EndCrisis());
        commands.addAll(yesVote(id, declare, IssueArea.CRISIS, new Motion.DeclareCrisis("shock"), false, day));
        commands.add(new LifecycleCommand.DeclareCrisis(id, "shock", declare.toReference(), day));
        commands.addAll(yesVote(id, halt, IssueArea.SUSPENSION, new Motion.SuspendOperations(), true, day));
        if (step.b() % 2 == 0) {
          commands.addAll(yesVote(id, end, IssueArea.CRISIS, new Motion.EndCrisis(), false, day));
          commands.add(new LifecycleCommand.EndCrisis(id, end.toReference(), day));
        }
        commands.add(new LifecycleCommand.SuspendOperations(id, "shock", halt.toReference(), day));
        continue;
      }
      if (step.kind() == GateKind.ACT || step.kind() == GateKind.REPEAT) {
        if (tabled == 0 || step.a() % 7 == 6) {
          commands.add(GATE_ACTS.get(step.b() % GATE_ACTS.size()).apply(id, ProposalId.of("council decision"), day));
        } else {
          // Mostly the act the cited proposal asks for; sometimes another.
          int cited = step.a() % tabled;
          int act = step.b() % 3 == 0 ? step.b() % GATE_ACTS.size() : Math.max(0, GATE_MOTIONS.indexOf(motions.get(cited)));
          commands.add(GATE_ACTS.get(act % GATE_ACTS.size()).apply(id, ProposalId.of("g" + cited), day));
        }
        continue;
      }
      ProposalId proposal = ProposalId.of("g" + tabled++);
      Motion motion;
      IssueArea area;
      List<AllianceCommand> then = new ArrayList<>();
      boolean crisis = false;
      if (step.kind() == GateKind.AMEND) {
        Agreement changed =
            agreement.withTitle("Gated Treaty, amendment " + tabled)
                .withGovernance(new dev.alliance.api.agreement.GovernanceClause(governance.withProcedures(
                    Map.of(IssueArea.MEMBERSHIP, amended, IssueArea.SUSPENSION, governance.procedureFor(IssueArea.SUSPENSION),
                        IssueArea.AMENDMENT, governance.procedureFor(IssueArea.AMENDMENT), IssueArea.CRISIS, governance.procedureFor(IssueArea.CRISIS)))));
        motion = Motion.amend(changed);
        area = IssueArea.AMENDMENT;
        then.add(new LifecycleCommand.OpenReview(id, "amendment " + tabled, day));
        then.add(new LifecycleCommand.AmendAgreement(id, changed, proposal.toReference(), day));
        then.add(new LifecycleCommand.ConcludeReview(id, day));
      } else if (step.kind() == GateKind.CRISIS) {
        boolean declare = step.a() % 2 == 0;
        motion = declare ? new Motion.DeclareCrisis("shock") : new Motion.EndCrisis();
        area = IssueArea.CRISIS;
        then.add(
            declare
                ? new LifecycleCommand.DeclareCrisis(id, "shock", proposal.toReference(), day)
                : new LifecycleCommand.EndCrisis(id, proposal.toReference(), day));
      } else {
        motion = GATE_MOTIONS.get(step.a() % GATE_MOTIONS.size());
        area = GATE_AREAS.get(step.b() % GATE_AREAS.size());
        crisis = step.b() % 5 == 0;
      }
      motions.add(motion);
      commands.add(new ProposalCommand.DraftProposal(id, proposal, "Gate " + tabled, area, motion, day));
      commands.add(new ProposalCommand.OpenVote(id, proposal, Optional.empty(), crisis, day));
      for (int i = 0; i < 3; i++) {
        if (step.votes().get(i).isPresent()) {
          commands.add(new ProposalCommand.CastBallot(id, proposal, LifecycleFixtures.partnerId(i), step.votes().get(i), day));
        }
      }
      commands.addAll(then);
    }
    return Collections.unmodifiableList(commands);
  }

  /** Drafts and opens a proposal, and every founder votes yes on it. */
  private static List<AllianceCommand> yesVote(AllianceId id, ProposalId proposal, IssueArea area, Motion motion, boolean crisis, LocalDate day) {
    List<AllianceCommand> made = new ArrayList<>();
    made.add(new ProposalCommand.DraftProposal(id, proposal, motion.describe(), area, motion, day));
    made.add(new ProposalCommand.OpenVote(id, proposal, Optional.empty(), crisis, day));
    for (int i = 0; i < 3; i++) {
      made.add(new ProposalCommand.CastBallot(id, proposal, LifecycleFixtures.partnerId(i), Vote.YES, day));
    }
    return made;
  }

  private record GateStep(GateKind kind, int a, int b, List<Vote> votes, int gap) {}

  private enum GateKind {
    PROPOSE,
    ACT,
    AMEND,
    CRISIS,
    REPEAT,
    CRISIS_ACT
  }

  private static final List<Motion> GATE_MOTIONS =
      List.of(
          new Motion.SuspendMember(LifecycleFixtures.partnerId(1)),
          new Motion.SuspendMember(LifecycleFixtures.partnerId(2)),
          new Motion.ReinstateMember(LifecycleFixtures.partnerId(1)),
          new Motion.ReinstateMember(LifecycleFixtures.partnerId(2)),
          new Motion.SuspendOperations(),
          new Motion.ResumeOperations(),
          Motion.resolution("statement"));

  /** Membership most often, where suspending and reinstating members belong; suspension; and a wrong area. */
  private static final List<IssueArea> GATE_AREAS =
      List.of(IssueArea.MEMBERSHIP, IssueArea.MEMBERSHIP, IssueArea.MEMBERSHIP, IssueArea.SUSPENSION, IssueArea.SUSPENSION, IssueArea.BUDGET);

  @FunctionalInterface
  private interface GateAct {
    AllianceCommand apply(AllianceId id, ProposalId cited, LocalDate day);
  }

  private static final List<GateAct> GATE_ACTS =
      List.of(
          (id, cited, day) -> new MembershipCommand.SuspendMember(id, LifecycleFixtures.partnerId(1), "arrears", cited.toReference(), day),
          (id, cited, day) -> new MembershipCommand.SuspendMember(id, LifecycleFixtures.partnerId(2), "arrears", cited.toReference(), day),
          (id, cited, day) -> new MembershipCommand.ReinstateMember(id, LifecycleFixtures.partnerId(1), cited.toReference(), day),
          (id, cited, day) -> new MembershipCommand.ReinstateMember(id, LifecycleFixtures.partnerId(2), cited.toReference(), day),
          (id, cited, day) -> new LifecycleCommand.SuspendOperations(id, "shock", cited.toReference(), day),
          (id, cited, day) -> new LifecycleCommand.ResumeOperations(id, cited.toReference(), day));

  /** Rules institutions use, which keep a vote open for a while, with a small quorum and either abstention policy. */
  private static Gen<DecisionProcedure> common() {
    return Generate.pick(
                List.of(
                    DecisionRule.consensus(),
                    DecisionRule.unanimity(),
                    DecisionRule.simpleMajority(),
                    DecisionRule.absoluteMajority(),
                    DecisionRule.qualifiedMajority(Threshold.atLeast(2, 3), Base.VOTES_CAST),
                    DecisionRule.weighted(WeightSource.memberWeights(), Threshold.moreThanHalf(), Base.ALL_MEMBERS)))
            .zip(
                GovernanceGenerators.quorums(2),
                Generate.enumValues(AbstentionPolicy.class),
                (rule, quorum, abstention) -> DecisionProcedure.builder().rule(rule).quorum(quorum).abstention(abstention).build());
  }

  private static Gen<Governance> governance(List<PartnerId> founders) {
    // Common rules mixed with any rule the tally knows.
    Gen<DecisionProcedure> common = common();
    Gen<DecisionProcedure> procedures =
        Generate.frequency(Pair.of(3, common), Pair.of(2, GovernanceGenerators.tallyProcedures(founders)))
            .zip(Generate.booleans(), DecisionProcedure::withBallotChangeAllowed);
    Gen<Map<IssueArea, DecisionProcedure>> special = GovernanceGenerators.areaProcedures(Generate.pick(AREAS), procedures);
    Gen<CrisisDelegation> crisis =
        lists()
            .of(Generate.pick(founders))
            .ofSizeBetween(0, 2)
            .zip(
                lists().of(Generate.pick(AREAS)).ofSizeBetween(1, 2),
                procedures,
                (body, areas, procedure) ->
                    new CrisisDelegation(new Body("Crisis Cell", BodyKind.EXECUTIVE, new HashSet<>(body)), new HashSet<>(areas), procedure));
    return procedures.zip(
        special,
        crisis.toOptionals(80),
        (fallback, areas, delegation) -> Governance.builder().defaultProcedure(fallback).procedures(areas).crisisDelegation(delegation).build());
  }

  private static Gen<Step> steps() {
    Gen<Integer> gaps = Generate.frequency(Pair.of(8, Generate.constant(0)), Pair.of(6, integers().between(1, 3)), Pair.of(1, integers().between(4, 40)));
    return Generate.pick(KINDS)
        .zip(
            integers().between(0, RECENT - 1),
            integers().between(0, PARTNERS - 1),
            lists().of(GovernanceGenerators.votes()).ofSize(PARTNERS),
            gaps,
            (kind, proposal, partner, votes, gap) -> new Step(kind, proposal, partner, votes, gap, 0))
        .zip(integers().between(-4, 12), Step::withOffset);
  }

  private static List<AllianceCommand> script(AllianceId id, Setup setup, List<Step> steps) {
    List<AllianceCommand> commands = new ArrayList<>();
    LocalDate day = START;
    commands.add(
        new LifecycleCommand.ProposeAlliance(
            id, "Voting Alliance", LifecycleFixtures.typology(Lifespan.permanent()), List.of(), Scope.empty(), day));
    commands.add(new LifecycleCommand.OpenNegotiations(id, day));
    Set<PartnerId> signatories = new java.util.LinkedHashSet<>();
    for (int i = 0; i < setup.founders().size(); i++) {
      int figure = setup.founders().get(i);
      // P0 leads; of the others, those with a figure of 9 observe without voting.
      Role role = i == 0 ? Role.LEAD : figure == 9 ? Role.OBSERVER : Role.FOUNDER;
      commands.add(new MembershipCommand.InviteMember(id, partner(i, figure, true), role, BigDecimal.valueOf(figure % 7), day));
      commands.add(new MembershipCommand.BeginAccession(id, LifecycleFixtures.partnerId(i), day));
      signatories.add(LifecycleFixtures.partnerId(i));
    }
    Agreement agreement = LifecycleFixtures.agreement(Period.ofDays(20), setup.governance());
    Drafts drafts = new Drafts();
    if (setup.founders().get(0) % 2 == 0) {
      // A vote before anyone can vote: refused, the draft stays for later.
      ProposalId early = drafts.draft(new Motion.Resolution("early question"));
      commands.add(new ProposalCommand.DraftProposal(id, early, "Early question", IssueArea.BUDGET, new Motion.Resolution("early question"), day));
      commands.add(new ProposalCommand.OpenVote(id, early, day));
    }
    commands.add(new LifecycleCommand.SignAgreement(id, agreement, signatories, day));
    commands.add(new LifecycleCommand.StartOperations(id, day));
    int decisions = 0;
    for (Step step : steps) {
      day = day.plusDays(step.gap());
      Context c = new Context(id, setup, agreement, step, day, DecisionReference.of("council decision " + ++decisions), drafts);
      List<AllianceCommand> made = step.kind().make(c);
      commands.addAll(made);
      for (AllianceCommand command : made) {
        if (command.on().isAfter(day)) {
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
      if (command instanceof ProposalCommand proposal) {
        text.append(' ').append(proposal.proposal());
      }
      if (command instanceof ProposalCommand.CastBallot ballot) {
        text.append(' ').append(ballot.voter()).append(' ').append(ballot.vote());
      } else if (command instanceof ProposalCommand.OpenVote open) {
        text.append(open.crisis() ? " crisis" : "").append(open.deadline().map(d -> " until " + d).orElse(""));
      } else if (command instanceof MembershipCommand membership) {
        text.append(' ').append(membership.partner());
      }
    }
    return text.toString();
  }

  private record Setup(List<Integer> founders, Governance governance) {}

  private record Step(Kind kind, int proposal, int partner, List<Vote> votes, int gap, int offset) {
    Step withOffset(int value) {
      return new Step(kind, proposal, partner, votes, gap, value);
    }
  }

  /**
   * The proposals a script has asked to draft and to open so far (whether or not the engine
   * accepted), with their motions, newest last: later steps pick among the recent ones.
   */
  private static final class Drafts {
    private final List<ProposalId> ids = new ArrayList<>();
    private final List<ProposalId> opened = new ArrayList<>();
    private final Map<ProposalId, Motion> motions = new HashMap<>();

    ProposalId draft(Motion motion) {
      ProposalId id = ProposalId.of("q" + ids.size());
      ids.add(id);
      motions.put(id, motion);
      return id;
    }

    /** The newest draft not yet opened (or a recent one, when every draft was): the one to open next. */
    ProposalId toOpen(int back) {
      for (int i = ids.size() - 1; i >= 0; i--) {
        if (!opened.contains(ids.get(i))) {
          opened.add(ids.get(i));
          return ids.get(i);
        }
      }
      return recent(back);
    }

    ProposalId recent(int back) {
      return ids.isEmpty() ? ProposalId.of("q0") : ids.get(Math.max(0, ids.size() - 1 - back));
    }

    ProposalId recentlyOpened(int back) {
      return opened.isEmpty() ? recent(back) : opened.get(Math.max(0, opened.size() - 1 - back));
    }

    Optional<Motion> motion(ProposalId id) {
      return Optional.ofNullable(motions.get(id));
    }
  }

  private record Context(
      AllianceId id, Setup setup, Agreement agreement, Step step, LocalDate day, DecisionReference councilDecision, Drafts drafts) {
    /** One of the proposals opened last. */
    ProposalId proposal() {
      return drafts.recentlyOpened(step.proposal());
    }

    /** The decision a governed act cites: the council's, which only the default gate trusts, or a recent proposal. */
    DecisionReference decision() {
      return step.offset() % 2 == 0 ? councilDecision : proposal().toReference();
    }

    PartnerId partner() {
      return LifecycleFixtures.partnerId(step.partner());
    }

    /** A voter: mostly a founder, sometimes a later member or a stranger. */
    PartnerId voter() {
      return LifecycleFixtures.partnerId(step.partner() % (setup.founders().size() + 2));
    }

    Optional<LocalDate> deadline() {
      return step.offset() < 0 ? Optional.empty() : Optional.of(day.plusDays(4L * step.offset()));
    }

    /** Ballots of the founders and two more partners, each whose generated vote is a ballot, in partner order. */
    List<AllianceCommand> ballots(LocalDate on) {
      List<AllianceCommand> ballots = new ArrayList<>();
      for (int i = 0; i < Math.min(step.votes().size(), setup.founders().size() + 2); i++) {
        if (step.votes().get(i).isPresent()) {
          ballots.add(new ProposalCommand.CastBallot(id, proposal(), LifecycleFixtures.partnerId(i), step.votes().get(i), on));
        }
      }
      return ballots;
    }
  }

  /** What a step asks for; each kind makes one or a few commands. */
  private enum Kind {
    DRAFT {
      @Override
      List<AllianceCommand> make(Context c) {
        int flavour = Math.floorMod(c.step().offset(), 4);
        // Acts of membership are mostly put in their own area, sometimes in another.
        IssueArea area = flavour < 3 && c.step().gap() < 8 ? IssueArea.MEMBERSHIP : AREAS.get(c.step().partner() % AREAS.size());
        Motion motion =
            switch (flavour) {
              case 0 -> new Motion.SuspendMember(c.voter());
              case 1 -> new Motion.ReinstateMember(c.voter());
              case 2 -> new Motion.Expel(c.voter());
              default -> Motion.resolution("act " + c.step().partner());
            };
        ProposalId id = c.drafts().draft(motion);
        return List.of(new ProposalCommand.DraftProposal(c.id(), id, "Question " + c.step().partner(), area, motion, c.day()));
      }
    },
    REDRAFT {
      @Override
      List<AllianceCommand> make(Context c) {
        return List.of(
            new ProposalCommand.DraftProposal(c.id(), c.proposal(), "Again", IssueArea.BUDGET, Motion.resolution("again"), c.day()));
      }
    },
    ACT {
      @Override
      List<AllianceCommand> make(Context c) {
        // Every founder votes yes on a recent proposal, then what it asks is carried out, citing it:
        // the proposal gate lets the act through only if the proposal was adopted for it.
        ProposalId cited = c.proposal();
        List<AllianceCommand> made = new ArrayList<>();
        for (int i = 0; i < c.setup().founders().size(); i++) {
          made.add(new ProposalCommand.CastBallot(c.id(), cited, LifecycleFixtures.partnerId(i), Vote.YES, c.day()));
        }
        Optional<Motion> motion = c.drafts().motion(cited);
        if (motion.isPresent() && motion.get() instanceof Motion.SuspendMember m) {
          made.add(new MembershipCommand.SuspendMember(c.id(), m.partner(), "arrears", cited.toReference(), c.day()));
        } else if (motion.isPresent() && motion.get() instanceof Motion.ReinstateMember m) {
          made.add(new MembershipCommand.ReinstateMember(c.id(), m.partner(), cited.toReference(), c.day()));
        } else if (motion.isPresent() && motion.get() instanceof Motion.Expel m) {
          made.add(new MembershipCommand.ExpelMember(c.id(), m.partner(), "breach", cited.toReference(), c.day()));
        } else {
          made.add(new LifecycleCommand.DeclareCrisis(c.id(), "act " + c.step().partner(), cited.toReference(), c.day()));
        }
        return made;
      }
    },
    OPEN {
      @Override
      List<AllianceCommand> make(Context c) {
        ProposalId id = c.drafts().toOpen(c.step().proposal());
        return List.of(new ProposalCommand.OpenVote(c.id(), id, c.deadline(), c.step().partner() % 4 == 0, c.day()));
      }
    },
    BALLOT {
      @Override
      List<AllianceCommand> make(Context c) {
        Vote vote = c.step().votes().get(0).isPresent() ? c.step().votes().get(0) : Vote.YES;
        return List.of(new ProposalCommand.CastBallot(c.id(), c.proposal(), c.voter(), vote, c.day()));
      }
    },
    BALLOTS {
      @Override
      List<AllianceCommand> make(Context c) {
        return c.ballots(c.day());
      }
    },
    SESSION {
      @Override
      List<AllianceCommand> make(Context c) {
        LocalDate deadline = c.day().plusDays(Math.max(0, c.step().offset()));
        ProposalId id = c.drafts().draft(Motion.resolution("session"));
        List<AllianceCommand> made = new ArrayList<>();
        made.add(new ProposalCommand.DraftProposal(c.id(), id, "Session " + c.step().partner(), AREAS.get(c.step().partner() % AREAS.size()), Motion.resolution("session"), c.day()));
        made.add(new ProposalCommand.OpenVote(c.id(), id, Optional.of(deadline), false, c.day()));
        List<AllianceCommand> ballots = c.ballots(c.day());
        made.addAll(ballots.subList(0, Math.min(c.step().partner(), ballots.size())));
        // Closing at once is refused while the deadline lies ahead; closing at the deadline ends the vote.
        made.add(new ProposalCommand.CloseVote(c.id(), id, c.day()));
        made.add(new ProposalCommand.CloseVote(c.id(), id, deadline));
        return made;
      }
    },
    LATE_BALLOT {
      @Override
      List<AllianceCommand> make(Context c) {
        return List.of(new ProposalCommand.CastBallot(c.id(), c.proposal(), c.partner(), Vote.NO, c.day().plusDays(c.step().offset() + 2)));
      }
    },
    BACK_DATED_BALLOT {
      @Override
      List<AllianceCommand> make(Context c) {
        return List.of(new ProposalCommand.CastBallot(c.id(), c.proposal(), c.partner(), Vote.YES, c.day().minusDays(1)));
      }
    },
    CLOSE {
      @Override
      List<AllianceCommand> make(Context c) {
        return List.of(new ProposalCommand.CloseVote(c.id(), c.proposal(), c.day().plusDays(Math.max(0, c.step().offset()))));
      }
    },
    WITHDRAW {
      @Override
      List<AllianceCommand> make(Context c) {
        return List.of(new ProposalCommand.WithdrawProposal(c.id(), c.proposal(), "overtaken by events", c.day()));
      }
    },
    ENLARGE {
      @Override
      List<AllianceCommand> make(Context c) {
        int i = c.step().partner();
        boolean measured = c.step().offset() % 2 == 0;
        return List.of(
            new MembershipCommand.InviteMember(c.id(), partner(i, c.step().offset() + 1, measured), Role.MEMBER, BigDecimal.ONE, c.day()),
            new MembershipCommand.BeginAccession(c.id(), c.partner(), c.day()),
            new MembershipCommand.AdmitMember(c.id(), c.partner(), c.decision(), c.day()));
      }
    },
    SUSPEND {
      @Override
      List<AllianceCommand> make(Context c) {
        return List.of(new MembershipCommand.SuspendMember(c.id(), c.partner(), "arrears", c.decision(), c.day()));
      }
    },
    REINSTATE {
      @Override
      List<AllianceCommand> make(Context c) {
        return List.of(new MembershipCommand.ReinstateMember(c.id(), c.partner(), c.decision(), c.day()));
      }
    },
    EXPEL {
      @Override
      List<AllianceCommand> make(Context c) {
        return List.of(new MembershipCommand.ExpelMember(c.id(), c.partner(), "breach", c.decision(), c.day()));
      }
    },
    LEAVE {
      @Override
      List<AllianceCommand> make(Context c) {
        return List.of(
            new MembershipCommand.GiveWithdrawalNotice(c.id(), c.partner(), c.day()),
            new MembershipCommand.CompleteWithdrawal(c.id(), c.partner(), c.day().plusDays(20)));
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
    AMEND_GOVERNANCE {
      @Override
      List<AllianceCommand> make(Context c) {
        // The founders' governance with its default procedure swapped for one of another area.
        Governance old = c.setup().governance();
        DecisionProcedure other = old.procedureFor(AREAS.get(c.step().partner() % AREAS.size()));
        Agreement amended = c.agreement().withTitle("Voting Treaty, amendment " + c.step().partner());
        amended = amended.withGovernance(new dev.alliance.api.agreement.GovernanceClause(old.withDefaultProcedure(other)));
        return List.of(
            new LifecycleCommand.OpenReview(c.id(), "review", c.day()),
            new LifecycleCommand.AmendAgreement(c.id(), amended, c.decision(), c.day()),
            new LifecycleCommand.ConcludeReview(c.id(), c.day()));
      }
    };

    abstract List<AllianceCommand> make(Context c);
  }

  /** Step kinds with their weights: ballots most often. */
  private static final List<Kind> KINDS =
      Gens.bag(
          Kind.values(),
          kind ->
              switch (kind) {
                case BALLOT -> 10;
                case DRAFT, OPEN -> 5;
                case BALLOTS, SESSION, ACT -> 3;
                case CLOSE, ENLARGE, SUSPEND, REINSTATE -> 2;
                default -> 1;
              });
}
