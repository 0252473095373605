package dev.alliance.atop;

import dev.alliance.api.agreement.Obligation;
import dev.alliance.api.agreement.ObligationCondition;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What one member undertakes: for each obligation it holds, whether it is conditional and under
 * which conditions. Two members with equal profiles share their clauses; a treaty whose members'
 * profiles differ has asymmetric obligations.
 */
record MemberProfile(Map<Obligation, Terms> obligations) {

  /** The conditionality of one obligation. */
  record Terms(boolean conditional, Set<ObligationCondition> conditions) {
    Terms {
      conditions = conditions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(conditions));
    }

    Terms merge(Terms other) {
      Set<ObligationCondition> all = EnumSet.noneOf(ObligationCondition.class);
      all.addAll(conditions);
      all.addAll(other.conditions);
      return new Terms(conditional || other.conditional, all);
    }
  }

  MemberProfile {
    obligations = Map.copyOf(obligations);
  }

  static MemberProfile none() {
    return new MemberProfile(new EnumMap<>(Obligation.class));
  }

  /** Folds another phase's row into this profile: an obligation held in any phase is held. */
  MemberProfile merge(MemberProfile other) {
    Map<Obligation, Terms> merged = new EnumMap<>(Obligation.class);
    merged.putAll(obligations);
    other.obligations.forEach((obligation, terms) -> merged.merge(obligation, terms, Terms::merge));
    return new MemberProfile(merged);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (Obligation obligation : Obligation.values()) {
      Terms terms = obligations.get(obligation);
      if (terms == null) {
        continue;
      }
      text.append(text.length() == 0 ? "" : ", ").append(obligation.name().toLowerCase(Locale.ROOT));
      if (terms.conditional()) {
        text.append(" (conditional").append(terms.conditions().isEmpty() ? "" : " on " + EnumSet.copyOf(terms.conditions())).append(')');
      }
    }
    return text.length() == 0 ? "nothing" : text.toString();
  }
}
