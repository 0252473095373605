package dev.alliance.examples.burden;

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
import dev.alliance.api.command.ContributionCommand;
import dev.alliance.api.command.ContributionCommand.AssessArrears;
import dev.alliance.api.command.ContributionCommand.CommitContribution;
import dev.alliance.api.command.ContributionCommand.DeliverContribution;
import dev.alliance.api.command.LifecycleCommand;
import dev.alliance.api.command.MembershipCommand;
import dev.alliance.api.contribution.CommitmentId;
import dev.alliance.api.contribution.ContributionKind;
import dev.alliance.api.contribution.Valuation;
import dev.alliance.api.event.ContributionEvent;
import dev.alliance.api.event.RecordedEvent;
import dev.alliance.api.governance.Governance;
import dev.alliance.api.objective.Scope;
import dev.alliance.api.partner.Partner;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.partner.PartnerKind;
import dev.alliance.api.typology.Form;
import dev.alliance.api.typology.Formality;
import dev.alliance.api.typology.GovernanceStyle;
import dev.alliance.api.typology.Lifespan;
import dev.alliance.api.typology.Purpose;
import dev.alliance.api.typology.Typology;
import dev.alliance.core.contribution.Commitment;
import dev.alliance.core.contribution.ContributionEngine;
import dev.alliance.core.contribution.ContributionLedger;
import dev.alliance.core.contribution.Fulfillment;
import dev.alliance.core.lifecycle.DecisionGate;
import dev.alliance.core.lifecycle.LifecycleEngine;
import dev.alliance.core.stream.EventLog;
import dev.alliance.examples.Example;
import dev.alliance.examples.Report;
import dev.alliance.examples.TextTable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Dues, deliveries and arrears on an organisation's event stream, judged by the rule of Article 19
 * of the Charter of the United Nations: a member whose arrears equal or exceed the contributions
 * due from it for the preceding two full years has no vote in the General Assembly.
 *
 * <p>The organisation and its figures are stylised: three members assessed yearly dues for 2021 to
 * 2023, each due on 31 January. HIGH pays every year in full and on time; MID paid 2021 late and
 * nothing since; LOW pays half of each year's dues. The stream records the commitments, the
 * deliveries, the misses found when arrears are assessed on 1 February each year, and the late
 * fulfillment; the question is asked on 1 January 2024, when 2022 and 2023 are the two preceding
 * full years.
 */
public final class DuesAndArrears implements Example {
  /** The organisation. */
  public static final AllianceId ORGANISATION = AllianceId.of("stylised-organisation");
  /** Pays in full, on time. */
  public static final PartnerId HIGH = PartnerId.of("HIGH");
  /** Paid 2021 late, nothing since. */
  public static final PartnerId MID = PartnerId.of("MID");
  /** Pays half. */
  public static final PartnerId LOW = PartnerId.of("LOW");
  /** The day the question is asked. */
  public static final LocalDate ASKED = LocalDate.of(2024, 1, 1);

  static final Map<PartnerId, String> YEARLY_DUES = Map.of(HIGH, "1000000.00", MID, "100000.00", LOW, "10000.00");
  private static final Instant RECORDED = Instant.parse("2026-01-01T00:00:00Z");

  @Override
  public String title() {
    return "Dues and arrears on the stream, judged by Article 19 of the UN Charter";
  }

  @Override
  public String lesson() {
    return "Arrears are facts on the record, not impressions: each commitment says what is due and when,"
        + " each payment and each missed due date is an event, so on any day the ledger can say who owes"
        + " what; MID, owing exactly its last two years' dues, loses its vote, while LOW, behind by less,"
        + " keeps it.";
  }

  /** The organisation's stream, built by its engines on one log. */
  static final class Books {
    private final EventLog log = EventLog.inMemory(Clock.fixed(RECORDED, ZoneOffset.UTC));
    private final LifecycleEngine lifecycle = LifecycleEngine.of(log, DecisionGate.requireReference());
    private final ContributionEngine contributions = ContributionEngine.of(log);

    void act(AllianceCommand command) {
      CommandResult result =
          command instanceof ContributionCommand contribution ? contributions.handle(contribution) : lifecycle.handle(command);
      if (!result.isAccepted()) {
        throw new IllegalStateException("the example's history breaks a rule: " + command + " -> " + result.rejection().orElseThrow());
      }
    }

    ContributionLedger ledgerOn(LocalDate day) {
      return contributions.ledgerOn(ORGANISATION, day);
    }

    List<RecordedEvent> history() {
      return log.read(ORGANISATION, 1);
    }
  }

  /** @return the stream from the founding to the end of 2023 */
  Books books() {
    Books books = new Books();
    LocalDate founded = LocalDate.of(2020, 6, 26);
    books.act(new LifecycleCommand.ProposeAlliance(ORGANISATION, "A stylised organisation", typology(), List.of(), Scope.empty(), founded));
    books.act(new LifecycleCommand.OpenNegotiations(ORGANISATION, founded));
    Set<PartnerId> founders = new LinkedHashSet<>(List.of(HIGH, MID, LOW));
    for (PartnerId member : founders) {
      books.act(new MembershipCommand.InviteMember(ORGANISATION, Partner.of(member, member.value(), PartnerKind.STATE), Role.FOUNDER, founded));
      books.act(new MembershipCommand.BeginAccession(ORGANISATION, member, founded));
    }
    books.act(new LifecycleCommand.SignAgreement(ORGANISATION, charter(), founders, founded));
    books.act(new LifecycleCommand.StartOperations(ORGANISATION, founded));
    for (int year = 2021; year <= 2023; year++) {
      LocalDate assessed = LocalDate.of(year - 1, 12, 24);
      LocalDate due = LocalDate.of(year, 1, 31);
      for (PartnerId member : founders) {
        books.act(new CommitContribution(ORGANISATION, dues(member, year), member, ContributionKind.CAPITAL, "dues for " + year,
            Valuation.of(YEARLY_DUES.get(member), "USD"), due, assessed));
      }
      books.act(new DeliverContribution(ORGANISATION, dues(HIGH, year), Valuation.of(YEARLY_DUES.get(HIGH), "USD"), LocalDate.of(year, 1, 15)));
      books.act(new DeliverContribution(ORGANISATION, dues(LOW, year), Valuation.of(half(YEARLY_DUES.get(LOW)), "USD"), LocalDate.of(year, 1, 20)));
      books.act(new AssessArrears(ORGANISATION, LocalDate.of(year, 2, 1)));
      if (year == 2021) {
        books.act(new DeliverContribution(ORGANISATION, dues(MID, 2021), Valuation.of(YEARLY_DUES.get(MID), "USD"), LocalDate.of(2021, 3, 15)));
      }
    }
    return books;
  }

  /** What Article 19 looks at, for one member on the day asked. */
  record Standing(PartnerId member, BigDecimal arrears, BigDecimal duesOfTwoYears, boolean losesVote, Fulfillment fulfillment) {}

  /** @return each member's standing under Article 19 on {@link #ASKED} */
  Map<PartnerId, Standing> article19() {
    ContributionLedger ledger = books().ledgerOn(ASKED);
    Map<PartnerId, Standing> standings = new LinkedHashMap<>();
    for (PartnerId member : List.of(HIGH, MID, LOW)) {
      BigDecimal arrears = ledger.arrears(ASKED).stream().filter(c -> c.partner().equals(member))
          .map(c -> c.outstanding().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal twoYears = ledger.commitmentsOf(member).stream()
          .filter(c -> c.dueOn().getYear() == ASKED.getYear() - 1 || c.dueOn().getYear() == ASKED.getYear() - 2)
          .map(c -> c.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
      standings.put(member, new Standing(member, arrears, twoYears, arrears.compareTo(twoYears) >= 0,
          ledger.fulfillment(member, "USD", ASKED).orElseThrow()));
    }
    return standings;
  }

  @Override
  public Report run() {
    Books books = books();
    Report.Builder out = Report.of(this);
    long misses = books.history().stream().filter(e -> e.event() instanceof ContributionEvent.CommitmentMissed).count();
    long late = books.history().stream().filter(e -> e.event() instanceof ContributionEvent.CommitmentFulfilled f && f.late()).count();
    out.line("The stream holds " + books.history().size() + " events, among them " + misses + " missed due dates and " + late + " late fulfillment.");
    TextTable table = new TextTable("member", "delivered", "of committed", "ratio", "on time", "in arrears", "dues 2022-23", "vote");
    article19().values().forEach(s -> table.row(
        s.member().value(), s.fulfillment().delivered().toPlainString(), s.fulfillment().committed().toPlainString(),
        s.fulfillment().ratio().times(dev.alliance.core.exact.Rational.of(100)).toBigDecimal(1, RoundingMode.HALF_EVEN) + "%",
        s.fulfillment().fulfilledOnTime() + " of " + s.fulfillment().due(),
        s.arrears().toPlainString(), s.duesOfTwoYears().toPlainString(), s.losesVote() ? "lost (Art. 19)" : "kept"));
    out.line("On " + ASKED + ":");
    out.table(table);
    for (Commitment c : books.ledgerOn(ASKED).arrears(ASKED)) {
      out.line("  in arrears: " + c.id() + " (" + c.partner() + "), due " + c.dueOn() + ", outstanding " + c.outstanding()
          + c.missedOn().map(d -> ", recorded missed on " + d).orElse(""));
    }
    return out.build();
  }

  static CommitmentId dues(PartnerId member, int year) {
    return CommitmentId.of("dues-" + year + "-" + member);
  }

  private static String half(String amount) {
    return new BigDecimal(amount).divide(new BigDecimal("2"), RoundingMode.UNNECESSARY).toPlainString();
  }

  private static Typology typology() {
    return Typology.builder()
        .addPurposes(Purpose.POLITICAL)
        .governanceStyle(GovernanceStyle.EGALITARIAN)
        .duration(Lifespan.permanent())
        .formality(Formality.CHARTER)
        .form(Form.INTERGOVERNMENTAL_ORGANIZATION)
        .build();
  }

  private static Agreement charter() {
    return Agreement.builder()
        .title("Charter of the stylised organisation")
        .formality(Formality.CHARTER)
        .purpose(new PurposeClause("cooperation among its members"))
        .governance(new GovernanceClause(Governance.consensusForAll()))
        .resources(ResourceClause.of("yearly dues as assessed, payable by 31 January"))
        .intellectualProperty(new IntellectualPropertyClause(IpOwnership.CONTRIBUTOR, IpOwnership.ALLIANCE_ENTITY, IpOwnership.CONTRIBUTOR, false))
        .exit(ExitClause.of(Period.ofYears(1), AssetDivision.NEGOTIATED))
        .disputeResolution(new DisputeResolutionClause(List.of(EscalationStep.of(DisputeStage.DIRECT_NEGOTIATION, Period.ofMonths(3))), false, UnresolvedConsequence.STATUS_QUO))
        .review(new ReviewClause(Period.ofYears(3)))
        .build();
  }

  /**
   * Runs this example alone.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Example.runAlone(new DuesAndArrears());
  }
}
