package dev.alliance.api.governance;

import dev.alliance.api.Checks;
import dev.alliance.api.partner.PartnerId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One condition a tally checked, whether it held, and the figures it was decided on: the
 * explanation of an {@link Outcome}, as data. Conditions mirror the rule: a {@link
 * DecisionRule.AllOf} is explained by an {@link All} whose parts explain its parts, and so on down
 * to the leaves, each with its own figures.
 *
 * <p>{@link #describe()} renders one condition as a line of text, for example
 *
 * <pre>
 * support 62.3% of votes cast (5 of 8) &lt; 65% required
 * blocked by the no of a veto player: RUS, CHN
 * quorum: 4 of 9 members present &lt; 5 required
 * </pre>
 *
 * Each record checks at construction that its verdict agrees with its own figures wherever the
 * figures alone decide it, so an explanation cannot contradict itself.
 */
public sealed interface Condition
    permits Condition.QuorumCheck,
        Condition.NoObjection,
        Condition.AllYes,
        Condition.Support,
        Condition.NoVeto,
        Condition.NoBlockingMinority,
        Condition.LeadYes,
        Condition.All,
        Condition.Any,
        Condition.DoubleMajorityCheck {

  /** @return true when the condition held */
  boolean held();

  /** @return the condition and its figures as one line of text */
  String describe();

  /** @return the conditions this one is made of; empty for a leaf */
  default List<Condition> parts() {
    return List.of();
  }

  /**
   * The leaves that made this condition fail: for a failed leaf, itself; for a failed {@link All},
   * the failures of its failed parts; for a failed {@link Any}, the failures of every part.
   *
   * @return the failed leaves behind this condition; empty when it held
   */
  default List<Condition> failures() {
    if (held()) {
      return List.of();
    }
    if (parts().isEmpty()) {
      return List.of(this);
    }
    List<Condition> failures = new ArrayList<>();
    parts().forEach(part -> failures.addAll(part.failures()));
    return failures;
  }

  /**
   * Whether enough members took part (voted yes, no or abstained).
   *
   * @param present the members present
   * @param members the members entitled to vote
   * @param threshold the quorum, a share of {@code members} or a number of members
   * @param required the fewest members present that meet the threshold
   * @param held true when {@code present >= required}
   */
  record QuorumCheck(int present, int members, Threshold threshold, long required, boolean held) implements Condition {
    /** Validates the figures. */
    public QuorumCheck {
      Objects.requireNonNull(threshold, "threshold");
      Checks.nonNegative("QuorumCheck.present", present);
      Checks.check(present <= members, "QuorumCheck.present", present, "must not exceed members " + members);
      Checks.check(held == (present >= required), "QuorumCheck.held", held, "must be present >= required (" + present + " >= " + required + ")");
    }

    @Override
    public String describe() {
      if (required <= 0) {
        return "no quorum required (" + present + " of " + members + " members present)";
      }
      return "quorum: " + present + " of " + members + " members present " + (held ? ">=" : "<") + " " + required + " required";
    }
  }

  /**
   * Consensus: nobody objected.
   *
   * @param objectors the members who objected, in electorate order
   * @param abstention whether abstentions counted as objections ({@link
   *     AbstentionPolicy#COUNTED_AS_NO})
   * @param held true when nobody objected
   */
  record NoObjection(List<PartnerId> objectors, AbstentionPolicy abstention, boolean held) implements Condition {
    /** Validates the figures. */
    public NoObjection {
      objectors = List.copyOf(objectors);
      Objects.requireNonNull(abstention, "abstention");
      Checks.check(held == objectors.isEmpty(), "NoObjection.held", held, "must be true exactly when nobody objects");
    }

    @Override
    public String describe() {
      String policy = abstention == AbstentionPolicy.COUNTED_AS_NO ? " (abstentions count as objections)" : "";
      return held ? "consensus: nobody objects" + policy : "consensus broken: objection by " + Figures.names(objectors) + policy;
    }
  }

  /**
   * Unanimity: every member entitled to vote voted yes.
   *
   * @param yes the members who voted yes
   * @param members the members entitled to vote
   * @param notYes the others with their ballots, in electorate order
   * @param held true when every member voted yes
   */
  record AllYes(int yes, int members, Map<PartnerId, Vote> notYes, boolean held) implements Condition {
    /** Validates the figures. */
    public AllYes {
      notYes = Collections.unmodifiableMap(new LinkedHashMap<>(notYes));
      Checks.check(yes + notYes.size() == members, "AllYes.notYes", notYes.size(), "must be members - yes = " + (members - yes));
      Checks.check(held == notYes.isEmpty(), "AllYes.held", held, "must be true exactly when every member votes yes");
    }

    @Override
    public String describe() {
      return held
          ? "unanimity: all " + members + " vote yes"
          : "unanimity: " + yes + " of " + members + " vote yes; not yes: " + Figures.ballots(notYes);
    }
  }

  /**
   * A majority: the support (yes votes, or the weight of the yes votes) against a threshold of a
   * base, with the tie-break when the tie policy decided.
   *
   * @param counted what is counted: {@code "votes"} for one member one vote, otherwise the weight,
   *     such as {@code "population"}
   * @param base what a share is a share of
   * @param abstention how abstentions counted
   * @param support the votes or weight in favour
   * @param total the votes or weight of the base (for a quota, the base all the same, for display)
   * @param threshold the share of {@code total} or the quota required
   * @param tie how a tie was broken, when support exactly equalled opposition under a majority of
   *     half the votes cast
   * @param held true when the majority was reached
   */
  record Support(
      String counted,
      Base base,
      AbstentionPolicy abstention,
      BigDecimal support,
      BigDecimal total,
      Threshold threshold,
      Optional<TieBreak> tie,
      boolean held)
      implements Condition {
    /** Validates the figures. */
    public Support {
      Checks.notBlank("Support.counted", counted);
      Objects.requireNonNull(base, "base");
      Objects.requireNonNull(abstention, "abstention");
      Checks.nonNegative("Support.support", support);
      Checks.nonNegative("Support.total", total);
      Objects.requireNonNull(threshold, "threshold");
      Objects.requireNonNull(tie, "tie");
      Checks.check(tie.isEmpty() || tie.get().adopted() == held, "Support.held", held, "must follow the tie-break");
    }

    private boolean isVotes() {
      return counted.equals("votes");
    }

    private String baseText() {
      switch (base) {
        case VOTES_CAST:
          return abstention == AbstentionPolicy.COUNTED_AS_NO ? "votes cast, abstentions as no" : "votes cast";
        case MEMBERS_PRESENT:
          return "members present";
        default:
          return "all members";
      }
    }

    @Override
    public String describe() {
      String subject = isVotes() ? "support" : "support by " + counted;
      String figures = "(" + Figures.number(support) + " of " + Figures.number(total) + ")";
      if (tie.isPresent()) {
        return "tie on " + baseText() + " " + figures + ": " + tie.get().describe();
      }
      if (threshold instanceof Threshold.Quota quota) {
        String unit = isVotes() ? " votes" : " " + counted;
        return subject + " " + Figures.number(support) + unit + " " + (held ? ">=" : "<") + " " + Figures.number(quota.amount()) + " required";
      }
      Threshold.Share share = (Threshold.Share) threshold;
      if (total.signum() == 0) {
        return subject + ": no " + baseText() + " " + figures + (held ? ", nothing required" : ", and a share needs some support");
      }
      if (!held && support.signum() == 0 && share.numerator() > 0) {
        return subject + " 0% of " + baseText() + " " + figures + ": a share needs some support";
      }
      String percent = Figures.percent(support, total, share, held);
      String verdict =
          share.strict()
              ? (held ? " is more than " : " is not more than ") + Figures.fraction(share)
              : (held ? " >= " : " < ") + Figures.fraction(share) + " required";
      String of = isVotes() ? baseText() : "the " + counted + " of " + baseText();
      return subject + " " + percent + " of " + of + " " + figures + verdict;
    }
  }

  /**
   * How a tie was broken.
   *
   * @param policy the tie policy
   * @param chairVote the chair's ballot, under a casting vote; empty otherwise
   * @param adopted true when the tie-break adopted
   */
  record TieBreak(TiePolicy policy, Optional<Vote> chairVote, boolean adopted) {
    /** Validates the tie-break. */
    public TieBreak {
      Objects.requireNonNull(policy, "policy");
      Objects.requireNonNull(chairVote, "chairVote");
    }

    /** @return the tie-break in words */
    public String describe() {
      if (policy instanceof TiePolicy.CastingVote casting) {
        String ballot = chairVote.map(Vote::name).orElse("not entitled to vote");
        return "the casting vote of chair " + casting.chair() + " (" + ballot + ") " + (adopted ? "adopts" : "rejects");
      }
      return "the tie policy " + (adopted ? "adopts" : "rejects");
    }
  }

  /**
   * No veto player blocked.
   *
   * @param players the veto players, sorted
   * @param abstention whether a veto player's abstention (or absence) blocks
   * @param blockers the veto players who blocked, with their ballots
   * @param held true when nobody blocked
   */
  record NoVeto(List<PartnerId> players, VetoAbstention abstention, Map<PartnerId, Vote> blockers, boolean held)
      implements Condition {
    /** Validates the figures. */
    public NoVeto {
      players = List.copyOf(players);
      Objects.requireNonNull(abstention, "abstention");
      blockers = Collections.unmodifiableMap(new LinkedHashMap<>(blockers));
      Checks.check(held == blockers.isEmpty(), "NoVeto.held", held, "must be true exactly when no veto player blocks");
    }

    @Override
    public String describe() {
      if (held) {
        String policy =
            abstention == VetoAbstention.ABSTENTION_DOES_NOT_BLOCK ? "only a no blocks" : "abstaining or staying away blocks";
        return "no veto player blocks (" + Figures.names(players) + "; " + policy + ")";
      }
      boolean onlyNos = blockers.values().stream().allMatch(v -> v == Vote.NO);
      return onlyNos
          ? "blocked by the no of a veto player: " + Figures.names(new ArrayList<>(blockers.keySet()))
          : "blocked by veto players who did not vote yes: " + Figures.ballots(blockers);
    }
  }

  /**
   * No blocking minority formed: fewer than {@code minimum} members withheld their support (voted
   * no, abstained or stayed away).
   *
   * @param withholding the members who did not vote yes
   * @param minimum the fewest members a blocking minority needs
   * @param held true when {@code withholding < minimum}
   */
  record NoBlockingMinority(int withholding, int minimum, boolean held) implements Condition {
    /** Validates the figures. */
    public NoBlockingMinority {
      Checks.nonNegative("NoBlockingMinority.withholding", withholding);
      Checks.check(held == (withholding < minimum), "NoBlockingMinority.held", held, "must be withholding < minimum");
    }

    @Override
    public String describe() {
      return held
          ? (withholding == 1 ? "1 member withholds" : withholding + " members withhold") + " support, fewer than the " + minimum
              + " a blocking minority needs"
          : "a blocking minority: " + withholding + " members withhold support (" + minimum + " suffice)";
    }
  }

  /**
   * The lead partner voted yes.
   *
   * @param lead the lead partner
   * @param vote its ballot ({@link Vote#ABSENT} also when it is not entitled to vote)
   * @param held true when it voted yes
   */
  record LeadYes(PartnerId lead, Vote vote, boolean held) implements Condition {
    /** Validates the figures. */
    public LeadYes {
      Objects.requireNonNull(lead, "lead");
      Objects.requireNonNull(vote, "vote");
      Checks.check(held == (vote == Vote.YES), "LeadYes.held", held, "must be true exactly when the lead votes yes");
    }

    @Override
    public String describe() {
      return "lead partner " + lead + " votes " + vote;
    }
  }

  /**
   * Every part held.
   *
   * @param parts the parts' explanations
   * @param held true when every part held
   */
  record All(List<Condition> parts, boolean held) implements Condition {
    /** Validates the composition. */
    public All {
      parts = List.copyOf(parts);
      Checks.check(held == parts.stream().allMatch(Condition::held), "All.held", held, "must be true exactly when every part holds");
    }

    @Override
    public String describe() {
      long failed = parts.stream().filter(p -> !p.held()).count();
      return held ? "all of " + parts.size() + " hold:" : failed + " of " + parts.size() + " required conditions fail:";
    }
  }

  /**
   * At least one part held.
   *
   * @param parts the parts' explanations
   * @param held true when any part held
   */
  record Any(List<Condition> parts, boolean held) implements Condition {
    /** Validates the composition. */
    public Any {
      parts = List.copyOf(parts);
      Checks.check(held == parts.stream().anyMatch(Condition::held), "Any.held", held, "must be true exactly when some part holds");
    }

    @Override
    public String describe() {
      long met = parts.stream().filter(Condition::held).count();
      return held ? met + " of " + parts.size() + " alternatives hold:" : "none of " + parts.size() + " alternatives holds:";
    }
  }

  /**
   * A double majority, decided through {@link DecisionRule.DoubleMajority#toComposition()}.
   *
   * @param rule the shorthand
   * @param composition the explanation of its composition
   * @param held true when the composition held
   */
  record DoubleMajorityCheck(DecisionRule.DoubleMajority rule, Condition composition, boolean held) implements Condition {
    /** Validates the figures. */
    public DoubleMajorityCheck {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(composition, "composition");
      Checks.check(held == composition.held(), "DoubleMajorityCheck.held", held, "must follow its composition");
    }

    @Override
    public List<Condition> parts() {
      return List.of(composition);
    }

    @Override
    public String describe() {
      String blocking =
          rule.blockingMinority() == 0 ? "" : ", or fewer than " + rule.blockingMinority() + " members withholding support";
      return "double majority (" + Figures.threshold(rule.memberThreshold()) + " of members and " + Figures.threshold(rule.measureThreshold())
          + " of " + rule.measure() + blocking + ") " + (held ? "holds:" : "fails:");
    }
  }
}
