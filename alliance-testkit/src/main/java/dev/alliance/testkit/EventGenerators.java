package dev.alliance.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.alliance.api.agreement.Agreement;
import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.alliance.Role;
import dev.alliance.api.contribution.CommitmentId;
import dev.alliance.api.contribution.ContributionKind;
import dev.alliance.api.contribution.Valuation;
import dev.alliance.api.event.AllianceEvent;
import dev.alliance.api.event.ContributionEvent;
import dev.alliance.api.event.LifecycleEvent;
import dev.alliance.api.event.MembershipEvent;
import dev.alliance.api.event.ProposalEvent;
import dev.alliance.api.event.RecordedEvent;
import dev.alliance.api.governance.DecisionProcedure;
import dev.alliance.api.governance.DecisionReference;
import dev.alliance.api.governance.DecisionRule;
import dev.alliance.api.governance.IssueArea;
import dev.alliance.api.governance.Vote;
import dev.alliance.api.objective.Scope;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.proposal.Motion;
import dev.alliance.api.proposal.ProposalId;
import dev.alliance.api.proposal.Verdict;
import dev.alliance.api.typology.Lifespan;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators and samples for every event type, and for recorded streams. A storage provider's
 * conformance tests can round-trip {@link #samples()} (one instance of every permitted event type)
 * and random {@link #recordedStreams(AllianceId)}; {@link #generatorsByType()} has a generator for
 * each type.
 *
 * <pre>{@code
 * for (AllianceEvent sample : EventGenerators.samples()) {
 *   assertEquals(sample, store.roundTrip(sample));
 * }
 * qt().forAll(EventGenerators.recordedStreams(AllianceId.of("nato"))).checkAssert(stream -> ...);
 * }</pre>
 */
public final class EventGenerators {
  private static final LocalDate DAY = LocalDate.of(2020, 1, 31);
  private static final List<PartnerId> NAMED = List.of(PartnerId.of("P0"), PartnerId.of("P1"));

  private EventGenerators() {}

  /** @return one event of every permitted event type, in hierarchy order, with fixed values */
  public static List<AllianceEvent> samples() {
    List<AllianceEvent> samples = new ArrayList<>(engineFamilySamples());
    samples.addAll(RelationsGenerators.samples());
    return List.copyOf(samples);
  }

  private static List<AllianceEvent> engineFamilySamples() {
    PartnerId gbr = PartnerId.of("GBR");
    ProposalId admit = ProposalId.of("admit-gbr");
    CommitmentId dues = CommitmentId.of("dues-2020-GBR");
    Optional<DecisionReference> decision = Optional.of(DecisionReference.of("European Council Decision (EU) 2019/1810"));
    Agreement agreement = LifecycleFixtures.agreement(Period.ofYears(2));
    return List.of(
        new LifecycleEvent.AllianceProposed(
            "Sample Alliance",
            LifecycleFixtures.typology(Lifespan.adHoc("sample mission", Optional.of(DAY.plusYears(1)), true)),
            LifecycleFixtures.objectives(DAY.plusYears(5)),
            Scope.empty(),
            DAY),
        new LifecycleEvent.NegotiationsOpened(DAY),
        new LifecycleEvent.AgreementSigned(agreement.withSignedOn(DAY), Set.of(PartnerId.of("P0"), PartnerId.of("P1")), DAY),
        new LifecycleEvent.FormationAbandoned("no common ground on burden-sharing", DAY),
        new LifecycleEvent.OperationsStarted(DAY),
        new LifecycleEvent.ReviewOpened("periodic review", DAY),
        new LifecycleEvent.AgreementAmended(agreement.withTitle("Test Treaty, as amended"), decision, DAY),
        new LifecycleEvent.ReviewConcluded(DAY),
        new LifecycleEvent.OperationsSuspended("external shock", decision, DAY),
        new LifecycleEvent.OperationsResumed(Optional.empty(), DAY),
        new LifecycleEvent.DissolutionDecided("mission obsolete", decision, DAY),
        new LifecycleEvent.DissolutionTriggered(DAY),
        new LifecycleEvent.AllianceDissolved(DAY),
        new LifecycleEvent.ObjectiveMeasured(LifecycleFixtures.CORE_ONE, new BigDecimal("7.5"), DAY),
        new LifecycleEvent.MissionCompleted(DAY),
        new LifecycleEvent.MandateExpired(DAY),
        new LifecycleEvent.CrisisDeclared("armed attack on a member", decision, DAY),
        new LifecycleEvent.CrisisEnded(Optional.empty(), DAY),
        new MembershipEvent.MemberInvited(LifecycleFixtures.partner(7), Role.MEMBER, new BigDecimal("2.5"), DAY),
        new MembershipEvent.AccessionBegun(gbr, DAY),
        new MembershipEvent.MemberAdmitted(gbr, decision, DAY),
        new MembershipEvent.CandidacyWithdrawn(gbr, DAY),
        new MembershipEvent.MemberSuspended(gbr, "arrears", decision, DAY),
        new MembershipEvent.MemberReinstated(gbr, Optional.empty(), DAY),
        new MembershipEvent.WithdrawalNoticeGiven(gbr, DAY.plusYears(2), DAY),
        new MembershipEvent.WithdrawalExtended(gbr, DAY.plusYears(3), decision, DAY),
        new MembershipEvent.WithdrawalTookEffect(gbr, DAY),
        new MembershipEvent.MemberExpelled(gbr, "aggression against a member", decision, DAY),
        new ProposalEvent.ProposalDrafted(admit, "Admission of the United Kingdom", IssueArea.MEMBERSHIP, Motion.admit(gbr), DAY),
        new ProposalEvent.VoteOpened(
            admit, DecisionProcedure.of(DecisionRule.unanimity()), List.of(PartnerId.of("P0"), PartnerId.of("P1")), false, Optional.of(DAY.plusDays(30)), DAY),
        new ProposalEvent.BallotCast(admit, PartnerId.of("P0"), Vote.YES, DAY),
        new ProposalEvent.VoteClosed(admit, DAY),
        new ProposalEvent.ProposalAdopted(admit, new Verdict.ByBallots(ProposalGenerators.unanimityStanding(List.of(Vote.YES, Vote.YES), 0)), DAY),
        new ProposalEvent.ProposalRejected(admit, new Verdict.AtClose(ProposalGenerators.unanimity(List.of(Vote.YES, Vote.NO), 2)), DAY),
        new ProposalEvent.ProposalExpired(admit, ProposalGenerators.unanimity(List.of(Vote.YES, Vote.ABSENT), 2), DAY),
        new ProposalEvent.ProposalWithdrawn(admit, "the candidate withdrew its application", DAY),
        new ContributionEvent.CommitmentMade(
            dues, gbr, ContributionKind.CAPITAL, "annual dues", Valuation.of("1000.00", "EUR"), DAY.plusMonths(3), DAY),
        new ContributionEvent.ContributionDelivered(dues, gbr, Valuation.of("400.00", "EUR"), DAY),
        new ContributionEvent.CommitmentMissed(dues, gbr, DAY.minusMonths(1), Valuation.of("600.00", "EUR"), DAY),
        new ContributionEvent.CommitmentFulfilled(dues, gbr, DAY.minusMonths(1), true, DAY));
  }

  /** @return a generator for each permitted event type, in hierarchy order */
  public static Map<Class<? extends AllianceEvent>, Gen<? extends AllianceEvent>> generatorsByType() {
    Gen<LocalDate> days = Gens.dates();
    Gen<String> reasons = Gens.names().map(n -> "strain over " + n);
    Gen<Optional<DecisionReference>> decisions = decisionReferences().toOptionals(80);
    Gen<PartnerId> partners = PartnerGenerators.partnerIds();
    Gen<Agreement> agreements = AgreementGenerators.completeAgreements(NAMED);
    Map<Class<? extends AllianceEvent>, Gen<? extends AllianceEvent>> gens = new LinkedHashMap<>();
    gens.put(
        LifecycleEvent.AllianceProposed.class,
        Gens.names()
            .zip(
                TypologyGenerators.typologies(),
                AllianceGenerators.uniqueObjectives(),
                ObjectiveGenerators.scopes(),
                days,
                (name, typology, objectives, scope, on) ->
                    new LifecycleEvent.AllianceProposed(name + " Alliance", typology, objectives, scope, on)));
    gens.put(LifecycleEvent.NegotiationsOpened.class, days.map(LifecycleEvent.NegotiationsOpened::new));
    gens.put(
        LifecycleEvent.AgreementSigned.class,
        agreements.zip(signatories(), days, LifecycleEvent.AgreementSigned::new));
    gens.put(LifecycleEvent.FormationAbandoned.class, reasons.zip(days, LifecycleEvent.FormationAbandoned::new));
    gens.put(LifecycleEvent.OperationsStarted.class, days.map(LifecycleEvent.OperationsStarted::new));
    gens.put(LifecycleEvent.ReviewOpened.class, reasons.zip(days, LifecycleEvent.ReviewOpened::new));
    gens.put(LifecycleEvent.AgreementAmended.class, agreements.zip(decisions, days, LifecycleEvent.AgreementAmended::new));
    gens.put(LifecycleEvent.ReviewConcluded.class, days.map(LifecycleEvent.ReviewConcluded::new));
    gens.put(
        LifecycleEvent.OperationsSuspended.class, reasons.zip(decisions, days, LifecycleEvent.OperationsSuspended::new));
    gens.put(LifecycleEvent.OperationsResumed.class, decisions.zip(days, LifecycleEvent.OperationsResumed::new));
    gens.put(
        LifecycleEvent.DissolutionDecided.class, reasons.zip(decisions, days, LifecycleEvent.DissolutionDecided::new));
    gens.put(LifecycleEvent.DissolutionTriggered.class, days.map(LifecycleEvent.DissolutionTriggered::new));
    gens.put(LifecycleEvent.AllianceDissolved.class, days.map(LifecycleEvent.AllianceDissolved::new));
    gens.put(
        LifecycleEvent.ObjectiveMeasured.class,
        Gens.names().zip(Gens.nonNegativeDecimals(), days, LifecycleEvent.ObjectiveMeasured::new));
    gens.put(LifecycleEvent.MissionCompleted.class, days.map(LifecycleEvent.MissionCompleted::new));
    gens.put(LifecycleEvent.MandateExpired.class, days.map(LifecycleEvent.MandateExpired::new));
    gens.put(
        LifecycleEvent.CrisisDeclared.class,
        Gens.names().map(n -> "threat to the " + n + " region").zip(decisions, days, LifecycleEvent.CrisisDeclared::new));
    gens.put(LifecycleEvent.CrisisEnded.class, decisions.zip(days, LifecycleEvent.CrisisEnded::new));
    gens.put(
        MembershipEvent.MemberInvited.class,
        PartnerGenerators.partners().zip(Generate.enumValues(Role.class), Gens.weights(), days, MembershipEvent.MemberInvited::new));
    gens.put(MembershipEvent.AccessionBegun.class, partners.zip(days, MembershipEvent.AccessionBegun::new));
    gens.put(MembershipEvent.MemberAdmitted.class, partners.zip(decisions, days, MembershipEvent.MemberAdmitted::new));
    gens.put(MembershipEvent.CandidacyWithdrawn.class, partners.zip(days, MembershipEvent.CandidacyWithdrawn::new));
    gens.put(
        MembershipEvent.MemberSuspended.class,
        partners.zip(reasons, decisions, days, MembershipEvent.MemberSuspended::new));
    gens.put(MembershipEvent.MemberReinstated.class, partners.zip(decisions, days, MembershipEvent.MemberReinstated::new));
    gens.put(
        MembershipEvent.WithdrawalNoticeGiven.class,
        partners.zip(
            days,
            integers().between(0, 3650),
            (partner, on, notice) -> new MembershipEvent.WithdrawalNoticeGiven(partner, on.plusDays(notice), on)));
    gens.put(
        MembershipEvent.WithdrawalExtended.class,
        partners.zip(
            days,
            integers().between(1, 3650),
            decisions,
            (partner, on, later, decision) -> new MembershipEvent.WithdrawalExtended(partner, on.plusDays(later), decision, on)));
    gens.put(MembershipEvent.WithdrawalTookEffect.class, partners.zip(days, MembershipEvent.WithdrawalTookEffect::new));
    gens.put(
        MembershipEvent.MemberExpelled.class,
        partners.zip(reasons, decisions, days, MembershipEvent.MemberExpelled::new));
    Gen<ProposalId> proposals = ProposalGenerators.proposalIds();
    gens.put(
        ProposalEvent.ProposalDrafted.class,
        proposals.zip(
            Gens.names(),
            GovernanceGenerators.issueAreas(),
            ProposalGenerators.motions(agreements),
            (id, title, area, motion) -> new ProposalEvent.ProposalDrafted(id, title, area, motion, DAY)));
    gens.put(
        ProposalEvent.VoteOpened.class,
        proposals.zip(
            GovernanceGenerators.procedures(NAMED),
            signatories().map(List::copyOf),
            integers().between(-1, 60),
            (id, procedure, electorate, deadline) ->
                new ProposalEvent.VoteOpened(
                    id, procedure, electorate, deadline % 2 == 0, deadline < 0 ? Optional.empty() : Optional.of(DAY.plusDays(deadline)), DAY)));
    gens.put(
        ProposalEvent.BallotCast.class,
        proposals.zip(
            partners, Generate.pick(List.of(Vote.YES, Vote.NO, Vote.ABSTAIN)), days, ProposalEvent.BallotCast::new));
    gens.put(ProposalEvent.VoteClosed.class, proposals.zip(days, ProposalEvent.VoteClosed::new));
    gens.put(
        ProposalEvent.ProposalAdopted.class, proposals.zip(ProposalGenerators.adoptedVerdicts(), days, ProposalEvent.ProposalAdopted::new));
    gens.put(
        ProposalEvent.ProposalRejected.class,
        proposals.zip(ProposalGenerators.rejectedVerdicts(), days, ProposalEvent.ProposalRejected::new));
    gens.put(
        ProposalEvent.ProposalExpired.class,
        proposals.zip(ProposalGenerators.quorumlessOutcomes(), days, ProposalEvent.ProposalExpired::new));
    gens.put(ProposalEvent.ProposalWithdrawn.class, proposals.zip(reasons, days, ProposalEvent.ProposalWithdrawn::new));
    Gen<CommitmentId> commitments = integers().between(1, 999).map(n -> CommitmentId.of("C" + n));
    Gen<Valuation> amounts = ContributionGenerators.positiveValuations();
    gens.put(
        ContributionEvent.CommitmentMade.class,
        commitments.zip(
            partners,
            Generate.enumValues(ContributionKind.class),
            amounts,
            days.zip(integers().between(0, 730), (on, ahead) -> new LocalDate[] {on, on.plusDays(ahead)}),
            (id, partner, kind, amount, when) ->
                new ContributionEvent.CommitmentMade(id, partner, kind, kind.name().toLowerCase(java.util.Locale.ROOT) + " pledge", amount, when[1], when[0])));
    gens.put(ContributionEvent.ContributionDelivered.class, commitments.zip(partners, amounts, days, ContributionEvent.ContributionDelivered::new));
    gens.put(
        ContributionEvent.CommitmentMissed.class,
        commitments.zip(
            partners,
            amounts,
            days.zip(integers().between(1, 730), (on, late) -> new LocalDate[] {on, on.minusDays(late)}),
            (id, partner, shortfall, when) -> new ContributionEvent.CommitmentMissed(id, partner, when[1], shortfall, when[0])));
    gens.put(
        ContributionEvent.CommitmentFulfilled.class,
        commitments.zip(
            partners,
            days,
            integers().between(-730, 730),
            (id, partner, on, offset) -> new ContributionEvent.CommitmentFulfilled(id, partner, on.plusDays(offset), offset < 0, on)));
    gens.putAll(RelationsGenerators.generatorsByType());
    return gens;
  }

  /** @return events of every permitted type, each type equally likely */
  public static Gen<AllianceEvent> events() {
    List<Gen<AllianceEvent>> all = new ArrayList<>();
    generatorsByType().values().forEach(gen -> all.add(widen(gen)));
    return Generate.pick(all).flatMap(gen -> gen).describedAs(AllianceEvent::toString);
  }

  /**
   * @param alliance the stream's alliance
   * @return streams of 1 to 30 random events, numbered from 1 without gaps, recording instants
   *     never going backwards
   */
  public static Gen<List<RecordedEvent>> recordedStreams(AllianceId alliance) {
    return lists()
        .of(events())
        .ofSizeBetween(1, 30)
        .zip(
            lists().of(integers().between(0, 3600)).ofSize(30),
            (events, gaps) -> {
              List<RecordedEvent> stream = new ArrayList<>();
              Instant at = Instant.parse("2020-01-01T00:00:00Z");
              for (int i = 0; i < events.size(); i++) {
                at = at.plusSeconds(gaps.get(i));
                stream.add(new RecordedEvent(alliance, i + 1, at, events.get(i)));
              }
              return stream;
            });
  }

  /** @return references to adopted decisions */
  public static Gen<DecisionReference> decisionReferences() {
    return Gens.names().zip(integers().between(1, 9999), (name, n) -> DecisionReference.of(name + " Decision " + n));
  }

  private static Gen<Set<PartnerId>> signatories() {
    return lists().of(PartnerGenerators.partnerIds()).ofSizeBetween(0, 6).map(ids -> new LinkedHashSet<>(ids));
  }

  private static Gen<AllianceEvent> widen(Gen<? extends AllianceEvent> gen) {
    return gen.map(event -> (AllianceEvent) event);
  }
}
