package dev.alliance.core.governance;

import dev.alliance.api.governance.AbstentionPolicy;
import dev.alliance.api.governance.Base;
import dev.alliance.api.governance.DecisionProcedure;
import dev.alliance.api.governance.DecisionRule;
import dev.alliance.api.governance.Threshold;
import dev.alliance.api.governance.TiePolicy;
import dev.alliance.api.governance.VetoAbstention;
import dev.alliance.api.governance.Vote;
import dev.alliance.api.governance.WeightSource;
import dev.alliance.api.partner.PartnerId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The semantics of docs/governance.md written out again, as plainly as possible and separately
 * from the engine: decimals instead of scaled integers, loops over the ballots instead of counts,
 * the double majority from its definition instead of its composition. The properties compare the
 * engine with it.
 */
final class ReferenceTally {
  private final DecisionProcedure procedure;
  private final Electorate electorate;
  private final List<Vote> ballots;

  ReferenceTally(DecisionProcedure procedure, Electorate electorate, List<Vote> ballots) {
    this.procedure = procedure;
    this.electorate = electorate;
    this.ballots = ballots;
  }

  static boolean adopts(DecisionProcedure procedure, Electorate electorate, List<Vote> ballots) {
    ReferenceTally reference = new ReferenceTally(procedure, electorate, ballots);
    return reference.quorumMet() && reference.holds(procedure.rule());
  }

  int count(Vote vote) {
    return (int) ballots.stream().filter(b -> b == vote).count();
  }

  int present() {
    return ballots.size() - count(Vote.ABSENT);
  }

  boolean quorumMet() {
    return meets(procedure.quorum().threshold(), BigDecimal.valueOf(present()), BigDecimal.valueOf(ballots.size()), false);
  }

  /** A threshold met by support of base; {@code positive}: a share above zero needs support above zero. */
  static boolean meets(Threshold threshold, BigDecimal support, BigDecimal base, boolean positive) {
    if (threshold instanceof Threshold.Quota quota) {
      return support.compareTo(quota.amount()) >= 0;
    }
    Threshold.Share share = (Threshold.Share) threshold;
    if (positive && share.numerator() > 0 && support.signum() == 0) {
      return false;
    }
    int comparison = support.multiply(BigDecimal.valueOf(share.denominator())).compareTo(base.multiply(BigDecimal.valueOf(share.numerator())));
    return share.strict() ? comparison > 0 : comparison >= 0;
  }

  List<BigDecimal> weights(WeightSource source) {
    List<BigDecimal> weights = new ArrayList<>();
    for (Voter voter : electorate.voters()) {
      if (source instanceof WeightSource.Explicit explicit) {
        weights.add(explicit.weights().getOrDefault(voter.id(), BigDecimal.ZERO));
      } else if (source instanceof WeightSource.OfMeasure measure) {
        weights.add(voter.measures().get(measure.measure()));
      } else if (source instanceof WeightSource.MemberWeights) {
        weights.add(voter.weight());
      } else {
        Map<PartnerId, BigDecimal> delivered = electorate.deliveredContributions(((WeightSource.Contributions) source).unit()).orElseThrow();
        weights.add(delivered.getOrDefault(voter.id(), BigDecimal.ZERO));
      }
    }
    return weights;
  }

  /** The weight of the voters who cast one of {@code votes}. */
  BigDecimal weightOf(List<BigDecimal> weights, Vote... votes) {
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < ballots.size(); i++) {
      for (Vote vote : votes) {
        if (ballots.get(i) == vote) {
          sum = sum.add(weights.get(i));
        }
      }
    }
    return sum;
  }

  /** The base of a majority: what a share is a share of. */
  BigDecimal base(List<BigDecimal> weights, Base base) {
    switch (base) {
      case VOTES_CAST:
        return procedure.abstention() == AbstentionPolicy.COUNTED_AS_NO
            ? weightOf(weights, Vote.YES, Vote.NO, Vote.ABSTAIN)
            : weightOf(weights, Vote.YES, Vote.NO);
      case MEMBERS_PRESENT:
        return weightOf(weights, Vote.YES, Vote.NO, Vote.ABSTAIN);
      default:
        return weightOf(weights, Vote.YES, Vote.NO, Vote.ABSTAIN, Vote.ABSENT);
    }
  }

  boolean isTie(List<BigDecimal> weights, Threshold threshold, Base base) {
    if (base != Base.VOTES_CAST || !(threshold instanceof Threshold.Share share) || share.numerator() * 2 != share.denominator()) {
      return false;
    }
    BigDecimal support = weightOf(weights, Vote.YES);
    BigDecimal total = base(weights, base);
    return total.signum() > 0 && support.multiply(BigDecimal.valueOf(2)).compareTo(total) == 0;
  }

  boolean tieAdopts() {
    TiePolicy tie = procedure.tie();
    if (tie instanceof TiePolicy.CastingVote casting) {
      int chair = electorate.indexOf(casting.chair()).orElse(-1);
      return chair >= 0 && ballots.get(chair) == Vote.YES;
    }
    return tie == TiePolicy.Fixed.ADOPTED;
  }

  boolean majority(List<BigDecimal> weights, Threshold threshold, Base base) {
    if (isTie(weights, threshold, base)) {
      return tieAdopts();
    }
    return meets(threshold, weightOf(weights, Vote.YES), base(weights, base), true);
  }

  List<BigDecimal> ones() {
    List<BigDecimal> ones = new ArrayList<>();
    ballots.forEach(b -> ones.add(BigDecimal.ONE));
    return ones;
  }

  boolean holds(DecisionRule rule) {
    if (rule instanceof DecisionRule.Consensus) {
      return count(Vote.NO) == 0 && (procedure.abstention() == AbstentionPolicy.NOT_COUNTED || count(Vote.ABSTAIN) == 0);
    }
    if (rule instanceof DecisionRule.Unanimity) {
      return count(Vote.YES) == ballots.size();
    }
    if (rule instanceof DecisionRule.Majority m) {
      return majority(ones(), m.threshold(), m.base());
    }
    if (rule instanceof DecisionRule.WeightedMajority w) {
      return majority(weights(w.weights()), w.threshold(), w.base());
    }
    if (rule instanceof DecisionRule.VetoPlayers veto) {
      for (PartnerId player : veto.players()) {
        int position = electorate.indexOf(player).orElse(-1);
        Vote vote = position < 0 ? Vote.ABSENT : ballots.get(position);
        boolean blocks = vote == Vote.NO || (veto.abstention() == VetoAbstention.ABSTENTION_BLOCKS && vote != Vote.YES);
        if (blocks) {
          return false;
        }
      }
      return true;
    }
    if (rule instanceof DecisionRule.DoubleMajority d) {
      boolean members = meets(d.memberThreshold(), BigDecimal.valueOf(count(Vote.YES)), BigDecimal.valueOf(ballots.size()), true);
      List<BigDecimal> measure = weights(WeightSource.ofMeasure(d.measure()));
      boolean weight =
          meets(d.measureThreshold(), weightOf(measure, Vote.YES), weightOf(measure, Vote.YES, Vote.NO, Vote.ABSTAIN, Vote.ABSENT), true);
      boolean notBlocked = d.blockingMinority() > 0 && ballots.size() - count(Vote.YES) < d.blockingMinority();
      return members && (weight || notBlocked);
    }
    if (rule instanceof DecisionRule.BlockingMinority b) {
      return ballots.size() - count(Vote.YES) < b.minimumMembers();
    }
    if (rule instanceof DecisionRule.LeadPartner lead) {
      int position = electorate.indexOf(lead.lead()).orElse(-1);
      return position >= 0 && ballots.get(position) == Vote.YES;
    }
    if (rule instanceof DecisionRule.AllOf all) {
      return all.rules().stream().allMatch(this::holds);
    }
    return ((DecisionRule.AnyOf) rule).rules().stream().anyMatch(this::holds);
  }
}
