package dev.alliance.examples.power;

import dev.alliance.examples.Chapter;
import java.util.List;

/** The tour's chapter on voting power. */
public final class PowerChapter {
  private PowerChapter() {}

  /** @return the chapter */
  public static Chapter chapter() {
    return new Chapter(
        "Voting power: who really decides?", List.of(new EecCouncil1958(), new SecurityCouncil(), new ImfSupermajority()));
  }
}
