package dev.alliance.api.governance;

import dev.alliance.api.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The result of a final tally: adopted or rejected, the ballots it counted, and why, as data. A
 * proposal is adopted exactly when the quorum is met and the rule holds; the record checks that at
 * construction, so the verdict can never disagree with its explanation.
 *
 * <pre>{@code
 * Outcome outcome = tally.outcome(ballots);
 * outcome.decision();   // REJECTED
 * outcome.failures();   // [NoVeto[... blockers={RUS=NO, CHN=NO} ...]]
 * outcome.lines();      // ["REJECTED: yes 9, no 2, abstain 4, absent 0 (15 members)", ...]
 * }</pre>
 *
 * @param decision {@link Decision#ADOPTED} or {@link Decision#REJECTED}
 * @param count the ballots counted, missing ones as absent
 * @param quorum whether enough members took part
 * @param rule the explanation of the rule, mirroring its structure
 */
public record Outcome(Decision decision, BallotCount count, Condition.QuorumCheck quorum, Condition rule) {

  /** Validates that the verdict follows from the quorum and the rule. */
  public Outcome {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(count, "count");
    Objects.requireNonNull(quorum, "quorum");
    Objects.requireNonNull(rule, "rule");
    Checks.check(decision != Decision.OPEN, "Outcome.decision", decision, "a final tally is adopted or rejected");
    Decision expected = quorum.held() && rule.held() ? Decision.ADOPTED : Decision.REJECTED;
    Checks.check(decision == expected, "Outcome.decision", decision, "must be " + expected + " given the quorum and the rule");
    Checks.check(quorum.present() == count.present(), "Outcome.quorum", quorum.present(), "must count the " + count.present() + " members present");
  }

  /** @return true when adopted */
  public boolean isAdopted() {
    return decision == Decision.ADOPTED;
  }

  /** @return the failed conditions that decided a rejection (the quorum first); empty when adopted */
  public List<Condition> failures() {
    List<Condition> failures = new ArrayList<>(quorum.failures());
    failures.addAll(rule.failures());
    return failures;
  }

  /**
   * Renders the outcome: the verdict with the count, then the quorum and the rule's conditions as
   * an indented tree, each marked {@code [held]} or {@code [fail]}.
   *
   * @return the lines of text
   */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add(decision + ": " + count);
    addTree(lines, quorum, 1);
    addTree(lines, rule, 1);
    return lines;
  }

  static void addTree(List<String> lines, Condition condition, int depth) {
    lines.add("  ".repeat(depth) + (condition.held() ? "[held] " : "[fail] ") + condition.describe());
    for (Condition part : condition.parts()) {
      addTree(lines, part, depth + 1);
    }
  }
}
