package dev.alliance.examples.governance;

import dev.alliance.api.agreement.Agreement;
import dev.alliance.api.agreement.AssetDivision;
import dev.alliance.api.agreement.DisputeResolutionClause;
import dev.alliance.api.agreement.DisputeStage;
import dev.alliance.api.agreement.EscalationStep;
import dev.alliance.api.agreement.ExitClause;
import dev.alliance.api.agreement.GovernanceClause;
import dev.alliance.api.agreement.IntellectualPropertyClause;
import dev.alliance.api.agreement.IpOwnership;
import dev.alliance.api.agreement.PurposeClause;
import dev.alliance.api.agreement.ResourceClause;
import dev.alliance.api.agreement.ReviewClause;
import dev.alliance.api.agreement.UnresolvedConsequence;
import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.alliance.Role;
import dev.alliance.api.command.AllianceCommand;
import dev.alliance.api.command.CommandResult;
import dev.alliance.api.command.LifecycleCommand;
import dev.alliance.api.command.MembershipCommand;
import dev.alliance.api.command.ProposalCommand;
import dev.alliance.api.command.Rejection;
import dev.alliance.api.event.AllianceEvent;
import dev.alliance.api.event.ProposalEvent;
import dev.alliance.api.event.RecordedEvent;
import dev.alliance.api.governance.Body;
import dev.alliance.api.governance.BodyKind;
import dev.alliance.api.governance.DecisionProcedure;
import dev.alliance.api.governance.DecisionRule;
import dev.alliance.api.governance.Governance;
import dev.alliance.api.governance.IssueArea;
import dev.alliance.api.governance.Standing;
import dev.alliance.api.governance.Vote;
import dev.alliance.api.objective.Scope;
import dev.alliance.api.partner.Partner;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.partner.PartnerKind;
import dev.alliance.api.proposal.Motion;
import dev.alliance.api.proposal.ProposalId;
import dev.alliance.api.typology.Form;
import dev.alliance.api.typology.Formality;
import dev.alliance.api.typology.GovernanceStyle;
import dev.alliance.api.typology.Purpose;
import dev.alliance.core.lifecycle.AllianceLifecycle;
import dev.alliance.core.lifecycle.DecisionGate;
import dev.alliance.core.lifecycle.LifecycleEngine;
import dev.alliance.core.proposal.Proposal;
import dev.alliance.core.stream.EventLog;
import dev.alliance.examples.Example;
import dev.alliance.examples.Report;
import dev.alliance.examples.TextTable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Sweden's accession to NATO as a vote on the alliance's event stream, under the unanimity NATO's
 * enlargement needs, with the gate that admits a member only by an adopted proposal for exactly that
 * admission.
 *
 * <p>The dates: Finland and Sweden applied on 18 May 2022; the 30 allies signed both accession
 * protocols on 5 July 2022; by the end of 2022 every ally but Hungary and Türkiye had ratified both
 * (AP; Sputnik). Hungary's parliament ratified Finland's protocol on 27 March 2023 and Türkiye's on
 * 30 March 2023; Finland joined on 4 April 2023 and, by reports of that day, supported Sweden's bid
 * as its first act. Türkiye's parliament ratified Sweden's protocol on 23 January 2024, Hungary's on
 * 26 February 2024, the last of the 31 allies (Reuters); Sweden joined on 7 March 2024, when its
 * instrument of accession was deposited in Washington.
 *
 * <p>Modelling choices, not history: the stream starts with the 30 allies of 2022 recorded as its
 * founding members on the day of the applications (it tells the enlargement, not NATO's history
 * since 1949); each ally's ratification is its yes; the ratifications that came in 2022 are recorded
 * together on 31 December 2022, their own dates not modelled; Finland's yes to Sweden is recorded on
 * the day it joined; the treaty's clauses are summarised in a line each.
 */
public final class SwedenJoinsNato implements Example {
  /** The alliance. */
  public static final AllianceId NATO = AllianceId.of("nato-enlargement-2022");
  /** Finland. */
  public static final PartnerId FIN = PartnerId.of("FIN");
  /** Sweden. */
  public static final PartnerId SWE = PartnerId.of("SWE");
  /** The proposal to admit Finland. */
  public static final ProposalId ADMIT_FINLAND = ProposalId.of("admit-fin");
  /** The proposal to admit Sweden. */
  public static final ProposalId ADMIT_SWEDEN = ProposalId.of("admit-swe");
  /** Finland and Sweden applied. */
  public static final LocalDate APPLIED = LocalDate.of(2022, 5, 18);
  /** The allies signed the accession protocols; ratification began. */
  public static final LocalDate PROTOCOLS_SIGNED = LocalDate.of(2022, 7, 5);
  /** By then every ally but Hungary and Türkiye had ratified both protocols. */
  public static final LocalDate END_OF_2022 = LocalDate.of(2022, 12, 31);
  /** Finland joined. */
  public static final LocalDate FINLAND_JOINED = LocalDate.of(2023, 4, 4);
  /** Hungary ratified Sweden's protocol, the last ally to do so. */
  public static final LocalDate LAST_RATIFICATION = LocalDate.of(2024, 2, 26);
  /** Sweden joined. */
  public static final LocalDate SWEDEN_JOINED = LocalDate.of(2024, 3, 7);

  private static final PartnerId HUN = PartnerId.of("HUN");
  private static final PartnerId TUR = PartnerId.of("TUR");
  /** When the example is recorded: every historical date is in the engine's past. */
  private static final Instant RECORDED = Instant.parse("2026-01-01T00:00:00Z");

  @Override
  public String title() {
    return "Sweden joins NATO (2022-2024): a unanimity vote on the stream, and the gate it opens";
  }

  @Override
  public String lesson() {
    return "Under unanimity a vote stays open until its last ballot: Sweden's accession, put to the allies"
        + " with Finland's in July 2022, waited for Türkiye and Hungary until 26 February 2024, and until then"
        + " the gate refused to admit Sweden, while Finland, whose last ratifications came in March 2023, was"
        + " admitted on 4 April 2023 and joined the vote on Sweden. The decision to admit Finland could not"
        + " admit Sweden: an adopted proposal authorises only the act it names.";
  }

  /** The stream as the example records it, with the attempts the rules refused. */
  public static final class Enlargement {
    private final LifecycleEngine engine =
        LifecycleEngine.of(EventLog.inMemory(Clock.fixed(RECORDED, ZoneOffset.UTC)), DecisionGate.requireAdoptedProposal());
    private final List<Refusal> refusals = new ArrayList<>();
    private long founded;

    /** An attempt the rules refused. */
    public record Refusal(AllianceCommand command, Rejection rejection) {}

    private List<AllianceEvent> act(AllianceCommand command) {
      CommandResult result = engine.handle(command);
      if (!result.isAccepted()) {
        throw new IllegalStateException("the example's history breaks a rule: " + command + " -> " + result.rejection().orElseThrow());
      }
      return result.recorded().stream().map(RecordedEvent::event).toList();
    }

    private void attempt(AllianceCommand command) {
      Rejection rejection =
          engine.handle(command).rejection().orElseThrow(() -> new IllegalStateException("the rules let this through: " + command));
      refusals.add(new Refusal(command, rejection));
    }

    private void ratify(ProposalId proposal, String ally, LocalDate day) {
      act(new ProposalCommand.CastBallot(NATO, proposal, PartnerId.of(ally), Vote.YES, day));
    }

    /** @return the attempts the rules refused, in order */
    public List<Refusal> refusals() {
      return List.copyOf(refusals);
    }

    /** @return the alliance now */
    public AllianceLifecycle now() {
      return engine.lifecycle(NATO);
    }

    /**
     * @param day a day
     * @return the alliance at the end of that day
     */
    public AllianceLifecycle on(LocalDate day) {
      return engine.lifecycleOn(NATO, day);
    }

    /** @return the events after the starting point: the enlargement itself */
    public List<RecordedEvent> enlargement() {
      return engine.history(NATO).stream().filter(e -> e.sequence() > founded).toList();
    }
  }

  /** @return the enlargement, replayed through an engine whose gate admits only by an adopted proposal */
  public Enlargement enlargement() {
    Enlargement nato = new Enlargement();
    List<String> allies = NatoConsensus.allies2022();
    nato.act(new LifecycleCommand.ProposeAlliance(NATO, "North Atlantic Treaty Organization", typology(), List.of(), Scope.empty(), APPLIED));
    nato.act(new LifecycleCommand.OpenNegotiations(NATO, APPLIED));
    Set<PartnerId> signatories = new LinkedHashSet<>();
    for (String ally : allies) {
      nato.act(new MembershipCommand.InviteMember(NATO, Partner.of(PartnerId.of(ally), ally, PartnerKind.STATE), Role.MEMBER, APPLIED));
      nato.act(new MembershipCommand.BeginAccession(NATO, PartnerId.of(ally), APPLIED));
      signatories.add(PartnerId.of(ally));
    }
    nato.act(new LifecycleCommand.SignAgreement(NATO, treaty(), signatories, APPLIED));
    nato.act(new LifecycleCommand.StartOperations(NATO, APPLIED));
    nato.founded = nato.engine.log().sequence(NATO);

    nato.act(new ProposalCommand.DraftProposal(NATO, ADMIT_FINLAND, "Finland's accession", IssueArea.MEMBERSHIP, Motion.admit(FIN), APPLIED));
    nato.act(new ProposalCommand.DraftProposal(NATO, ADMIT_SWEDEN, "Sweden's accession", IssueArea.MEMBERSHIP, Motion.admit(SWE), APPLIED));
    for (PartnerId candidate : List.of(FIN, SWE)) {
      String name = candidate.equals(FIN) ? "Finland" : "Sweden";
      nato.act(new MembershipCommand.InviteMember(NATO, Partner.of(candidate, name, PartnerKind.STATE), Role.MEMBER, PROTOCOLS_SIGNED));
      nato.act(new MembershipCommand.BeginAccession(NATO, candidate, PROTOCOLS_SIGNED));
    }
    nato.act(new ProposalCommand.OpenVote(NATO, ADMIT_FINLAND, PROTOCOLS_SIGNED));
    nato.act(new ProposalCommand.OpenVote(NATO, ADMIT_SWEDEN, PROTOCOLS_SIGNED));
    for (ProposalId proposal : List.of(ADMIT_FINLAND, ADMIT_SWEDEN)) {
      for (String ally : allies) {
        if (!ally.equals("HUN") && !ally.equals("TUR")) {
          nato.ratify(proposal, ally, END_OF_2022);
        }
      }
    }
    nato.ratify(ADMIT_FINLAND, "HUN", LocalDate.of(2023, 3, 27));
    nato.ratify(ADMIT_FINLAND, "TUR", LocalDate.of(2023, 3, 30));

    nato.attempt(new MembershipCommand.AdmitMember(NATO, SWE, ADMIT_SWEDEN.toReference(), FINLAND_JOINED));
    nato.attempt(new MembershipCommand.AdmitMember(NATO, SWE, ADMIT_FINLAND.toReference(), FINLAND_JOINED));
    nato.act(new MembershipCommand.AdmitMember(NATO, FIN, ADMIT_FINLAND.toReference(), FINLAND_JOINED));
    nato.ratify(ADMIT_SWEDEN, "FIN", FINLAND_JOINED);

    nato.ratify(ADMIT_SWEDEN, "TUR", LocalDate.of(2024, 1, 23));
    nato.ratify(ADMIT_SWEDEN, "HUN", LAST_RATIFICATION);
    nato.act(new MembershipCommand.AdmitMember(NATO, SWE, ADMIT_SWEDEN.toReference(), SWEDEN_JOINED));
    return nato;
  }

  /**
   * @param day a day
   * @return where Sweden's vote stood at the end of that day; empty once it ended
   */
  public Optional<Standing> swedenOn(LocalDate day) {
    return enlargement().on(day).proposal(ADMIT_SWEDEN).flatMap(Proposal::standing);
  }

  @Override
  public Report run() {
    Enlargement nato = enlargement();
    Report.Builder report = Report.of(this);
    report.line("The stream from the applications on (ballots of one day on one proposal in one row):");
    report.table(timeline(nato.enlargement()));
    report.line("Refused on " + FINLAND_JOINED + ":");
    nato.refusals().forEach(
        r -> report.line("  AdmitMember SWE citing " + ((MembershipCommand.AdmitMember) r.command()).decision().orElseThrow() + " -> " + r.rejection()));
    report.line("Sweden's vote at the end of " + FINLAND_JOINED + ", Finland now in its electorate:");
    nato.on(FINLAND_JOINED).proposal(ADMIT_SWEDEN).flatMap(Proposal::standing).orElseThrow().lines().forEach(l -> report.line("  " + l));
    Proposal sweden = nato.now().proposal(ADMIT_SWEDEN).orElseThrow();
    report.line("How the vote on Sweden ended, on " + sweden.endedOn().orElseThrow() + ":");
    sweden.verdict().orElseThrow().lines().forEach(l -> report.line("  " + l));
    report.line(
        "After " + SWEDEN_JOINED + ": " + nato.now().parties() + " allies; Sweden is " + nato.now().membershipState(SWE).orElseThrow()
            + ", admitted under " + ADMIT_SWEDEN + ", carried out on " + sweden.carriedOutOn().orElseThrow());
    return report.build();
  }

  private static TextTable timeline(List<RecordedEvent> events) {
    TextTable table = new TextTable("#", "day", "event", "details");
    for (int i = 0; i < events.size(); i++) {
      RecordedEvent recorded = events.get(i);
      AllianceEvent event = recorded.event();
      if (event instanceof ProposalEvent.BallotCast ballot) {
        List<String> voters = new ArrayList<>();
        int j = i;
        while (j < events.size()
            && events.get(j).event() instanceof ProposalEvent.BallotCast next
            && next.proposal().equals(ballot.proposal())
            && next.on().equals(ballot.on())
            && next.vote() == ballot.vote()) {
          voters.add(next.voter().value());
          j++;
        }
        String who = voters.size() <= 3 ? String.join(", ", voters) : voters.size() + " allies";
        table.row("#" + recorded.sequence() + (j - i > 1 ? "-" + events.get(j - 1).sequence() : ""), ballot.on(), "BallotCast", ballot.proposal() + ": " + ballot.vote() + " by " + who);
        i = j - 1;
        continue;
      }
      table.row("#" + recorded.sequence(), event.on(), event.getClass().getSimpleName(), details(event));
    }
    return table;
  }

  private static String details(AllianceEvent event) {
    if (event instanceof ProposalEvent.ProposalDrafted drafted) {
      return drafted.proposal() + ": " + drafted.motion().describe() + ", a " + drafted.area() + " decision";
    }
    if (event instanceof ProposalEvent.VoteOpened opened) {
      return opened.proposal() + ": " + DecisionGate.describe(opened.procedure().rule()) + " of " + opened.electorate().size() + " allies";
    }
    if (event instanceof ProposalEvent.ProposalAdopted adopted) {
      return adopted.proposal() + ": " + adopted.verdict().lines().get(0);
    }
    if (event instanceof dev.alliance.api.event.MembershipEvent membership) {
      return membership.partner().value()
          + (event instanceof dev.alliance.api.event.MembershipEvent.MemberAdmitted admitted
              ? " under " + admitted.decision().orElseThrow()
              : "");
    }
    return "";
  }

  private static dev.alliance.api.typology.Typology typology() {
    return Bodies.permanent(GovernanceStyle.HYBRID, Formality.TREATY, Form.INTERGOVERNMENTAL_ORGANIZATION, Purpose.DEFENSIVE);
  }

  /** The North Atlantic Treaty as the lifecycle needs it: consensus in council, unanimity to enlarge (Article 10). */
  static Agreement treaty() {
    Governance governance =
        Governance.builder()
            .addBodies(Body.plenary("North Atlantic Council", BodyKind.COUNCIL))
            .defaultProcedure(DecisionProcedure.of(DecisionRule.consensus()))
            .putProcedures(IssueArea.MEMBERSHIP, DecisionProcedure.of(DecisionRule.unanimity()))
            .build();
    return Agreement.builder()
        .title("North Atlantic Treaty")
        .formality(Formality.TREATY)
        .purpose(new PurposeClause("collective defence: an armed attack against one is an attack against all"))
        .governance(new GovernanceClause(governance))
        .resources(ResourceClause.of("each ally maintains and develops its capacity to resist armed attack"))
        .intellectualProperty(new IntellectualPropertyClause(IpOwnership.CONTRIBUTOR, IpOwnership.JOINT, IpOwnership.CONTRIBUTOR, false))
        .exit(ExitClause.of(Period.ofYears(1), AssetDivision.NEGOTIATED))
        .disputeResolution(
            new DisputeResolutionClause(List.of(EscalationStep.of(DisputeStage.DIRECT_NEGOTIATION, Period.ofMonths(6))), false, UnresolvedConsequence.STATUS_QUO))
        .review(new ReviewClause(Period.ofYears(10)))
        .build();
  }

  /**
   * Runs this example alone.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Example.runAlone(new SwedenJoinsNato());
  }
}
