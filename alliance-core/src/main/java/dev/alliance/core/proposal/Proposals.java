package dev.alliance.core.proposal;

import dev.alliance.api.InvalidValueException;
import dev.alliance.api.alliance.Member;
import dev.alliance.api.command.Rejection;
import dev.alliance.api.event.AllianceEvent;
import dev.alliance.api.event.ProposalEvent;
import dev.alliance.api.governance.Body;
import dev.alliance.api.governance.CrisisDelegation;
import dev.alliance.api.governance.DecisionProcedure;
import dev.alliance.api.governance.DecisionReference;
import dev.alliance.api.governance.DecisionRule;
import dev.alliance.api.governance.IssueArea;
import dev.alliance.api.lifecycle.ProposalState;
import dev.alliance.api.proposal.Motion;
import dev.alliance.api.proposal.ProposalId;
import dev.alliance.api.proposal.Verdict;
import dev.alliance.core.governance.Voter;
import io.vavr.collection.HashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Every proposal of one alliance's stream, as the fold of its proposal events: the proposals
 * projection. It answers where each proposal stands, admits members who gain the right to vote
 * into the votes in progress, and judges whether an adopted proposal authorises a governed act
 * ({@link #authorise}), which is what {@code DecisionGate.requireAdoptedProposal()} asks.
 *
 * <p>Immutable: every change returns a new projection sharing the unchanged proposals.
 *
 * <pre>{@code
 * Proposals proposals = state.proposals();
 * proposals.get(ProposalId.of("admit-swe")).map(Proposal::state);   // Optional[ADOPTED]
 * proposals.authorise(reference, IssueArea.MEMBERSHIP, unanimity, admitted, state); // Optional.empty()
 * }</pre>
 */
public final class Proposals {
  private static final Proposals NONE = new Proposals(HashMap.empty(), Vector.empty(), LinkedHashSet.empty());

  private final Map<ProposalId, Proposal> byId;
  private final Vector<ProposalId> order;
  private final Set<ProposalId> open;

  private Proposals(Map<ProposalId, Proposal> byId, Vector<ProposalId> order, Set<ProposalId> open) {
    this.byId = byId;
    this.order = order;
    this.open = open;
  }

  /** @return no proposal */
  public static Proposals none() {
    return NONE;
  }

  /**
   * @param id a proposal's identity
   * @return the proposal; empty when it was never drafted
   */
  public Optional<Proposal> get(ProposalId id) {
    return byId.get(Objects.requireNonNull(id, "id")).toJavaOptional();
  }

  /**
   * @param id a proposal's identity
   * @return where it stands; empty when it was never drafted
   */
  public Optional<ProposalState> state(ProposalId id) {
    return get(id).map(Proposal::state);
  }

  /** @return every proposal, in the order they were drafted */
  public List<Proposal> all() {
    List<Proposal> all = new ArrayList<>(order.size());
    order.forEach(id -> all.add(byId.get(id).get()));
    return all;
  }

  /** @return true when some proposal's vote is open */
  public boolean hasOpenVotes() {
    return !open.isEmpty();
  }

  /** @return the proposals whose vote is open, in the order they opened */
  public List<Proposal> open() {
    List<Proposal> list = new ArrayList<>(open.size());
    open.forEach(id -> list.add(byId.get(id).get()));
    return list;
  }

  /**
   * Applies the next proposal event of the stream.
   *
   * @param event the event
   * @param before the alliance as it stood before the event
   * @return the projection after it
   * @throws IllegalStateException when the proposal table does not allow the event: a corrupt stream
   */
  public Proposals apply(ProposalEvent event, Polity before) {
    ProposalId id = event.proposal();
    Optional<Proposal> current = get(id);
    ProposalState next =
        ProposalTables.proposal()
            .target(current.map(Proposal::state), event.getClass())
            .orElseThrow(() -> corrupt(event, "proposal " + id + " is " + current.map(p -> p.state().name()).orElse("unknown")));
    Proposal changed;
    try {
      changed = changed(current, next, event, before);
    } catch (InvalidValueException invalid) {
      throw corrupt(event, invalid.getMessage());
    }
    Vector<ProposalId> ids = current.isPresent() ? order : order.append(id);
    Set<ProposalId> opened = next == ProposalState.OPEN ? open.add(id) : open.remove(id);
    return new Proposals(byId.put(id, changed), ids, opened);
  }

  private static Proposal changed(Optional<Proposal> current, ProposalState next, ProposalEvent event, Polity before) {
    if (event instanceof ProposalEvent.ProposalDrafted e) {
      return Proposal.drafted(e.proposal(), e.title(), e.area(), e.motion(), e.on());
    }
    Proposal proposal = current.orElseThrow();
    if (event instanceof ProposalEvent.VoteOpened e) {
      Optional<Body> body = ProposalTables.crisisBody(before, e.crisis());
      List<Voter> voters = ProposalTables.voters(before, e.electorate());
      if (e.crisis() && body.isEmpty() || voters.size() != e.electorate().size()) {
        throw corrupt(event, "the electorate or the crisis body is not the alliance's");
      }
      return proposal.opened(next, Proposal.Poll.open(e.procedure(), body, e.deadline(), e.on(), voters));
    }
    if (event instanceof ProposalEvent.BallotCast e) {
      return proposal.withPoll(proposal.poll().orElseThrow().withBallot(e.voter(), e.vote()));
    }
    if (event instanceof ProposalEvent.VoteClosed e) {
      return proposal.withPoll(proposal.poll().orElseThrow().closed(e.on()));
    }
    if (event instanceof ProposalEvent.ProposalAdopted e) {
      return proposal.ended(next, e.verdict(), e.on());
    }
    if (event instanceof ProposalEvent.ProposalRejected e) {
      return proposal.ended(next, e.verdict(), e.on());
    }
    if (event instanceof ProposalEvent.ProposalExpired e) {
      return proposal.ended(next, new Verdict.AtClose(e.outcome()), e.on());
    }
    ProposalEvent.ProposalWithdrawn e = (ProposalEvent.ProposalWithdrawn) event;
    return proposal.withdrawn(next, e.reason(), e.on());
  }

  /**
   * Admits into every vote in progress the members who have gained the right to vote (and, for a
   * crisis vote, sit on the crisis body) since it opened, after the ballots already cast. A member
   * whose weight the vote's procedure cannot determine (it lacks a measure the rule weighs by) is
   * left out. Members who lose the right to vote stay in the electorate: their ballots, cast or
   * missing, still count, but they cannot vote until they regain it.
   *
   * <p>Admitting a voter never decides a vote: with the newcomer's yes the best case for adoption
   * is no worse than before, and the worst case can only get worse (see {@code
   * docs/governance.md}).
   *
   * @param after the alliance after a change of membership
   * @return the projection with the grown electorates
   */
  public Proposals admitVoters(Polity after) {
    if (open.isEmpty()) {
      return this;
    }
    Map<ProposalId, Proposal> changed = byId;
    for (ProposalId id : open) {
      Proposal proposal = byId.get(id).get();
      Proposal.Poll poll = proposal.poll().orElseThrow();
      List<Voter> joining = new ArrayList<>();
      for (Member member : after.members()) {
        if (poll.electorate().indexOf(member.id()).isEmpty()
            && Entitlement.whyNot(after, member.id(), poll.crisisBody()).isEmpty()
            && Entitlement.uncountable(poll.procedure(), List.of(Voter.of(member))).isEmpty()) {
          joining.add(Voter.of(member));
        }
      }
      if (!joining.isEmpty()) {
        changed = changed.put(id, proposal.withPoll(poll.withVoters(joining)));
      }
    }
    return changed == byId ? this : new Proposals(changed, order, open);
  }

  /**
   * Records that an act cited a decision: an adopted proposal authorises one act, so the gate
   * refuses to let it authorise a second. A reference to anything else changes nothing.
   *
   * @param reference the decision the act cited
   * @param on the day of the act
   * @return the projection after the act
   */
  public Proposals carriedOut(DecisionReference reference, LocalDate on) {
    if (byId.isEmpty()) {
      return this;
    }
    ProposalId id = ProposalId.of(reference);
    Optional<Proposal> adopted =
        get(id).filter(p -> p.state() == ProposalState.ADOPTED && p.carriedOutOn().isEmpty());
    return adopted.isPresent() ? new Proposals(byId.put(id, adopted.get().carriedOut(on)), order, open) : this;
  }

  /**
   * Judges whether the decision an act cites authorises it: the rules of {@link
   * ProposalTables#gateRules()}, in order.
   *
   * @param reference the decision the command names
   * @param area the issue area the lifecycle assigns to the act
   * @param inForce the procedure the governance in force prescribes for that area
   * @param act the event the act would record
   * @param polity the alliance as it stands
   * @return the rejection naming the broken rule; empty when the act is authorised
   */
  public Optional<Rejection> authorise(
      DecisionReference reference, IssueArea area, DecisionProcedure inForce, AllianceEvent act, Polity polity) {
    Optional<Proposal> found = get(ProposalId.of(reference));
    if (found.isEmpty()) {
      return Optional.of(ProposalTables.PROPOSAL_UNKNOWN.reject("the decision " + reference + " names no proposal of " + polity.name()));
    }
    Proposal proposal = found.get();
    if (proposal.state() != ProposalState.ADOPTED) {
      return Optional.of(ProposalTables.NOT_ADOPTED.reject("proposal " + proposal.summary()));
    }
    Optional<Motion> needed = Motions.forAct(act);
    if (needed.isEmpty() || !needed.get().equals(proposal.motion())) {
      return Optional.of(
          ProposalTables.OTHER_ACT.reject(
              "proposal " + proposal.id() + " authorises: " + proposal.motion().describe() + "; the act would "
                  + needed.map(Motion::describe).orElse("record " + act.getClass().getSimpleName())));
    }
    if (!proposal.area().equals(area)) {
      return Optional.of(
          ProposalTables.WRONG_AREA.reject(
              "proposal " + proposal.id() + " was decided as a " + proposal.area() + " decision; to " + needed.get().describe()
                  + " is a " + area + " decision"));
    }
    DecisionProcedure decidedBy = proposal.procedure().orElseThrow();
    if (proposal.isCrisisVote()) {
      Optional<String> lapsed = lapsed(proposal, decidedBy, area, polity);
      if (lapsed.isPresent()) {
        return Optional.of(ProposalTables.CRISIS_AUTHORITY_LAPSED.reject(lapsed.get()));
      }
    } else if (!decidedBy.equals(inForce)) {
      return Optional.of(
          ProposalTables.PROCEDURE_NOT_IN_FORCE.reject(
              "proposal " + proposal.id() + " was adopted by " + ruleName(decidedBy.rule()) + ", the " + area
                  + " procedure when its vote opened on " + proposal.openedOn().orElseThrow() + "; the procedure in force is "
                  + ruleName(inForce.rule()) + (ruleName(inForce.rule()).equals(ruleName(decidedBy.rule())) ? " with other terms" : "")));
    }
    if (proposal.carriedOutOn().isPresent()) {
      return Optional.of(
          ProposalTables.ALREADY_CARRIED_OUT.reject(
              "proposal " + proposal.id() + " authorised one act, carried out on " + proposal.carriedOutOn().get()));
    }
    return Optional.empty();
  }

  private static Optional<String> lapsed(Proposal proposal, DecisionProcedure decidedBy, IssueArea area, Polity polity) {
    Body body = proposal.crisisBody().orElseThrow();
    if (!polity.isInCrisis()) {
      return Optional.of("proposal " + proposal.id() + " was adopted by the " + body.name() + " in a crisis that has ended");
    }
    Optional<CrisisDelegation> delegation = polity.governance().crisisDelegation();
    if (delegation.isEmpty()
        || !delegation.get().body().equals(body)
        || !delegation.get().covers(area)
        || !delegation.get().procedure().equals(decidedBy)) {
      return Optional.of(
          "proposal " + proposal.id() + " was adopted by the " + body.name() + " under a crisis delegation that no longer gives it"
              + " authority over " + area + " by the same procedure");
    }
    return Optional.empty();
  }

  /**
   * Names a decision rule in words: {@code LeadPartner} reads "lead partner".
   *
   * @param rule the rule
   * @return its name in lower-case words
   */
  public static String ruleName(DecisionRule rule) {
    return rule.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }

  private static IllegalStateException corrupt(ProposalEvent event, String why) {
    return new IllegalStateException(
        "the proposal table does not allow " + event.getClass().getSimpleName() + " here (" + why + "): the stream is corrupt");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Proposals that && order.equals(that.order) && byId.equals(that.byId) && open.equals(that.open);
  }

  @Override
  public int hashCode() {
    return Objects.hash(order, byId);
  }

  @Override
  public String toString() {
    return "Proposals" + all().stream().map(p -> p.id() + "/" + p.state()).toList();
  }
}
