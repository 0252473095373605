package dev.alliance.api.proposal;

import dev.alliance.api.Checks;
import dev.alliance.api.governance.Decision;
import dev.alliance.api.governance.Outcome;
import dev.alliance.api.governance.Standing;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a proposal's vote ended, with the explanation as data. Either its ballots decided it ({@link
 * ByBallots}: as soon as no ballot still missing could change the result, or with every ballot
 * cast), or its vote was closed at the deadline and the final tally of the ballots cast decided it,
 * the missing ones counting as absent ({@link AtClose}).
 *
 * <pre>{@code
 * verdict.decision();   // ADOPTED
 * verdict.outcome();    // the final tally of the ballots as cast, missing ones as absent
 * verdict.lines();      // ["ADOPTED: every ballot is cast", "  [held] ...", ...]
 * }</pre>
 */
public sealed interface Verdict {

  /** @return {@link Decision#ADOPTED} or {@link Decision#REJECTED} */
  Decision decision();

  /**
   * The tally of the ballots as they were cast when the vote ended, members who had not voted
   * counting as absent. For a decision by the ballots it reaches the same decision: adopting early
   * needs the quorum and the rule to hold whatever the missing members do, staying away included,
   * and rejecting early means not even their yes could carry it.
   *
   * @return the outcome
   */
  Outcome outcome();

  /** @return the explanation as text, one line each */
  List<String> lines();

  /** @return true when adopted */
  default boolean isAdopted() {
    return decision() == Decision.ADOPTED;
  }

  /**
   * The ballots decided the proposal: early, while ballots were still missing and none of them
   * could change the result, or with every ballot cast.
   *
   * @param standing the standing that decided it; decided
   */
  record ByBallots(Standing standing) implements Verdict {
    /** Validates that the standing is decided. */
    public ByBallots {
      Objects.requireNonNull(standing, "standing");
      Checks.check(standing.decision().isDecided(), "Verdict.ByBallots.standing", standing.decision(), "must be decided");
      Checks.check(
          standing.ifAllAbsent().decision() == standing.decision(),
          "Verdict.ByBallots.standing",
          standing.decision(),
          "must agree with the tally of the ballots as cast, which is " + standing.ifAllAbsent().decision());
    }

    @Override
    public Decision decision() {
      return standing.decision();
    }

    @Override
    public Outcome outcome() {
      return standing.ifAllAbsent();
    }

    /** @return true when ballots were still missing: the decision came early */
    public boolean isEarly() {
      return standing.isDecidedEarly();
    }

    @Override
    public List<String> lines() {
      return standing.lines();
    }
  }

  /**
   * The vote was closed at its deadline while still undecided; the final tally of the ballots
   * cast, missing ones as absent, decided it.
   *
   * @param outcome the final tally
   */
  record AtClose(Outcome outcome) implements Verdict {
    /** Checks for null. */
    public AtClose {
      Objects.requireNonNull(outcome, "outcome");
    }

    @Override
    public Decision decision() {
      return outcome.decision();
    }

    @Override
    public List<String> lines() {
      List<String> lines = new ArrayList<>();
      lines.add("closed at the deadline, " + outcome.lines().get(0));
      lines.addAll(outcome.lines().subList(1, outcome.lines().size()));
      return lines;
    }
  }
}
