package dev.alliance.examples.governance;

import dev.alliance.examples.Chapter;
import java.util.List;

/** The tour's chapter on governance: how alliances decide, and why each outcome came out as it did. */
public final class GovernanceChapter {
  private GovernanceChapter() {}

  /** @return the chapter */
  public static Chapter chapter() {
    return new Chapter(
        "Governance: how alliances decide",
        List.of(
            new SecurityCouncil(), new NatoConsensus(), new SwedenJoinsNato(), new ImfSupermajority(), new AirbusGovernance(), new EuCouncil()));
  }
}
