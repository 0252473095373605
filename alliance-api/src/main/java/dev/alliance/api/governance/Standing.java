package dev.alliance.api.governance;

import dev.alliance.api.Checks;
import dev.alliance.api.partner.PartnerId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where a vote stands while ballots are still missing, with the reason as data: the final outcomes
 * of the completions that bound every other way the missing ballots could be cast.
 *
 * <p>For every rule the engine knows, switching a ballot toward yes never hurts a proposal's rule,
 * so the missing members all voting yes is the best case for adoption; all voting no is the worst
 * case for the rule, and all staying away the worst case for the quorum. The standing is therefore
 * {@link Decision#REJECTED} when even the best case rejects, {@link Decision#ADOPTED} when the rule
 * holds in its worst case and the quorum in its worst case, and {@link Decision#OPEN} otherwise. A
 * standing that is decided never contradicts the final tally, however the missing ballots are
 * cast.
 *
 * @param decision the standing: decided early, or open
 * @param castSoFar the ballots cast so far; {@code absent} counts the missing ones
 * @param missing the members who have not voted yet, in electorate order
 * @param ifAllYes the final outcome if every missing member voted yes
 * @param ifAllNo the final outcome if every missing member voted no
 * @param ifAllAbsent the final outcome if no missing member took part
 */
public record Standing(
    Decision decision, BallotCount castSoFar, List<PartnerId> missing, Outcome ifAllYes, Outcome ifAllNo, Outcome ifAllAbsent) {

  /** Validates the standing. */
  public Standing {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(castSoFar, "castSoFar");
    missing = List.copyOf(missing);
    Objects.requireNonNull(ifAllYes, "ifAllYes");
    Objects.requireNonNull(ifAllNo, "ifAllNo");
    Objects.requireNonNull(ifAllAbsent, "ifAllAbsent");
    Checks.check(missing.size() == castSoFar.absent(), "Standing.missing", missing.size(), "must be the " + castSoFar.absent() + " ballots not cast");
    Checks.check(
        !missing.isEmpty() || decision == ifAllYes.decision(), "Standing.decision", decision, "with every ballot cast, must be the final outcome");
  }

  /** @return true when decided although ballots are still missing */
  public boolean isDecidedEarly() {
    return decision.isDecided() && !missing.isEmpty();
  }

  /**
   * Renders the standing: the verdict, and what the missing ballots could still do.
   *
   * @return the lines of text
   */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    if (missing.isEmpty()) {
      lines.add(decision + ": every ballot is cast");
      lines.addAll(ifAllYes.lines().subList(1, ifAllYes.lines().size()));
      return lines;
    }
    String waiting = missing.size() + " ballot" + (missing.size() == 1 ? "" : "s") + " missing (" + Figures.names(missing) + ")";
    switch (decision) {
      case REJECTED:
        lines.add("REJECTED early, " + waiting + ": even if all of them vote yes");
        ifAllYes.failures().forEach(c -> lines.add("  [fail] " + c.describe()));
        break;
      case ADOPTED:
        lines.add("ADOPTED early, " + waiting + ": whatever they vote");
        lines.add("  [held] " + ifAllAbsent.quorum().describe() + ", even if they stay away");
        lines.add("  [held] " + ifAllNo.rule().describe() + ", even if they all vote no");
        break;
      default:
        lines.add("OPEN, " + waiting);
        lines.add("  if all vote yes: " + summary(ifAllYes));
        lines.add("  if all vote no: " + summary(ifAllNo));
        lines.add("  if all stay away: " + summary(ifAllAbsent));
        break;
    }
    return lines;
  }

  /** The decision, and for a rejection the first condition that failed. */
  private static String summary(Outcome outcome) {
    return outcome.isAdopted() ? "ADOPTED" : "REJECTED, " + outcome.failures().get(0).describe();
  }
}
