package dev.alliance.core.governance;

import dev.alliance.api.governance.AbstentionPolicy;
import dev.alliance.api.governance.Base;
import dev.alliance.api.governance.Condition;
import dev.alliance.api.governance.DecisionRule;
import dev.alliance.api.governance.Threshold;
import dev.alliance.api.governance.TiePolicy;
import dev.alliance.api.governance.VetoAbstention;
import dev.alliance.api.governance.Vote;
import dev.alliance.api.partner.PartnerId;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A decision rule compiled against one electorate. {@link #holds(Count)} is the decision, read
 * from the count without allocating; {@link #explain(Count)} reports the same decision (it calls
 * {@code holds}) together with the figures it rests on.
 */
abstract class Node {
  private static final Vote[] VOTES = Vote.values();

  abstract boolean holds(Count count);

  abstract Condition explain(Count count);

  static Vote vote(byte code) {
    return VOTES[code];
  }

  /** Consensus: nobody objects; under {@link AbstentionPolicy#COUNTED_AS_NO} an abstention objects. */
  static final class Consensus extends Node {
    private final PartnerId[] ids;
    private final AbstentionPolicy abstention;

    Consensus(PartnerId[] ids, AbstentionPolicy abstention) {
      this.ids = ids;
      this.abstention = abstention;
    }

    private boolean objects(byte ballot) {
      return ballot == Count.NO || (ballot == Count.ABSTAIN && abstention == AbstentionPolicy.COUNTED_AS_NO);
    }

    @Override
    boolean holds(Count count) {
      return count.votes[Count.NO] == 0 && (abstention == AbstentionPolicy.NOT_COUNTED || count.votes[Count.ABSTAIN] == 0);
    }

    @Override
    Condition explain(Count count) {
      List<PartnerId> objectors = new ArrayList<>();
      for (int i = 0; i < ids.length; i++) {
        if (objects(count.vote(i))) {
          objectors.add(ids[i]);
        }
      }
      return new Condition.NoObjection(objectors, abstention, holds(count));
    }
  }

  /** Unanimity: every voter votes yes. */
  static final class Unanimity extends Node {
    private final PartnerId[] ids;

    Unanimity(PartnerId[] ids) {
      this.ids = ids;
    }

    @Override
    boolean holds(Count count) {
      return count.votes[Count.YES] == count.members();
    }

    @Override
    Condition explain(Count count) {
      Map<PartnerId, Vote> notYes = new LinkedHashMap<>();
      for (int i = 0; i < ids.length; i++) {
        byte ballot = count.vote(i);
        if (ballot != Count.YES) {
          notYes.put(ids[i], vote(ballot));
        }
      }
      return new Condition.AllYes(count.votes[Count.YES], count.members(), notYes, holds(count));
    }
  }

  /**
   * A majority of votes (column null) or of weight: the support against a threshold of a base.
   * Under a share of exactly one half of the votes cast, support equal to opposition is a tie and
   * the tie policy decides it.
   */
  static final class Majority extends Node {
    private final Column column;
    private final Threshold threshold;
    private final Bar bar;
    private final Base base;
    private final AbstentionPolicy abstention;
    private final boolean tieable;
    private final TiePolicy tie;
    /** The chair's position for a casting vote; -1 when there is none or it is not a voter. */
    private final int chair;

    Majority(Column column, Threshold threshold, Bar bar, Base base, AbstentionPolicy abstention, TiePolicy tie, int chair) {
      this.column = column;
      this.threshold = threshold;
      this.bar = bar;
      this.base = base;
      this.abstention = abstention;
      this.tieable = base == Base.VOTES_CAST && bar.isHalf();
      this.tie = tie;
      this.chair = chair;
    }

    private boolean abstentionsCount() {
      return base == Base.MEMBERS_PRESENT || (base == Base.VOTES_CAST && abstention == AbstentionPolicy.COUNTED_AS_NO);
    }

    private long support(Count count) {
      return column == null ? count.votes[Count.YES] : count.sums[column.slot * 4 + Count.YES];
    }

    private long base(Count count) {
      if (column == null) {
        int[] v = count.votes;
        return base == Base.ALL_MEMBERS ? count.members() : v[Count.YES] + v[Count.NO] + (abstentionsCount() ? v[Count.ABSTAIN] : 0);
      }
      long[] s = count.sums;
      int at = column.slot * 4;
      return base == Base.ALL_MEMBERS ? column.total : s[at + Count.YES] + s[at + Count.NO] + (abstentionsCount() ? s[at + Count.ABSTAIN] : 0);
    }

    private BigInteger bigSupport(Count count) {
      return count.bigSums[column.slot * 4 + Count.YES];
    }

    private BigInteger bigBase(Count count) {
      if (base == Base.ALL_MEMBERS) {
        return column.bigTotal;
      }
      BigInteger[] s = count.bigSums;
      int at = column.slot * 4;
      BigInteger cast = s[at + Count.YES].add(s[at + Count.NO]);
      return abstentionsCount() ? cast.add(s[at + Count.ABSTAIN]) : cast;
    }

    private boolean isTie(Count count) {
      if (!tieable) {
        return false;
      }
      if (column != null && column.isBig()) {
        BigInteger support = bigSupport(count);
        BigInteger base = bigBase(count);
        return base.signum() > 0 && support.equals(base.subtract(support));
      }
      long support = support(count);
      long base = base(count);
      return base > 0 && support == base - support;
    }

    private Optional<Vote> chairVote(Count count) {
      return chair < 0 ? Optional.empty() : Optional.of(vote(count.vote(chair)));
    }

    private boolean tieAdopts(Count count) {
      if (tie instanceof TiePolicy.CastingVote) {
        return chair >= 0 && count.vote(chair) == Count.YES;
      }
      return tie == TiePolicy.Fixed.ADOPTED;
    }

    @Override
    boolean holds(Count count) {
      if (isTie(count)) {
        return tieAdopts(count);
      }
      if (column != null && column.isBig()) {
        return bar.met(bigSupport(count), bigBase(count));
      }
      return bar.met(support(count), base(count));
    }

    @Override
    Condition explain(Count count) {
      BigDecimal support;
      BigDecimal total;
      if (column == null) {
        support = BigDecimal.valueOf(support(count));
        total = BigDecimal.valueOf(base(count));
      } else if (column.isBig()) {
        support = column.amount(bigSupport(count));
        total = column.amount(bigBase(count));
      } else {
        support = column.amount(support(count));
        total = column.amount(base(count));
      }
      Optional<Condition.TieBreak> tieBreak =
          isTie(count) ? Optional.of(new Condition.TieBreak(tie, chairVote(count), tieAdopts(count))) : Optional.empty();
      String counted = column == null ? "votes" : column.label;
      return new Condition.Support(counted, base, abstention, support, total, threshold, tieBreak, holds(count));
    }
  }

  /**
   * Named players whose no blocks; under {@link VetoAbstention#ABSTENTION_BLOCKS} so do their
   * abstention and absence. A veto player outside the electorate cannot vote: it never votes no,
   * and under {@code ABSTENTION_BLOCKS} its absence blocks.
   */
  static final class Veto extends Node {
    private final int[] positions;
    private final List<PartnerId> players;
    private final List<PartnerId> outsiders;
    private final PartnerId[] ids;
    private final VetoAbstention abstention;

    Veto(int[] positions, List<PartnerId> players, List<PartnerId> outsiders, PartnerId[] ids, VetoAbstention abstention) {
      this.positions = positions;
      this.players = players;
      this.outsiders = outsiders;
      this.ids = ids;
      this.abstention = abstention;
    }

    private boolean blocks(byte ballot) {
      return ballot == Count.NO || (abstention == VetoAbstention.ABSTENTION_BLOCKS && ballot != Count.YES);
    }

    @Override
    boolean holds(Count count) {
      if (abstention == VetoAbstention.ABSTENTION_BLOCKS && !outsiders.isEmpty()) {
        return false;
      }
      for (int position : positions) {
        if (blocks(count.vote(position))) {
          return false;
        }
      }
      return true;
    }

    @Override
    Condition explain(Count count) {
      Map<PartnerId, Vote> blockers = new LinkedHashMap<>();
      for (int position : positions) {
        byte ballot = count.vote(position);
        if (blocks(ballot)) {
          blockers.put(ids[position], vote(ballot));
        }
      }
      if (abstention == VetoAbstention.ABSTENTION_BLOCKS) {
        outsiders.forEach(outsider -> blockers.put(outsider, Vote.ABSENT));
      }
      return new Condition.NoVeto(players, abstention, blockers, holds(count));
    }
  }

  /** Adopted unless at least {@code minimum} voters withhold their support. */
  static final class BlockingMinority extends Node {
    private final int minimum;

    BlockingMinority(int minimum) {
      this.minimum = minimum;
    }

    @Override
    boolean holds(Count count) {
      return count.members() - count.votes[Count.YES] < minimum;
    }

    @Override
    Condition explain(Count count) {
      return new Condition.NoBlockingMinority(count.members() - count.votes[Count.YES], minimum, holds(count));
    }
  }

  /** The lead partner votes yes; a lead outside the electorate never does. */
  static final class Lead extends Node {
    private final PartnerId lead;
    private final int position;

    Lead(PartnerId lead, int position) {
      this.lead = lead;
      this.position = position;
    }

    @Override
    boolean holds(Count count) {
      return position >= 0 && count.vote(position) == Count.YES;
    }

    @Override
    Condition explain(Count count) {
      Vote ballot = position < 0 ? Vote.ABSENT : vote(count.vote(position));
      return new Condition.LeadYes(lead, ballot, holds(count));
    }
  }

  /**
   * {@link DecisionRule.AllOf} ({@code all} true) or {@link DecisionRule.AnyOf}: every part holds,
   * or some part does. Deciding stops at the first part that settles it; explaining explains them
   * all.
   */
  static final class Composite extends Node {
    private final Node[] parts;
    private final boolean all;

    Composite(Node[] parts, boolean all) {
      this.parts = parts;
      this.all = all;
    }

    @Override
    boolean holds(Count count) {
      for (Node part : parts) {
        if (part.holds(count) != all) {
          return !all;
        }
      }
      return all;
    }

    @Override
    Condition explain(Count count) {
      List<Condition> explained = new ArrayList<>();
      for (Node part : parts) {
        explained.add(part.explain(count));
      }
      return all ? new Condition.All(explained, holds(count)) : new Condition.Any(explained, holds(count));
    }
  }

  /** A double majority, decided by its composition and explained under its own name. */
  static final class DoubleMajority extends Node {
    private final DecisionRule.DoubleMajority rule;
    private final Node composition;

    DoubleMajority(DecisionRule.DoubleMajority rule, Node composition) {
      this.rule = rule;
      this.composition = composition;
    }

    @Override
    boolean holds(Count count) {
      return composition.holds(count);
    }

    @Override
    Condition explain(Count count) {
      return new Condition.DoubleMajorityCheck(rule, composition.explain(count), holds(count));
    }
  }
}
