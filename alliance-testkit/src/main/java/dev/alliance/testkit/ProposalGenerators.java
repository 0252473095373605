package dev.alliance.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.alliance.api.agreement.Agreement;
import dev.alliance.api.governance.BallotCount;
import dev.alliance.api.governance.Condition;
import dev.alliance.api.governance.Decision;
import dev.alliance.api.governance.Outcome;
import dev.alliance.api.governance.Standing;
import dev.alliance.api.governance.Threshold;
import dev.alliance.api.governance.Vote;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.proposal.Motion;
import dev.alliance.api.proposal.ProposalId;
import dev.alliance.api.proposal.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators for proposals as data: identities, motions, and the explained results a proposal's
 * events carry. The results are built at the api level from a unanimity vote whose figures are
 * worked out here, so they are valid values (every condition agrees with its figures) without the
 * tally engine; they are not meant to test the engine's semantics, which core's properties do.
 *
 * <pre>{@code
 * Outcome outcome = ProposalGenerators.unanimity(List.of(Vote.YES, Vote.NO, Vote.ABSENT), 2);
 * outcome.decision();   // REJECTED: P1 voted no
 * }</pre>
 */
public final class ProposalGenerators {
  private ProposalGenerators() {}

  /** @return proposal identities such as {@code Baltic resolution 17} */
  public static Gen<ProposalId> proposalIds() {
    return Gens.names().zip(integers().between(1, 999), (name, n) -> ProposalId.of(name + " resolution " + n));
  }

  /**
   * @param agreements the agreements an amendment may propose
   * @return motions of every kind, naming partners {@code P0 .. P9}
   */
  public static Gen<Motion> motions(Gen<Agreement> agreements) {
    Gen<PartnerId> partners = integers().between(0, 9).map(LifecycleFixtures::partnerId);
    List<Gen<Motion>> kinds = new ArrayList<>();
    kinds.add(partners.map(Motion.Admit::new));
    kinds.add(partners.map(Motion.SuspendMember::new));
    kinds.add(partners.map(Motion.ReinstateMember::new));
    kinds.add(partners.map(Motion.Expel::new));
    kinds.add(partners.zip(Gens.dates(), Motion.ExtendWithdrawal::new));
    kinds.add(agreements.map(Motion.Amend::new));
    kinds.add(Generate.constant(new Motion.SuspendOperations()));
    kinds.add(Generate.constant(new Motion.ResumeOperations()));
    kinds.add(Generate.constant(new Motion.Dissolve()));
    kinds.add(Gens.names().map(n -> new Motion.DeclareCrisis("threat to the " + n + " region")));
    kinds.add(Generate.constant(new Motion.EndCrisis()));
    kinds.add(Gens.names().map(n -> new Motion.Resolution("fund the " + n + " programme")));
    return integers().between(0, kinds.size() - 1).flatMap(kinds::get).describedAs(Motion::describe);
  }

  /**
   * The final tally of a unanimity vote of {@code P0 .. P<n-1>} with a quorum of a number of
   * members: adopted when the quorum is met and every member votes yes.
   *
   * @param votes one ballot per member, {@link Vote#ABSENT} for none
   * @param quorum the fewest members present
   * @return the explained outcome
   */
  public static Outcome unanimity(List<Vote> votes, long quorum) {
    int[] counts = new int[4];
    Map<PartnerId, Vote> notYes = new LinkedHashMap<>();
    for (int i = 0; i < votes.size(); i++) {
      counts[votes.get(i).ordinal()]++;
      if (votes.get(i) != Vote.YES) {
        notYes.put(LifecycleFixtures.partnerId(i), votes.get(i));
      }
    }
    BallotCount count = new BallotCount(counts[0], counts[1], counts[2], counts[3]);
    Condition.QuorumCheck quorumCheck =
        new Condition.QuorumCheck(count.present(), count.members(), Threshold.quota(quorum), quorum, count.present() >= quorum);
    Condition.AllYes rule = new Condition.AllYes(count.yes(), count.members(), notYes, notYes.isEmpty());
    Decision decision = quorumCheck.held() && rule.held() ? Decision.ADOPTED : Decision.REJECTED;
    return new Outcome(decision, count, quorumCheck, rule);
  }

  /**
   * Where a unanimity vote stands with some ballots missing ({@link Vote#ABSENT}): rejected once
   * anyone withholds a yes, adopted once everyone has voted yes with the quorum met, open otherwise.
   *
   * @param votes one ballot per member, {@link Vote#ABSENT} for a ballot still missing
   * @param quorum the fewest members present
   * @return the standing
   */
  public static Standing unanimityStanding(List<Vote> votes, long quorum) {
    Outcome ifAllYes = unanimity(completed(votes, Vote.YES), quorum);
    Outcome ifAllNo = unanimity(completed(votes, Vote.NO), quorum);
    Outcome ifAllAbsent = unanimity(votes, quorum);
    Decision decision =
        !ifAllYes.isAdopted()
            ? Decision.REJECTED
            : ifAllNo.rule().held() && ifAllAbsent.quorum().held() ? Decision.ADOPTED : Decision.OPEN;
    List<PartnerId> missing = new ArrayList<>();
    for (int i = 0; i < votes.size(); i++) {
      if (votes.get(i) == Vote.ABSENT) {
        missing.add(LifecycleFixtures.partnerId(i));
      }
    }
    return new Standing(decision, ifAllAbsent.count(), missing, ifAllYes, ifAllNo, ifAllAbsent);
  }

  /** @return adopted verdicts: a unanimous vote of one to six members, decided by its ballots or closed at its deadline */
  public static Gen<Verdict> adoptedVerdicts() {
    return integers()
        .between(1, 6)
        .zip(
            Generate.booleans(),
            (n, atClose) -> {
              List<Vote> votes = new ArrayList<>(java.util.Collections.nCopies(n, Vote.YES));
              return atClose ? (Verdict) new Verdict.AtClose(unanimity(votes, n)) : new Verdict.ByBallots(unanimityStanding(votes, n));
            });
  }

  /**
   * @return rejected verdicts: a unanimity vote in which someone withheld a yes, decided early by
   *     its ballots, or closed with its quorum met
   */
  public static Gen<Verdict> rejectedVerdicts() {
    return lists()
        .of(GovernanceGenerators.votes())
        .ofSizeBetween(0, 5)
        .zip(
            Generate.pick(List.of(Vote.NO, Vote.ABSTAIN)),
            Generate.booleans(),
            (others, objection, atClose) -> {
              List<Vote> votes = new ArrayList<>(others);
              votes.add(objection);
              long present = votes.stream().filter(Vote::isPresent).count();
              return atClose
                  ? (Verdict) new Verdict.AtClose(unanimity(votes, present))
                  : new Verdict.ByBallots(unanimityStanding(votes, 0));
            });
  }

  /** @return final tallies that missed their quorum: fewer members present than the quorum asks */
  public static Gen<Outcome> quorumlessOutcomes() {
    return GovernanceGenerators.ballots(4)
        .zip(
            integers().between(1, 4),
            (votes, more) -> unanimity(votes, votes.stream().filter(Vote::isPresent).count() + more));
  }

  private static List<Vote> completed(List<Vote> votes, Vote missing) {
    List<Vote> completed = new ArrayList<>();
    votes.forEach(vote -> completed.add(vote == Vote.ABSENT ? missing : vote));
    return completed;
  }
}
