package dev.alliance.core.power;

import dev.alliance.api.governance.DecisionRule;
import dev.alliance.api.governance.VetoAbstention;
import dev.alliance.api.governance.WeightSource;
import java.math.BigDecimal;
import java.util.List;

/**
 * Reads a decision rule the way its api documentation states it, for one yes/no vote: thresholds
 * through the api's own {@code Threshold.isMetBy} on exact decimals. It shares nothing with the
 * library's translation into integer quotas, so agreeing with it checks that translation.
 */
final class RuleOracle {
  private RuleOracle() {}

  static boolean wins(DecisionRule rule, List<Voter> voters, boolean[] yes) {
    int n = voters.size();
    int yesCount = 0;
    for (boolean b : yes) {
      yesCount += b ? 1 : 0;
    }
    if (rule instanceof DecisionRule.Consensus || rule instanceof DecisionRule.Unanimity) {
      return yesCount == n;
    }
    if (rule instanceof DecisionRule.Majority m) {
      return m.threshold().isMetBy(BigDecimal.valueOf(yesCount), BigDecimal.valueOf(n));
    }
    if (rule instanceof DecisionRule.WeightedMajority w) {
      BigDecimal support = BigDecimal.ZERO;
      BigDecimal all = BigDecimal.ZERO;
      for (int i = 0; i < n; i++) {
        BigDecimal weight = weight(w.weights(), voters.get(i));
        all = all.add(weight);
        if (yes[i]) {
          support = support.add(weight);
        }
      }
      return w.threshold().isMetBy(support, all);
    }
    if (rule instanceof DecisionRule.VetoPlayers v) {
      for (var id : v.players()) {
        int index = indexOf(voters, id);
        if (index < 0 ? v.abstention() == VetoAbstention.ABSTENTION_BLOCKS : !yes[index]) {
          return false;
        }
      }
      return true;
    }
    if (rule instanceof DecisionRule.DoubleMajority d) {
      return wins(d.toComposition(), voters, yes);
    }
    if (rule instanceof DecisionRule.BlockingMinority b) {
      return n - yesCount < b.minimumMembers();
    }
    if (rule instanceof DecisionRule.LeadPartner l) {
      int index = indexOf(voters, l.lead());
      return index >= 0 && yes[index];
    }
    if (rule instanceof DecisionRule.AllOf all) {
      return all.rules().stream().allMatch(r -> wins(r, voters, yes));
    }
    DecisionRule.AnyOf any = (DecisionRule.AnyOf) rule;
    return any.rules().stream().anyMatch(r -> wins(r, voters, yes));
  }

  private static BigDecimal weight(WeightSource source, Voter voter) {
    if (source instanceof WeightSource.Explicit e) {
      return e.weights().getOrDefault(voter.id(), BigDecimal.ZERO);
    }
    if (source instanceof WeightSource.OfMeasure m) {
      return voter.measures().get(m.measure());
    }
    if (source instanceof WeightSource.MemberWeights) {
      return voter.weight();
    }
    return voter.contributions().getOrDefault(((WeightSource.Contributions) source).unit(), BigDecimal.ZERO);
  }

  private static int indexOf(List<Voter> voters, dev.alliance.api.partner.PartnerId id) {
    for (int i = 0; i < voters.size(); i++) {
      if (voters.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }
}
