package dev.alliance.core.proposal;

import dev.alliance.api.proposal.ProposalId;
import dev.alliance.api.proposal.Verdict;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the proposal table's guards see when they judge an event about one proposal: the alliance
 * (its members, governance and crisis), every proposal as it stands before the event, which
 * proposal the event concerns, and the day of the act.
 */
public final class ProposalSituation {
  private final Polity polity;
  private final Proposals proposals;
  private final ProposalId proposal;
  private final LocalDate day;
  private Optional<Verdict> verdict;

  private ProposalSituation(Polity polity, Proposals proposals, ProposalId proposal, LocalDate day) {
    this.polity = Objects.requireNonNull(polity, "polity");
    this.proposals = Objects.requireNonNull(proposals, "proposals");
    this.proposal = Objects.requireNonNull(proposal, "proposal");
    this.day = Objects.requireNonNull(day, "day");
  }

  /**
   * @param polity the alliance before the event
   * @param proposals its proposals before the event
   * @param proposal the proposal the event concerns
   * @param day the day of the act
   * @return the situation
   */
  public static ProposalSituation of(Polity polity, Proposals proposals, ProposalId proposal, LocalDate day) {
    return new ProposalSituation(polity, proposals, proposal, day);
  }

  /** @return the alliance */
  public Polity polity() {
    return polity;
  }

  /** @return every proposal */
  public Proposals proposals() {
    return proposals;
  }

  /** @return the identity of the proposal concerned */
  public ProposalId proposalId() {
    return proposal;
  }

  /** @return the proposal concerned; empty before it is drafted */
  public Optional<Proposal> proposal() {
    return proposals.get(proposal);
  }

  /** @return the day of the act */
  public LocalDate day() {
    return day;
  }

  /**
   * What the proposal's ballots, or its closing, decide now; worked out once per situation, since
   * the three automatic rows that end a vote each ask.
   */
  Optional<Verdict> verdict() {
    if (verdict == null) {
      verdict = proposal().flatMap(Proposal::verdictNow);
    }
    return verdict;
  }
}
